import fc from "fast-check";
import {
  DOCUMENT_CHECKS,
  INTERMEDIARIES,
  PAYMENT_METHODS,
  PROFILE_RESUME_CHECKS,
  REGISTRY_STATUSES,
  PHONE_TYPES,
  PROFILE_KINDS,
  REFERENCE_STATUSES,
  ROLES,
  SENIORITIES,
  VERIFICATION_STATUSES,
  VIDEO_CALL_OUTCOMES,
  type CandidateProfile,
} from "@/lib/schemas/candidate";
import { DEFAULT_MARKET_RATES, type ReuseMatch, type ScoringContext, type WatchlistHit } from "@/lib/scoring";

const DAY = 86_400_000;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const day = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2025, 11, 31) / DAY });

/** Small pools so that coincidences the rules look for (shared contacts, same address) happen. */
const EMAILS = ["cand@example.com", "other@example.com", "ref@example.org", "cand+ref@example.com"] as const;
const PHONES = ["+1 312 555 0100", "312-555-0100", "+44 20 7946 0000", "+91 98 7654 3210"] as const;
const ADDRESSES = [
  "12 Main St, Chicago",
  "12 Main Street, Chicago IL 60601",
  "400 Elm Street, Dallas TX",
  "1 Rue de Rivoli, Paris",
] as const;
const SKILLS = [
  "React",
  "Node.js",
  "Swift",
  "Docker",
  "Spark",
  "PyTorch",
  "Solidity",
  "Unity",
  "Figma",
  "Python",
  "SQL",
  "Go",
  "Kafka",
  "Terraform",
  "Rust",
  "Embedded",
] as const;
const ZONES = [
  "America/Chicago",
  "America/New_York",
  "Europe/London",
  "Asia/Kolkata",
  "Asia/Seoul",
  "Australia/Adelaide",
  "Asia/Kathmandu",
  "UTC",
] as const;
const COUNTRIES = ["US", "GB", "IN", "KR", "DE", "BR", "CN", "ZZ"] as const;

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const observation = fc.constantFrom(true, false, null);

const workEntry = fc
  .record({
    start: day,
    length: opt(fc.integer({ min: 0, max: 4000 })),
    employer: fc.constantFrom("A", "B", "C"),
    title: fc.constantFrom("Engineer", "Senior Engineer", "Tech Lead"),
    verification: fc.constantFrom(...VERIFICATION_STATUSES),
    country: opt(fc.constantFrom(...COUNTRIES)),
    registryStatus: opt(fc.constantFrom(...REGISTRY_STATUSES)),
  })
  .map(({ start, length, ...rest }) => ({
    ...rest,
    startDate: iso(start),
    endDate: length === undefined ? undefined : iso(start + length),
  }));

const education = opt(
  fc
    .record({
      country: opt(fc.constantFrom(...COUNTRIES)),
      startYear: fc.integer({ min: 1990, max: 2024 }),
      years: opt(fc.integer({ min: 0, max: 8 })),
    })
    .map(({ startYear, years, country }) => ({
      institution: "State University",
      country,
      startYear,
      endYear: years === undefined ? undefined : startYear + years,
    })),
);

const reference = fc.record({
  name: fc.constantFrom("Ref One", "Ref Two"),
  email: opt(fc.constantFrom(...EMAILS)),
  phone: opt(fc.constantFrom(...PHONES)),
  status: fc.constantFrom(...REFERENCE_STATUSES),
});

const onlineProfile = fc.record({
  kind: fc.constantFrom(...PROFILE_KINDS),
  url: fc.constant("https://example.com/p"),
  createdOn: opt(day.map(iso)),
  connections: opt(fc.integer({ min: 0, max: 5000 })),
});

const activeHours = fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 })), {
  nil: undefined,
});

export const profileArb: fc.Arbitrary<CandidateProfile> = fc
  .record({
    email: fc.constantFrom(...EMAILS.slice(0, 2)),
    phone: fc.constantFrom(...PHONES),
    phoneType: fc.constantFrom(...PHONE_TYPES),
    claimedCountry: fc.constantFrom(...COUNTRIES),
    timezone: fc.constantFrom(...ZONES),
    role: fc.constantFrom(...ROLES),
    seniority: fc.constantFrom(...SENIORITIES),
    requestedRateCents: fc.integer({ min: 100, max: 200_000 }),
    skills: fc.subarray([...SKILLS]),
    workHistory: fc.array(workEntry, { maxLength: 8 }),
    references: fc.array(reference, { maxLength: 4 }),
    onlineProfiles: fc.array(onlineProfile, { maxLength: 3 }),
    education,
    yearsExperienceClaimed: opt(fc.integer({ min: 0, max: 40 })),
    postedRange: opt(fc.tuple(fc.integer({ min: 1000, max: 20_000 }), fc.integer({ min: 0, max: 10_000 }))),
    educationVerification: fc.constantFrom(...VERIFICATION_STATUSES),
    onlineProfilesMatchResume: opt(fc.constantFrom(...PROFILE_RESUME_CHECKS)),
    paymentInAdvanceRequested: opt(observation),
    shippingAddressChangedBeforeShipment: opt(observation),
    sessions: opt(
      fc.tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 20 }),
      ),
    ),
    intermediary: opt(fc.constantFrom(...INTERMEDIARIES)),
    documentCheck: fc.constantFrom(...DOCUMENT_CHECKS),
    paymentMethod: fc.constantFrom(...PAYMENT_METHODS),
    paymentAccountInOwnName: observation,
    paymentAccountCountry: opt(fc.constantFrom(...COUNTRIES)),
    paymentAccountCount: opt(fc.integer({ min: 0, max: 8 })),
    paymentDetailChanges: opt(fc.integer({ min: 0, max: 8 })),
    cryptoWallet: opt(fc.constant("0xabc")),
    videoCallOutcome: fc.constantFrom(...VIDEO_CALL_OUTCOMES),
    videoCallReschedules: opt(fc.integer({ min: 0, max: 8 })),
    faceSwapSuspected: observation,
    refusesCameraOnboarding: observation,
    messagingAppsOnly: observation,
    activeHours,
    residenceAddress: opt(fc.constantFrom(...ADDRESSES)),
    shippingAddress: opt(fc.constantFrom(...ADDRESSES)),
    requestsOwnDevice: observation,
    requestsRemoteAccessTools: observation,
    vpnOrHostingIpObserved: observation,
    observedIpCountry: opt(fc.constantFrom(...COUNTRIES)),
    differentPersonOnCalls: observation,
    thirdPartyOnCalls: observation,
    codingTestIrregularities: observation,
    scriptedAnswers: observation,
    avoidsInPersonOrDrugTest: observation,
  })
  .map(({ requestedRateCents, activeHours: hours, postedRange, sessions, ...rest }) => ({
    ...rest,
    postedRateMin: postedRange && postedRange[0] / 100,
    postedRateMax: postedRange && (postedRange[0] + postedRange[1]) / 100,
    sessionsObserved: sessions?.[0],
    distinctIpCountriesObserved: sessions?.[1],
    distinctIpsObserved: sessions && sessions[1] + sessions[2],
    fullName: "Test Candidate",
    requestedRate: requestedRateCents / 100,
    activeHoursStartUtc: hours?.[0],
    activeHoursEndUtc: hours?.[1],
  }));

const reuseArb: fc.Arbitrary<ReuseMatch> = fc.record({
  kind: fc.constantFrom("email", "phone", "wallet", "bank_account", "address", "resume_text"),
  value: fc.constant("v"),
  otherCandidateIds: fc.array(fc.constantFrom("c1", "c2", "c3", "c4"), { maxLength: 4 }),
});

export const watchlistHitArb: fc.Arbitrary<WatchlistHit> = fc.record({
  list: fc.constantFrom("OFAC SDN", "UN", "internal"),
  entryId: fc.constant("E-1"),
  entryName: fc.constant("Entry"),
  matchedField: fc.constant("email"),
  matchedValue: fc.constant("v"),
  score: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  status: fc.constantFrom("confirmed", "pending", "dismissed"),
});

export const contextArb: fc.Arbitrary<ScoringContext> = fc.record({
  now: fc.constantFrom("2025-06-01T12:00:00Z", "2025-01-15", "2024-11-03T06:30:00Z"),
  marketRates: fc.constant(DEFAULT_MARKET_RATES),
  reuse: fc.array(reuseArb, { maxLength: 3 }),
  watchlistHits: fc.array(watchlistHitArb, { maxLength: 2 }),
});
