/*
 * The Candor catalogue expressed as json-rules-engine rules, for the bench. Conditions
 * say when each rule fires (as in lib/scoring/rules); the graded strength of a fired rule
 * is computed from the same facts by the grader next to it, and the total uses the same
 * weights and noisy-OR as score(). The bench checks both engines agree on every total.
 */
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { SENIORITIES, type CandidateProfile } from "@/lib/schemas/candidate";
import { DEFAULT_RULE_SET, RULES as CATALOGUE, bandFor, type Band, type ScoringContext } from "@/lib/scoring";
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
add("employment-unverified", { all: [c("employmentChecked", "greaterThan", 0), c("employmentUnverifiedShare", "greaterThan", 0)] }, (f) => num(f, "employmentUnverifiedShare"));
add("employment-timeline", { any: [c("timelineOverlaps", "greaterThanInclusive", 1), c("timelineLongGaps", "greaterThanInclusive", 2)] }, (f) => {
  const o = num(f, "timelineOverlaps");
  const g = num(f, "timelineLongGaps");
  return Math.max(o >= 2 ? 1 : o === 1 ? 0.5 : 0, g >= 3 ? 0.7 : g === 2 ? 0.4 : 0);
});
add("references-unreliable", { any: [c("referenceSharesContact", "equal", true), c("referenceUnreachableShare", "greaterThan", 0)] }, (f) =>
  Math.max(f.referenceSharesContact ? 1 : 0, 0.7 * num(f, "referenceUnreachableShare")),
);
add("education-unverified", { any: [c("educationVerification", "in", ["failed", "unverifiable"])] }, (f) => (f.educationVerification === "failed" ? 1 : 0.5));
add("document-inconsistent", { all: [c("documentCheck", "equal", "inconsistent")] });
add(
  "online-presence-thin",
  {
    any: [
      c("oldestProfileAgeDays", "lessThan", 180),
      { all: [c("oldestProfileAgeDays", "lessThan", 365), c("seniority", "in", ["senior", "lead"])] },
      ...SENIORITIES.map((s): NestedCondition => ({ all: [c("seniority", "equal", s), c("linkedinConnections", "lessThan", EXPECTED_CONNECTIONS[s] / 2)] })),
    ],
  },
  (f) => {
    const age = f.oldestProfileAgeDays;
    const experienced = f.seniority === "senior" || f.seniority === "lead";
    const a = typeof age !== "number" ? 0 : age < 90 ? 1 : age < 180 ? 0.7 : age < 365 && experienced ? 0.4 : 0;
    const conn = f.linkedinConnections;
    const expected = EXPECTED_CONNECTIONS[f.seniority as CandidateProfile["seniority"]];
    const k = typeof conn !== "number" ? 0 : conn < expected / 4 ? 0.8 : conn < expected / 2 ? 0.4 : 0;
    return Math.max(a, k);
  },
);
// payment
add("payment-crypto", { any: [c("paymentMethod", "equal", "crypto"), c("hasCryptoWallet", "equal", true)] }, (f) => (f.paymentMethod === "crypto" ? 1 : 0.5));
add("payment-account-mismatch", { any: [c("paymentAccountInOwnName", "equal", false), c("paymentAccountAbroad", "equal", true)] }, (f) =>
  Math.max(f.paymentAccountInOwnName === false ? 1 : 0, f.paymentAccountAbroad ? (f.paymentMethod === "payment_platform" ? 0.4 : 0.8) : 0),
);
add("payment-details-churn", { any: [c("paymentAccountCount", "greaterThanInclusive", 2), c("paymentDetailChanges", "greaterThanInclusive", 2)] }, (f) =>
  Math.max(accountCountStrength(num(f, "paymentAccountCount")), detailChangeStrength(num(f, "paymentDetailChanges"))),
);
add("payment-third-party", { all: [c("paymentMethod", "equal", "third_party")] });
// communication
add("video-call-avoided", { any: [c("videoCallOutcome", "in", ["declined", "camera_off"])] }, (f) => (f.videoCallOutcome === "declined" ? 1 : 0.8));
add("video-call-reschedules", { all: [c("videoCallReschedules", "greaterThanInclusive", 2)] }, (f) => rescheduleStrength(num(f, "videoCallReschedules")));
yes("face-swap-suspected", "faceSwapSuspected");
yes("refuses-camera-onboarding", "refusesCameraOnboarding");
yes("messaging-apps-only", "messagingAppsOnly");
add("off-hours-activity", { all: [c("nightShare", "greaterThanInclusive", 0.3)] }, (f) => 0.4 + 0.6 * Math.min(1, (num(f, "nightShare") - 0.3) / 0.3));
add("voip-phone", { all: [c("phoneType", "equal", "voip")] });
// pricing
add("rate-underpriced", { all: [c("rateDiscount", "greaterThanInclusive", 0.4)] }, (f) => underpricingStrength(num(f, "rateDiscount")));
add(
  "stack-implausible",
  { any: SENIORITIES.map((s): NestedCondition => ({ all: [c("seniority", "equal", s), { any: [c("skillDomains", "greaterThan", ALLOWED_DOMAINS[s]), c("skillCount", "greaterThan", ALLOWED_SKILLS[s])] }] })) },
  (f) => {
    const s = f.seniority as CandidateProfile["seniority"];
    const excess = num(f, "skillDomains") - ALLOWED_DOMAINS[s];
    return Math.max(excess >= 3 ? 1 : excess === 2 ? 0.7 : excess === 1 ? 0.4 : 0, num(f, "skillCount") > ALLOWED_SKILLS[s] ? 0.5 : 0);
  },
);
// equipment
add("laptop-reshipping", { all: [c("shippingDiffers", "equal", true)] });
yes("own-device-requested", "requestsOwnDevice");
yes("remote-access-tools", "requestsRemoteAccessTools");
yes("vpn-or-hosting-ip", "vpnOrHostingIpObserved");
add("ip-country-mismatch", { all: [c("observedIpCountry", "notEqual", null), c("observedIpCountry", "notEqual", { fact: "claimedCountry" })] });
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
add("sanctions-possible", { all: [c("pendingBestScore", "greaterThan", 0)] }, (f) => num(f, "pendingBestScore"));
// interview
yes("different-person-on-calls", "differentPersonOnCalls");
yes("third-party-on-calls", "thirdPartyOnCalls");
yes("coding-test-irregularities", "codingTestIrregularities");
yes("scripted-answers", "scriptedAnswers");
yes("avoids-in-person", "avoidsInPersonOrDrugTest");

export const JRE_RULE_COUNT = RULES.length;
const ORDER = new Map(CATALOGUE.map((r, i) => [r.id, i]));

export function createJreEngine(): Engine {
  return new Engine(RULES, { allowUndefinedFacts: true });
}

/** Facts, json-rules-engine evaluation and the same noisy-OR total as score(). */
export async function jreScore(engine: Engine, p: CandidateProfile, ctx: ScoringContext): Promise<{ total: number; band: Band }> {
  const facts = computeFacts(p, ctx);
  const { events } = await engine.run(facts);
  const rs = DEFAULT_RULE_SET;
  let clean = 1;
  let hardStop = false;
  // json-rules-engine settles rules concurrently; multiply in catalogue order like score().
  events.sort((a, b) => (ORDER.get(a.type) ?? 0) - (ORDER.get(b.type) ?? 0));
  for (const e of events) {
    const setting = rs.rules[e.type];
    if (!setting?.enabled) continue;
    const strength = Math.min(1, Math.max(0, GRADERS.get(e.type)?.(facts, ctx) ?? 0));
    clean *= 1 - Math.min(1, (setting.weight * strength) / 100);
    if (rs.hardStops.includes(e.type)) hardStop = true;
  }
  let total = Math.round(Math.round(100 * (1 - clean) * 1e6) / 1e6);
  if (hardStop) total = Math.max(total, rs.bands.critical);
  return { total, band: hardStop ? "critical" : bandFor(total, rs.bands) };
}
