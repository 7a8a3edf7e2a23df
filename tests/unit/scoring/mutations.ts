import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { ScoringContext } from "@/lib/scoring";
import { utcOffsetMinutes } from "@/lib/scoring/helpers";
import type { ObservationField } from "@/lib/scoring/observation-rule";

/**
 * Ways of adding one red flag (or strengthening one) to a profile or context. Each is
 * meant to be monotone for the catalogue: the property test checks that none of them ever
 * lowers the score. `n` is a random non-negative integer for the size of the change.
 */
export type Mutation = (p: CandidateProfile, c: ScoringContext, n: number) => void;

const OBSERVATIONS: ObservationField[] = [
  "paymentAccountInOwnName",
  "faceSwapSuspected",
  "refusesCameraOnboarding",
  "messagingAppsOnly",
  "requestsOwnDevice",
  "requestsRemoteAccessTools",
  "vpnOrHostingIpObserved",
  "differentPersonOnCalls",
  "thirdPartyOnCalls",
  "codingTestIrregularities",
  "scriptedAnswers",
  "avoidsInPersonOrDrugTest",
  "paymentInAdvanceRequested",
  "shippingAddressChangedBeforeShipment",
];

const other = (country: string) => (country === "KP" ? "RU" : "KP");

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  ...Object.fromEntries(
    OBSERVATIONS.map((f): [string, Mutation] => [
      `observe ${f}`,
      (p) => {
        // For the account-name observation the red flag is "no".
        (p as Record<ObservationField, boolean | null>)[f] = f !== "paymentAccountInOwnName";
      },
    ]),
  ),
  "document inconsistent": (p) => void (p.documentCheck = "inconsistent"),
  "education failed": (p) => void (p.educationVerification = "failed"),
  "voip phone": (p) => void (p.phoneType = "voip"),
  "video declined": (p) => void (p.videoCallOutcome = "declined"),
  "switch to risky payment": (p, _c, n) => {
    if (p.paymentMethod === "bank" || p.paymentMethod === "payment_platform")
      p.paymentMethod = n % 2 ? "crypto" : "third_party";
  },
  "add wallet": (p) => void (p.cryptoWallet ??= "0xdef"),
  "account abroad": (p) => void (p.paymentAccountCountry = other(p.claimedCountry)),
  "more accounts": (p, _c, n) =>
    void (p.paymentAccountCount = Math.min(50, (p.paymentAccountCount ?? 0) + 1 + (n % 4))),
  "more payment changes": (p, _c, n) =>
    void (p.paymentDetailChanges = Math.min(50, (p.paymentDetailChanges ?? 0) + 1 + (n % 4))),
  "more reschedules": (p, _c, n) =>
    void (p.videoCallReschedules = Math.min(50, (p.videoCallReschedules ?? 0) + 1 + (n % 4))),
  "lower rate": (p, _c, n) => void (p.requestedRate = Math.max(0.01, p.requestedRate * ((n % 100) / 100))),
  "add unrelated skills": (p) => void p.skills.push("Solidity", "Unity", "Figma", "Swift", "PyTorch"),
  "ip elsewhere": (p) => void (p.observedIpCountry = other(p.claimedCountry)),
  "third party answers": (p) => void (p.intermediary = "third_party_answering"),
  "profiles name other employers": (p) => void (p.onlineProfilesMatchResume = "employers_differ"),
  "employer not in registry": (p, _c, n) => {
    const e = p.workHistory[n % Math.max(1, p.workHistory.length)];
    if (e) e.registryStatus = "not_found";
  },
  "more countries seen": (p, _c, n) => {
    p.sessionsObserved = Math.max(1, p.sessionsObserved ?? 1 + (n % 10));
    p.distinctIpCountriesObserved = Math.min(
      250,
      Math.max(p.distinctIpCountriesObserved ?? 0, p.sessionsObserved, 3),
    );
    p.distinctIpsObserved = Math.max(p.distinctIpsObserved ?? 0, p.distinctIpCountriesObserved);
  },
  "claims decades of experience": (p) => void (p.yearsExperienceClaimed = 60),
  "ship elsewhere": (p) => void (p.shippingAddress = "999 Nowhere Boulevard, Faraway 00000"),
  "night hours": (p, c) => {
    // Five hours from local midnight in the claimed zone: entirely at night.
    const offset = utcOffsetMinutes(p.timezone, c) ?? 0;
    const start = Math.floor((((-offset % 1440) + 1440) % 1440) / 60);
    p.activeHoursStartUtc = start;
    p.activeHoursEndUtc = (start + 5) % 24;
  },
  "employer failed": (p, _c, n) => {
    const e = p.workHistory[n % Math.max(1, p.workHistory.length)];
    if (e) e.verification = "failed";
  },
  "reference is self": (p) => void p.references.push({ name: "Ref", email: p.email, status: "reached" }),
  "reference unreachable": (p, _c, n) => {
    const r = p.references[n % Math.max(1, p.references.length)];
    if (r) r.status = "unreachable";
  },
  "brand-new thin profile": (p) => {
    p.onlineProfiles = [
      { kind: "linkedin", url: "https://example.com/new", createdOn: "2025-12-31", connections: 0 },
    ];
  },
  "add overlapping failed jobs": (p) => {
    p.workHistory.push(
      { employer: "X", title: "Dev", startDate: "2019-01-01", endDate: "2021-01-01", verification: "failed" },
      { employer: "Y", title: "Dev", startDate: "2019-02-01", endDate: "2021-01-01", verification: "failed" },
      { employer: "Z", title: "Dev", startDate: "2019-03-01", endDate: "2021-01-01", verification: "failed" },
    );
  },
  "reuse match": (_p, c, n) => {
    const kinds = ["email", "phone", "wallet", "bank_account", "address", "resume_text"] as const;
    c.reuse.push({
      kind: kinds[n % kinds.length] ?? "email",
      value: "v",
      otherCandidateIds: ["x1", "x2"].slice(0, 1 + (n % 2)),
    });
  },
  "pending watchlist hit": (_p, c, n) => {
    c.watchlistHits.push({
      list: "UN",
      entryId: "E",
      entryName: "E",
      matchedField: "email",
      matchedValue: "v",
      score: (n % 100) / 100,
      status: "pending",
    });
  },
  "confirmed watchlist hit": (_p, c) => {
    c.watchlistHits.push({
      list: "OFAC SDN",
      entryId: "E",
      entryName: "E",
      matchedField: "email",
      matchedValue: "v",
      score: 1,
      status: "confirmed",
    });
  },
};
