import type { CandidateProfile } from "@/lib/schemas/candidate";
import { DEFAULT_MARKET_RATES, getRule, type RuleDefinition, type ScoringContext } from "@/lib/scoring";

export const NOW = "2025-06-01T12:00:00Z";

/**
 * A fully recorded, unremarkable senior backend engineer in Chicago: every rule can be
 * evaluated and none fires. Tests change one thing at a time from here.
 */
/** Names both employers of the clean work history, as an honest resume does. */
export const CLEAN_RESUME =
  "Senior backend engineer with nine years of experience building payment and logistics services. Northwind Labs, Senior Engineer, 2021 to today: " +
  "led the move of the order platform to event-driven services on AWS, cut p95 latency by half and mentored four engineers. Bluepeak Software, " +
  "Engineer, 2017 to 2021: built GraphQL APIs over PostgreSQL, owned the Docker based CI pipeline and on-call rotation for the billing team.";

export function cleanProfile(patch: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    externalId: "T-1",
    fullName: "Jordan Example",
    email: "jordan.example@example.com",
    phone: "+1 312 555 0100",
    phoneType: "mobile",
    claimedCountry: "US",
    claimedCity: "Chicago",
    timezone: "America/Chicago",
    role: "backend_engineer",
    seniority: "senior",
    requestedRate: 85,
    yearsExperienceClaimed: 9,
    skills: ["Node.js", "PostgreSQL", "Docker", "AWS", "GraphQL"],
    workHistory: [
      {
        employer: "Northwind Labs",
        title: "Senior Engineer",
        startDate: "2021-03-01",
        verification: "verified",
        country: "US",
        registryStatus: "operating",
      },
      {
        employer: "Bluepeak Software",
        title: "Engineer",
        startDate: "2017-02-01",
        endDate: "2021-02-15",
        verification: "verified",
        country: "US",
        registryStatus: "operating",
      },
    ],
    references: [
      {
        name: "Riley Manager",
        email: "riley@northwind.example",
        phone: "+1 312 555 0199",
        status: "reached",
      },
      { name: "Casey Lead", email: "casey@bluepeak.example", status: "reached" },
    ],
    onlineProfiles: [
      {
        kind: "linkedin",
        url: "https://www.linkedin.com/in/jordan",
        createdOn: "2014-05-01",
        connections: 640,
      },
      { kind: "github", url: "https://github.com/jordan", createdOn: "2015-01-10" },
    ],
    education: {
      institution: "University of Illinois",
      country: "US",
      degree: "BSc Computer Science",
      startYear: 2012,
      endYear: 2016,
    },
    educationVerification: "verified",
    onlineProfilesMatchResume: "matches",
    documentCheck: "consistent",
    paymentMethod: "bank",
    paymentAccountInOwnName: true,
    paymentAccountCountry: "US",
    paymentAccountCount: 1,
    paymentDetailChanges: 0,
    paymentInAdvanceRequested: false,
    videoCallOutcome: "completed",
    videoCallReschedules: 0,
    faceSwapSuspected: false,
    refusesCameraOnboarding: false,
    messagingAppsOnly: false,
    // 09:00-17:00 in Chicago during daylight saving time (UTC-5).
    activeHoursStartUtc: 14,
    activeHoursEndUtc: 22,
    residenceAddress: "12 Main St, Chicago IL",
    shippingAddress: "12 Main Street, Chicago, IL 60601",
    shippingAddressChangedBeforeShipment: false,
    requestsOwnDevice: false,
    requestsRemoteAccessTools: false,
    vpnOrHostingIpObserved: false,
    observedIpCountry: "US",
    sessionsObserved: 14,
    distinctIpsObserved: 3,
    distinctIpCountriesObserved: 1,
    differentPersonOnCalls: false,
    thirdPartyOnCalls: false,
    codingTestIrregularities: false,
    scriptedAnswers: false,
    avoidsInPersonOrDrugTest: false,
    intermediary: "none",
    resumeText: CLEAN_RESUME,
    ...patch,
  };
}

export function testContext(patch: Partial<ScoringContext> = {}): ScoringContext {
  return { now: NOW, marketRates: DEFAULT_MARKET_RATES, reuse: [], watchlistHits: [], ...patch };
}

export function rule(id: string): RuleDefinition {
  const r = getRule(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** One table row: a change to the clean profile/context and what the rule should say. */
export interface RuleCase {
  rule: string;
  name: string;
  profile?: Partial<CandidateProfile>;
  ctx?: Partial<ScoringContext>;
  fired: boolean;
  /** Expected strength when fired (to 2 decimals). */
  strength?: number;
  /** Expected missing fields; [] when omitted. */
  missing?: string[];
}
