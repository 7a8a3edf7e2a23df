import type { RuleCase } from "./support";

const pending = (score: number) => ({ list: "OFAC SDN", entryId: "SDN-1", entryName: "Alias", matchedField: "email", matchedValue: "x@example.com", score, status: "pending" as const });

export const PRICING_CASES: RuleCase[] = [
  // Senior backend in the US: market 85 USD/h.
  { rule: "rate-underpriced", name: "market rate", fired: false },
  { rule: "rate-underpriced", name: "39% below does not fire", profile: { requestedRate: 52 }, fired: false },
  { rule: "rate-underpriced", name: "40% below starts", profile: { requestedRate: 51 }, fired: true, strength: 0.85 },
  { rule: "rate-underpriced", name: "55% below", profile: { requestedRate: 38.25 }, fired: true, strength: 0.925 },
  { rule: "rate-underpriced", name: "70% below is full", profile: { requestedRate: 25.5 }, fired: true, strength: 1 },
  { rule: "rate-underpriced", name: "90% below is still full", profile: { requestedRate: 8.5 }, fired: true, strength: 1 },
  { rule: "rate-underpriced", name: "a local rate in India is not underpricing", profile: { claimedCountry: "IN", requestedRate: 24 }, fired: false },
  { rule: "rate-underpriced", name: "far below even the Indian market", profile: { claimedCountry: "IN", requestedRate: 9 }, fired: true, strength: 0.974 },
  { rule: "rate-underpriced", name: "unknown countries use the US rate", profile: { claimedCountry: "ZZ", requestedRate: 25 }, fired: true, strength: 1 },
  { rule: "rate-underpriced", name: "no market rate", ctx: { marketRates: { currency: "USD", rates: {} as never, countryFactors: {} } }, fired: false, missing: ["ctx.marketRates"] },

  { rule: "stack-implausible", name: "focused stack", fired: false },
  { rule: "stack-implausible", name: "one domain too many for a mid", profile: { seniority: "mid", skills: ["React", "Node.js", "Docker", "Spark"] }, fired: true, strength: 0.6 },
  { rule: "stack-implausible", name: "everything at once", profile: { skills: ["React", "Node.js", "Swift", "Docker", "Spark", "PyTorch", "Solidity", "Unity", "Figma"] }, fired: true, strength: 1 },
  { rule: "stack-implausible", name: "too many skills for a junior", profile: { seniority: "junior", skills: Array.from({ length: 25 }, (_, i) => `lib-${i}`) }, fired: true, strength: 0.6 },
  { rule: "stack-implausible", name: "general-purpose languages do not count", profile: { seniority: "junior", skills: ["Python", "Java", "SQL", "TypeScript", "Go", "Pandas", "PyTorch"] }, fired: false },
  { rule: "stack-implausible", name: "no skills listed", profile: { skills: [] }, fired: false, missing: ["skills"] },
];

export const EQUIPMENT_CASES: RuleCase[] = [
  { rule: "laptop-reshipping", name: "same address written differently", fired: false },
  { rule: "laptop-reshipping", name: "different address", profile: { shippingAddress: "400 Elm Street, Dallas TX" }, fired: true, strength: 1 },
  { rule: "laptop-reshipping", name: "same street, different number", profile: { shippingAddress: "14 Main St, Chicago IL" }, fired: true, strength: 1 },
  { rule: "laptop-reshipping", name: "no addresses", profile: { residenceAddress: undefined, shippingAddress: undefined }, fired: false, missing: ["residenceAddress", "shippingAddress"] },
  { rule: "laptop-reshipping", name: "no shipping address", profile: { shippingAddress: undefined }, fired: false, missing: ["shippingAddress"] },
  { rule: "laptop-reshipping", name: "no residence", profile: { residenceAddress: undefined }, fired: false, missing: ["residenceAddress"] },

  { rule: "own-device-requested", name: "no", fired: false },
  { rule: "own-device-requested", name: "yes", profile: { requestsOwnDevice: true }, fired: true, strength: 1 },
  { rule: "own-device-requested", name: "not recorded", profile: { requestsOwnDevice: null }, fired: false, missing: ["requestsOwnDevice"] },

  { rule: "remote-access-tools", name: "no", fired: false },
  { rule: "remote-access-tools", name: "yes", profile: { requestsRemoteAccessTools: true }, fired: true, strength: 1 },
  { rule: "remote-access-tools", name: "not recorded", profile: { requestsRemoteAccessTools: null }, fired: false, missing: ["requestsRemoteAccessTools"] },

  { rule: "vpn-or-hosting-ip", name: "no", fired: false },
  { rule: "vpn-or-hosting-ip", name: "yes", profile: { vpnOrHostingIpObserved: true }, fired: true, strength: 1 },
  { rule: "vpn-or-hosting-ip", name: "not recorded", profile: { vpnOrHostingIpObserved: null }, fired: false, missing: ["vpnOrHostingIpObserved"] },

  { rule: "ip-country-mismatch", name: "same country", fired: false },
  { rule: "ip-country-mismatch", name: "different country", profile: { observedIpCountry: "CN" }, fired: true, strength: 1 },
  { rule: "ip-country-mismatch", name: "not recorded", profile: { observedIpCountry: undefined }, fired: false, missing: ["observedIpCountry"] },

  { rule: "timezone-country-mismatch", name: "a zone of the claimed country", fired: false },
  { rule: "timezone-country-mismatch", name: "a zone of another country", profile: { timezone: "Asia/Shanghai" }, fired: true, strength: 1 },
  { rule: "timezone-country-mismatch", name: "an old alias of a zone of the claimed country", profile: { timezone: "US/Central" }, fired: false },
  { rule: "timezone-country-mismatch", name: "a neighbour's zone that keeps the same clock", profile: { claimedCountry: "AT", timezone: "Europe/Berlin" }, fired: false },
  { rule: "timezone-country-mismatch", name: "a zone of no country", profile: { timezone: "Etc/GMT+5" }, fired: false, missing: ["timezone"] },

  { rule: "phone-country-mismatch", name: "calling code of the claimed country", fired: false },
  { rule: "phone-country-mismatch", name: "+1 is shared by the US and Canada", profile: { claimedCountry: "CA", timezone: "America/Toronto" }, fired: false },
  { rule: "phone-country-mismatch", name: "calling code of another country", profile: { phone: "+86 138 0013 8000" }, fired: true, strength: 1 },
  { rule: "phone-country-mismatch", name: "a number without its calling code", profile: { phone: "312 555 0100" }, fired: false, missing: ["phone"] },
];

export const CONTEXT_CASES: RuleCase[] = [
  { rule: "identity-reuse", name: "no matches", fired: false },
  { rule: "identity-reuse", name: "email shared with one other", ctx: { reuse: [{ kind: "email", value: "x@example.com", otherCandidateIds: ["c2"] }] }, fired: true, strength: 0.75 },
  { rule: "identity-reuse", name: "email shared with three others", ctx: { reuse: [{ kind: "email", value: "x@example.com", otherCandidateIds: ["c2", "c3", "c4"] }] }, fired: true, strength: 1 },
  { rule: "identity-reuse", name: "resume text shared with one other", ctx: { reuse: [{ kind: "resume_text", value: "...", otherCandidateIds: ["c2"] }] }, fired: true, strength: 0.375 },
  { rule: "identity-reuse", name: "address and phone combine", ctx: { reuse: [{ kind: "address", value: "1 A St", otherCandidateIds: ["c2", "c3"] }, { kind: "phone", value: "+1", otherCandidateIds: ["c2"] }] }, fired: true, strength: 0.816 },
  { rule: "identity-reuse", name: "a match with no other candidates is ignored", ctx: { reuse: [{ kind: "email", value: "x@example.com", otherCandidateIds: [] }] }, fired: false },

  { rule: "sanctions-confirmed", name: "no hits", fired: false },
  { rule: "sanctions-confirmed", name: "confirmed hit", ctx: { watchlistHits: [{ ...pending(0.9), status: "confirmed" }] }, fired: true, strength: 1 },
  { rule: "sanctions-confirmed", name: "pending is not confirmed", ctx: { watchlistHits: [pending(0.9)] }, fired: false },
  { rule: "sanctions-confirmed", name: "dismissed is ignored", ctx: { watchlistHits: [{ ...pending(1), status: "dismissed" }] }, fired: false },

  { rule: "sanctions-possible", name: "no hits", fired: false },
  { rule: "sanctions-possible", name: "pending hit graded by score", ctx: { watchlistHits: [pending(0.7)] }, fired: true, strength: 0.7 },
  { rule: "sanctions-possible", name: "best pending hit wins", ctx: { watchlistHits: [pending(0.4), pending(0.9)] }, fired: true, strength: 0.9 },
  { rule: "sanctions-possible", name: "dismissed is ignored", ctx: { watchlistHits: [{ ...pending(0.9), status: "dismissed" }] }, fired: false },
  { rule: "sanctions-possible", name: "confirmed is handled by the hard stop", ctx: { watchlistHits: [{ ...pending(0.9), status: "confirmed" }] }, fired: false },
  { rule: "sanctions-possible", name: "an exact listed email is left to listed-identifier", ctx: { watchlistHits: [pending(1)] }, fired: false },
  { rule: "sanctions-possible", name: "a similar name still counts", ctx: { watchlistHits: [{ ...pending(0.92), matchedField: "name", matchedValue: "Kim Sang Man" }] }, fired: true, strength: 0.92 },

  { rule: "listed-identifier", name: "no hits", fired: false },
  { rule: "listed-identifier", name: "an exact listed email", ctx: { watchlistHits: [pending(1)] }, fired: true, strength: 1 },
  { rule: "listed-identifier", name: "an exact listed wallet", ctx: { watchlistHits: [{ ...pending(1), matchedField: "wallet", matchedValue: "0xabc" }] }, fired: true, strength: 1 },
  { rule: "listed-identifier", name: "a name is never an identifier", ctx: { watchlistHits: [{ ...pending(1), matchedField: "name" }] }, fired: false },
  { rule: "listed-identifier", name: "a near identifier is not exact", ctx: { watchlistHits: [pending(0.9)] }, fired: false },
  { rule: "listed-identifier", name: "reviewed hits are the reviewer's", ctx: { watchlistHits: [{ ...pending(1), status: "dismissed" }] }, fired: false },
];

const observation = (rule: string, field: string): RuleCase[] => [
  { rule, name: "no", fired: false },
  { rule, name: "yes", profile: { [field]: true }, fired: true, strength: 1 },
  { rule, name: "not recorded", profile: { [field]: null }, fired: false, missing: [field] },
];

export const INTERVIEW_CASES: RuleCase[] = [
  ...observation("different-person-on-calls", "differentPersonOnCalls"),
  ...observation("third-party-on-calls", "thirdPartyOnCalls"),
  ...observation("coding-test-irregularities", "codingTestIrregularities"),
  ...observation("scripted-answers", "scriptedAnswers"),
  ...observation("avoids-in-person", "avoidsInPersonOrDrugTest"),
];
