/*
 * Facts for the json-rules-engine comparison. json-rules-engine compares facts with
 * constants (or other facts); it cannot parse dates, normalise addresses, convert time
 * zones or walk arrays, so those measurements are computed here, exactly as an integrator
 * would have to. Everything a plain condition can test is passed through unchanged.
 */
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { ScoringContext } from "@/lib/scoring";
import {
  dayNumber,
  normalEmail,
  nowDay,
  sameAddress,
  samePhone,
  utcOffsetMinutes,
} from "@/lib/scoring/helpers";
import { skillDomainIndex } from "@/lib/scoring/skill-domains";
import { isListedIdentifierHit } from "@/lib/scoring/rules/listed-identifier";
import { callingCode, countryCallingCode } from "@/lib/scoring/rules/phone-country-mismatch";
import { MIN_RESUME_WORDS, named, words } from "@/lib/scoring/rules/resume-history-mismatch";
import { countriesOf, countryKeepsClock } from "@/lib/scoring/rules/timezone-country-mismatch";
import { inferredOffset } from "@/lib/scoring/rules/off-hours-activity";

export type Facts = Record<string, string | number | boolean | null>;

function history(p: CandidateProfile, today: number) {
  let checked = 0;
  let bad = 0;
  let failed = 0;
  const spans = p.workHistory.map((w) => {
    if (w.verification !== "not_checked") checked++;
    if (w.verification === "failed") {
      bad += 1;
      failed++;
    } else if (w.verification === "unverifiable") bad += 0.6;
    const s = dayNumber(w.startDate);
    return [s, w.endDate ? dayNumber(w.endDate) : Math.max(today, s)] as const;
  });
  let overlaps = 0;
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) {
      const [si, ei] = spans[i] ?? [0, 0];
      const [sj, ej] = spans[j] ?? [0, 0];
      if (Math.min(ei, ej) - Math.max(si, sj) >= 183) overlaps++;
    }
  let gaps = 0;
  spans.forEach(([, end], i) => {
    const covered = spans.some(([s, e], j) => (s <= end && e > end) || (j < i && e === end));
    const next = Math.min(...spans.filter(([s]) => s > end).map(([s]) => s));
    if (!covered && Number.isFinite(next) && next - end >= 365) gaps++;
  });
  return {
    checked,
    failed,
    share: checked ? bad / checked : 0,
    overlaps,
    gaps,
    current: p.workHistory.filter((w) => !w.endDate).length,
  };
}

/** Hours between the zone the active window fits and the claimed zone; null when either is unreadable. */
function offsetGap(p: CandidateProfile, ctx: ScoringContext): number | null {
  const start = p.activeHoursStartUtc;
  const end = p.activeHoursEndUtc;
  const claimed = utcOffsetMinutes(p.timezone, ctx);
  if (start === undefined || end === undefined || claimed === null) return null;
  const fitted = inferredOffset(start, end);
  if (fitted === null) return null;
  const apart = Math.abs(fitted - claimed / 60) % 24;
  return Math.min(apart, 24 - apart);
}

/** Share of the work history's employers the resume never names; null when there is nothing to compare. */
function resumeMissingShare(p: CandidateProfile): number | null {
  if (p.resumeText === undefined || p.workHistory.length === 0) return null;
  const w = words(p.resumeText);
  if (w.length < MIN_RESUME_WORDS) return null;
  const vocabulary = new Set(w);
  return p.workHistory.filter((j) => !named(j.employer, vocabulary)).length / p.workHistory.length;
}

export function computeFacts(p: CandidateProfile, ctx: ScoringContext): Facts {
  const today = nowDay(ctx);
  const h = history(p, today);
  const contacted = p.references.filter((r) => r.status !== "not_contacted").length;
  const unreachable = p.references.filter((r) => r.status === "unreachable").length;
  const selfEmail = normalEmail(p.email);
  const created = p.onlineProfiles.flatMap((o) => (o.createdOn ? [dayNumber(o.createdOn)] : []));
  const connections = p.onlineProfiles.flatMap((o) =>
    o.kind === "linkedin" && o.connections !== undefined ? [o.connections] : [],
  );
  const domains = new Set(p.skills.map(skillDomainIndex).filter((d) => d >= 0)).size;
  const base = ctx.marketRates.rates[p.role]?.[p.seniority];
  const expected = base === undefined ? null : base * (ctx.marketRates.countryFactors[p.claimedCountry] ?? 1);
  return {
    seniority: p.seniority,
    employmentCount: p.workHistory.length,
    employmentChecked: h.checked,
    employmentUnverifiedShare: h.share,
    employmentFailed: h.failed,
    currentPositions: h.current,
    resumeMissingShare: resumeMissingShare(p),
    resumeMissingCount: p.workHistory.length,
    phoneCallingCode: callingCode(p.phone),
    claimedCallingCode: countryCallingCode(p.claimedCountry),
    timezoneElsewhere:
      countriesOf(p.timezone).length > 0 &&
      !countriesOf(p.timezone).includes(p.claimedCountry) &&
      !countryKeepsClock(p.claimedCountry, p.timezone),
    listedIdentifierHits: ctx.watchlistHits.filter(isListedIdentifierHit).length,
    timelineOverlaps: h.overlaps,
    timelineLongGaps: h.gaps,
    referenceSharesContact: p.references.some(
      (r) =>
        (r.email !== undefined && normalEmail(r.email) === selfEmail) ||
        (r.phone !== undefined && samePhone(r.phone, p.phone)),
    ),
    referenceUnreachableShare: contacted ? unreachable / contacted : 0,
    educationVerification: p.educationVerification,
    documentCheck: p.documentCheck,
    oldestProfileAgeDays: created.length ? today - Math.min(...created) : null,
    linkedinConnections: connections.length ? Math.max(...connections) : null,
    paymentMethod: p.paymentMethod,
    hasCryptoWallet: p.cryptoWallet !== undefined,
    paymentAccountInOwnName: p.paymentAccountInOwnName,
    paymentAccountAbroad:
      p.paymentAccountCountry !== undefined && p.paymentAccountCountry !== p.claimedCountry,
    paymentAccountCount: p.paymentAccountCount ?? null,
    paymentDetailChanges: p.paymentDetailChanges ?? null,
    videoCallOutcome: p.videoCallOutcome,
    videoCallReschedules: p.videoCallReschedules ?? null,
    faceSwapSuspected: p.faceSwapSuspected,
    refusesCameraOnboarding: p.refusesCameraOnboarding,
    messagingAppsOnly: p.messagingAppsOnly,
    offsetGap: offsetGap(p, ctx),
    paymentInAdvanceRequested: p.paymentInAdvanceRequested ?? null,
    shippingAddressChangedBeforeShipment: p.shippingAddressChangedBeforeShipment ?? null,
    phoneType: p.phoneType,
    rateDiscount: expected ? 1 - p.requestedRate / expected : null,
    skillDomains: domains,
    skillCount: p.skills.length,
    shippingDiffers:
      p.residenceAddress !== undefined &&
      p.shippingAddress !== undefined &&
      !sameAddress(p.residenceAddress, p.shippingAddress),
    requestsOwnDevice: p.requestsOwnDevice,
    requestsRemoteAccessTools: p.requestsRemoteAccessTools,
    vpnOrHostingIpObserved: p.vpnOrHostingIpObserved,
    observedIpCountry: p.observedIpCountry ?? null,
    claimedCountry: p.claimedCountry,
    reuseMatches: ctx.reuse.filter((m) => m.otherCandidateIds.length > 0).length,
    confirmedHits: ctx.watchlistHits.filter((w) => w.status === "confirmed").length,
    pendingBestScore: Math.max(
      0,
      ...ctx.watchlistHits
        .filter((w) => w.status === "pending" && !isListedIdentifierHit(w))
        .map((w) => Math.min(1, w.score)),
    ),
    differentPersonOnCalls: p.differentPersonOnCalls,
    thirdPartyOnCalls: p.thirdPartyOnCalls,
    codingTestIrregularities: p.codingTestIrregularities,
    scriptedAnswers: p.scriptedAnswers,
    avoidsInPersonOrDrugTest: p.avoidsInPersonOrDrugTest,
  };
}
