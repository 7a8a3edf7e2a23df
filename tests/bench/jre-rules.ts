/*
 * The Candor catalogue expressed as json-rules-engine rules, for the bench. Conditions
 * say when each rule fires (as in lib/scoring/rules); the graded strength of a fired rule
 * is computed from the same facts by the grader next to it, and the total uses the same
 * weights and family-weighed noisy-OR as score(). The bench checks both engines agree on every total.
 * Rules that read fields the bench's generated profiles never carry (intermediaries, IP session
 * counts, registry lookups, education, claimed experience, profile-resume checks) have no mirror
 * yet; JRE_RULE_COUNT says how many do.
 */
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { SENIORITIES, type CandidateProfile } from "@/lib/schemas/candidate";
import { DEFAULT_RULE_SET, RULES as CATALOGUE, bandFor, type Band, type ScoringContext } from "@/lib/scoring";
import { CORRELATED_SHARE } from "@/lib/scoring/engine";
import { unreachableStrength } from "@/lib/scoring/rules/references-unreliable";
import { GAP_FULL, GAP_START } from "@/lib/scoring/rules/off-hours-activity";
import { REUSE_KIND_STRENGTH, reuseCountFactor } from "@/lib/scoring/rules/identity-reuse";
import { EXPECTED_CONNECTIONS } from "@/lib/scoring/rules/online-presence-thin";
import { accountCountStrength, detailChangeStrength } from "@/lib/scoring/rules/payment-details-churn";
import { underpricingStrength } from "@/lib/scoring/rules/rate-underpriced";
import { ALLOWED_DOMAINS, ALLOWED_SKILLS } from "@/lib/scoring/rules/stack-implausible";
import { rescheduleStrength } from "@/lib/scoring/rules/video-call-reschedules";
import { computeFacts, type Facts } from "./jre-facts";

type Grader = (f: Facts, ctx: ScoringContext) => number;

const c = (fact: string, operator: string, value: unknown): NestedCondition => ({ fact, operator, value });
const num = (f: Facts, k: string) => (typeof f[k] === "number" ? (f[k] as number) : 0);
const full: Grader = () => 1;
const GRADERS = new Map<string, Grader>();
const RULES: RuleProperties[] = [];

function add(id: string, conditions: TopLevelCondition, grade: Grader = full): void {
  GRADERS.set(id, grade);
  RULES.push({ name: id, conditions, event: { type: id } });
}
const yes = (id: string, fact: string) => add(id, { all: [c(fact, "equal", true)] });

// background
add(
  "employment-unverified",
  { all: [c("employmentChecked", "greaterThan", 0), c("employmentUnverifiedShare", "greaterThan", 0)] },
  (f) => {
    const share = num(f, "employmentUnverifiedShare");
    return num(f, "employmentFailed") > 0 ? 1 : share >= 0.5 ? 0.85 + 0.15 * share : 0.5;
  },
);
add(
  "employment-timeline",
  {
    any: [
      c("timelineOverlaps", "greaterThanInclusive", 1),
      c("timelineLongGaps", "greaterThanInclusive", 2),
      c("currentPositions", "greaterThanInclusive", 2),
    ],
  },
  (f) => {
    const o = num(f, "timelineOverlaps");
    const g = num(f, "timelineLongGaps");
    const cur = num(f, "currentPositions");
    return Math.max(
      cur >= 3 ? 1 : cur === 2 ? 0.85 : 0,
      o >= 2 ? 1 : o === 1 ? 0.85 : 0,
      g >= 3 ? 0.85 : g === 2 ? 0.5 : 0,
    );
  },
);
add(
  "references-unreliable",
  { any: [c("referenceSharesContact", "equal", true), c("referenceUnreachableShare", "greaterThan", 0)] },
  (f) => Math.max(f.referenceSharesContact ? 1 : 0, unreachableStrength(num(f, "referenceUnreachableShare"))),
);
add("education-unverified", { any: [c("educationVerification", "in", ["failed", "unverifiable"])] }, (f) =>
  f.educationVerification === "failed" ? 1 : 0.85,
);
add("document-inconsistent", { all: [c("documentCheck", "equal", "inconsistent")] });
add(
  "online-presence-thin",
  {
    any: [
      c("oldestProfileAgeDays", "lessThan", 180),
      { all: [c("oldestProfileAgeDays", "lessThan", 365), c("seniority", "in", ["senior", "lead"])] },
      ...SENIORITIES.map((s): NestedCondition => ({
        all: [c("seniority", "equal", s), c("linkedinConnections", "lessThan", EXPECTED_CONNECTIONS[s] / 2)],
      })),
    ],
  },
  (f) => {
    const age = f.oldestProfileAgeDays;
    const experienced = f.seniority === "senior" || f.seniority === "lead";
    const a =
      typeof age !== "number" ? 0 : age < 90 ? 1 : age < 180 ? 0.85 : age < 365 && experienced ? 0.5 : 0;
    const conn = f.linkedinConnections;
    const expected = EXPECTED_CONNECTIONS[f.seniority as CandidateProfile["seniority"]];
    const k = typeof conn !== "number" ? 0 : conn < expected / 4 ? 0.9 : conn < expected / 2 ? 0.5 : 0;
    return Math.max(a, k);
  },
);
add("resume-history-mismatch", { all: [c("resumeMissingShare", "greaterThanInclusive", 0.5)] }, (f) =>
  num(f, "resumeMissingShare") === 1 && num(f, "resumeMissingCount") >= 2 ? 1 : 0.85,
);
// payment
add(
  "payment-crypto",
  { any: [c("paymentMethod", "equal", "crypto"), c("hasCryptoWallet", "equal", true)] },
  (f) => (f.paymentMethod === "crypto" ? 1 : 0.5),
);
add(
  "payment-account-mismatch",
  { any: [c("paymentAccountInOwnName", "equal", false), c("paymentAccountAbroad", "equal", true)] },
  (f) =>
    Math.max(
      f.paymentAccountInOwnName === false ? 1 : 0,
      f.paymentAccountAbroad ? (f.paymentMethod === "payment_platform" ? 0.4 : 0.8) : 0,
    ),
);
add(
  "payment-details-churn",
  {
    any: [
      c("paymentAccountCount", "greaterThanInclusive", 2),
      c("paymentDetailChanges", "greaterThanInclusive", 2),
    ],
  },
  (f) =>
    Math.max(
      accountCountStrength(num(f, "paymentAccountCount")),
      detailChangeStrength(num(f, "paymentDetailChanges")),
    ),
);
add("payment-third-party", { all: [c("paymentMethod", "equal", "third_party")] });
yes("payment-in-advance", "paymentInAdvanceRequested");
// communication
add("video-call-avoided", { any: [c("videoCallOutcome", "in", ["declined", "camera_off"])] }, (f) =>
  f.videoCallOutcome === "declined" ? 1 : 0.9,
);
add("video-call-reschedules", { all: [c("videoCallReschedules", "greaterThanInclusive", 2)] }, (f) =>
  rescheduleStrength(num(f, "videoCallReschedules")),
);
yes("face-swap-suspected", "faceSwapSuspected");
yes("refuses-camera-onboarding", "refusesCameraOnboarding");
yes("avoids-in-person", "avoidsInPersonOrDrugTest");
yes("messaging-apps-only", "messagingAppsOnly");
add("voip-phone", { all: [c("phoneType", "equal", "voip")] });
// pricing
add("rate-underpriced", { all: [c("rateDiscount", "greaterThanInclusive", 0.4)] }, (f) =>
  underpricingStrength(num(f, "rateDiscount")),
);
add(
  "stack-implausible",
  {
    any: SENIORITIES.map((s): NestedCondition => ({
      all: [
        c("seniority", "equal", s),
        {
          any: [
            c("skillDomains", "greaterThan", ALLOWED_DOMAINS[s]),
            c("skillCount", "greaterThan", ALLOWED_SKILLS[s]),
          ],
        },
      ],
    })),
  },
  (f) => {
    const s = f.seniority as CandidateProfile["seniority"];
    const excess = num(f, "skillDomains") - ALLOWED_DOMAINS[s];
    return Math.max(
      excess >= 3 ? 1 : excess === 2 ? 0.9 : excess === 1 ? 0.6 : 0,
      num(f, "skillCount") > ALLOWED_SKILLS[s] ? 0.6 : 0,
    );
  },
);
// equipment
add("laptop-reshipping", { all: [c("shippingDiffers", "equal", true)] });
yes("shipping-address-changed", "shippingAddressChangedBeforeShipment");
yes("own-device-requested", "requestsOwnDevice");
yes("remote-access-tools", "requestsRemoteAccessTools");
// location
yes("vpn-or-hosting-ip", "vpnOrHostingIpObserved");
add("ip-country-mismatch", {
  all: [
    c("observedIpCountry", "notEqual", null),
    c("observedIpCountry", "notEqual", { fact: "claimedCountry" }),
  ],
});
add(
  "off-hours-activity",
  { all: [c("offsetGap", "greaterThanInclusive", GAP_START)] },
  (f) => 0.85 + 0.15 * Math.min(1, (num(f, "offsetGap") - GAP_START) / (GAP_FULL - GAP_START)),
);
yes("timezone-country-mismatch", "timezoneElsewhere");
add("phone-country-mismatch", {
  all: [
    c("phoneCallingCode", "notEqual", null),
    c("claimedCallingCode", "notEqual", null),
    c("phoneCallingCode", "notEqual", { fact: "claimedCallingCode" }),
  ],
});
// identity reuse and watchlists
add("identity-reuse", { all: [c("reuseMatches", "greaterThan", 0)] }, (_f, ctx) => {
  let clean = 1;
  for (const m of ctx.reuse) {
    const n = new Set(m.otherCandidateIds).size;
    if (n > 0) clean *= 1 - REUSE_KIND_STRENGTH[m.kind] * reuseCountFactor(n);
  }
  return 1 - clean;
});
add("sanctions-confirmed", { all: [c("confirmedHits", "greaterThan", 0)] });
add("listed-identifier", { all: [c("listedIdentifierHits", "greaterThan", 0)] });
add("sanctions-possible", { all: [c("pendingBestScore", "greaterThan", 0)] }, (f) =>
  num(f, "pendingBestScore"),
);
// interview
yes("different-person-on-calls", "differentPersonOnCalls");
yes("third-party-on-calls", "thirdPartyOnCalls");
yes("coding-test-irregularities", "codingTestIrregularities");
yes("scripted-answers", "scriptedAnswers");

export const JRE_RULE_COUNT = RULES.length;
const ORDER = new Map(CATALOGUE.map((r, i) => [r.id, i]));
const FAMILY = new Map(CATALOGUE.map((r) => [r.id, r.family]));

export function createJreEngine(): Engine {
  return new Engine(RULES, { allowUndefinedFacts: true });
}

/** Facts, json-rules-engine evaluation and the same noisy-OR total as score(). */
export async function jreScore(
  engine: Engine,
  p: CandidateProfile,
  ctx: ScoringContext,
): Promise<{ total: number; band: Band }> {
  const facts = computeFacts(p, ctx);
  const { events } = await engine.run(facts);
  const rs = DEFAULT_RULE_SET;
  let hardStop = false;
  let certain = false;
  // json-rules-engine settles rules concurrently; weigh in catalogue order like score() so ties agree.
  events.sort((a, b) => (ORDER.get(a.type) ?? 0) - (ORDER.get(b.type) ?? 0));
  const shares: { family: string; e: number }[] = [];
  for (const e of events) {
    const setting = rs.rules[e.type];
    if (!setting?.enabled) continue;
    const strength = Math.min(1, Math.max(0, GRADERS.get(e.type)?.(facts, ctx) ?? 0));
    const p = Math.min(1, (setting.weight * strength) / 100);
    if (p === 1) certain = true;
    shares.push({ family: FAMILY.get(e.type) ?? e.type, e: -Math.log(1 - Math.min(p, 1 - 1e-9)) });
    if (rs.hardStops.includes(e.type)) hardStop = true;
  }
  // Within a family the strongest counts in full and the others at CORRELATED_SHARE, as in score().
  const strongest = new Map<string, number>();
  for (const x of shares) strongest.set(x.family, Math.max(strongest.get(x.family) ?? 0, x.e));
  let sum = 0;
  const counted = new Set<string>();
  for (const x of shares) {
    const full = x.e === strongest.get(x.family) && !counted.has(x.family);
    if (full) counted.add(x.family);
    sum += full ? x.e : x.e * CORRELATED_SHARE;
  }
  const raw = certain ? 100 : Math.round(100 * -Math.expm1(-sum) * 1e6) / 1e6;
  let total = Math.round(raw);
  if (hardStop) total = Math.max(total, rs.bands.critical);
  return { total, band: hardStop ? "critical" : bandFor(total, rs.bands) };
}
