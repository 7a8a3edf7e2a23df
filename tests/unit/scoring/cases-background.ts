import type { WorkHistoryEntry } from "@/lib/schemas/candidate";
import type { RuleCase } from "./support";

const job = (
  employer: string,
  startDate: string,
  endDate: string | undefined,
  verification: WorkHistoryEntry["verification"] = "verified",
): WorkHistoryEntry => ({
  employer,
  title: "Engineer",
  startDate,
  endDate,
  verification,
});
const registered = (
  employer: string,
  registryStatus: WorkHistoryEntry["registryStatus"],
  country = "GB",
): WorkHistoryEntry => ({
  ...job(employer, "2019-01-01", "2021-01-01"),
  country,
  registryStatus,
});
const titled = (title: string, startDate: string): WorkHistoryEntry => ({
  ...job("Acme", startDate, undefined),
  title,
});
const SCHOOL = { institution: "State University", degree: "BSc", startYear: 2016, endYear: 2020 };

export const BACKGROUND_CASES: RuleCase[] = [
  // resume-history-mismatch: employers of the work history the resume never names
  { rule: "resume-history-mismatch", name: "resume names every employer", fired: false },
  {
    rule: "resume-history-mismatch",
    name: "legal forms and case do not matter",
    profile: {
      workHistory: [
        job("NORTHWIND LABS LLC", "2021-03-01", undefined),
        job("Bluepeak Software GmbH", "2017-02-01", "2021-02-15"),
      ],
    },
    fired: false,
  },
  {
    rule: "resume-history-mismatch",
    name: "one of two employers missing",
    profile: {
      workHistory: [
        job("Northwind Labs", "2021-03-01", undefined),
        job("Quarry Analytics", "2017-02-01", "2021-02-15"),
      ],
    },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "resume-history-mismatch",
    name: "no employer named",
    profile: {
      workHistory: [
        job("Quarry Analytics", "2021-03-01", undefined),
        job("Tallgrass Media", "2017-02-01", "2021-02-15"),
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "resume-history-mismatch",
    name: "one of three missing is ordinary",
    profile: {
      workHistory: [
        job("Northwind Labs", "2021-03-01", undefined),
        job("Bluepeak Software", "2017-02-01", "2021-02-15"),
        job("Quarry Analytics", "2015-01-01", "2017-01-15"),
      ],
    },
    fired: false,
  },
  {
    rule: "resume-history-mismatch",
    name: "no resume",
    profile: { resumeText: undefined },
    fired: false,
    missing: ["resumeText", "workHistory.employer"],
  },
  {
    rule: "resume-history-mismatch",
    name: "a short summary is no history",
    profile: { resumeText: "Backend engineer, Go and PostgreSQL." },
    fired: false,
    missing: ["resumeText", "workHistory.employer"],
  },

  // employment-unverified: graded by the weighted share of checked positions
  { rule: "employment-unverified", name: "all verified", fired: false },
  {
    rule: "employment-timeline",
    name: "two positions held at once today",
    profile: { workHistory: [job("A", "2026-01-01", undefined), job("B", "2021-03-01", undefined)] },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "employment-timeline",
    name: "three positions held at once today",
    profile: {
      workHistory: [
        job("A", "2026-01-01", undefined),
        job("B", "2025-12-01", undefined),
        job("C", "2021-03-01", undefined),
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "employment-unverified",
    name: "one of two failed",
    profile: {
      workHistory: [job("A", "2021-01-01", undefined, "failed"), job("B", "2018-01-01", "2020-12-01")],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "employment-unverified",
    name: "all failed",
    profile: {
      workHistory: [
        job("A", "2021-01-01", undefined, "failed"),
        job("B", "2018-01-01", "2020-12-01", "failed"),
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "employment-unverified",
    name: "one unverifiable of two",
    profile: {
      workHistory: [job("A", "2021-01-01", undefined, "unverifiable"), job("B", "2018-01-01", "2020-12-01")],
    },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "employment-unverified",
    name: "unchecked positions are left out of the share",
    profile: {
      workHistory: [
        job("A", "2021-01-01", undefined, "failed"),
        job("B", "2018-01-01", "2020-12-01", "not_checked"),
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "employment-unverified",
    name: "no history",
    profile: { workHistory: [] },
    fired: false,
    missing: ["workHistory"],
  },
  {
    rule: "employment-unverified",
    name: "nothing checked",
    profile: { workHistory: [job("A", "2021-01-01", undefined, "not_checked")] },
    fired: false,
    missing: ["workHistory.verification"],
  },

  // employment-timeline: overlaps and repeated long gaps, never a single gap
  { rule: "employment-timeline", name: "consecutive jobs", fired: false },
  {
    rule: "employment-timeline",
    name: "one long overlap",
    profile: { workHistory: [job("A", "2021-01-01", undefined), job("B", "2019-01-01", "2022-01-01")] },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "employment-timeline",
    name: "two long overlaps",
    profile: {
      workHistory: [
        job("A", "2021-01-01", undefined),
        job("B", "2020-01-01", "2022-06-01"),
        job("C", "2022-01-01", "2023-06-01"),
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "employment-timeline",
    name: "short overlap is a handover",
    profile: { workHistory: [job("A", "2021-01-01", undefined), job("B", "2019-01-01", "2021-03-01")] },
    fired: false,
  },
  {
    rule: "employment-timeline",
    name: "one career gap is honest",
    profile: { workHistory: [job("A", "2022-01-01", undefined), job("B", "2017-01-01", "2019-06-01")] },
    fired: false,
  },
  {
    rule: "employment-timeline",
    name: "two long gaps",
    profile: {
      workHistory: [
        job("A", "2023-01-01", undefined),
        job("B", "2019-01-01", "2021-06-01"),
        job("C", "2015-01-01", "2017-06-01"),
      ],
    },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "employment-timeline",
    name: "three long gaps",
    profile: {
      workHistory: [
        job("A", "2023-01-01", undefined),
        job("B", "2019-01-01", "2021-06-01"),
        job("C", "2015-01-01", "2017-06-01"),
        job("D", "2011-01-01", "2013-06-01"),
      ],
    },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "employment-timeline",
    name: "jobs ending together leave one gap, not two",
    profile: {
      workHistory: [
        job("A", "2023-01-01", undefined),
        job("B", "2019-01-01", "2021-06-01"),
        job("C", "2021-01-01", "2021-06-01"),
      ],
    },
    fired: false,
  },
  {
    rule: "employment-timeline",
    name: "no history",
    profile: { workHistory: [] },
    fired: false,
    missing: ["workHistory"],
  },

  // references-unreliable
  { rule: "references-unreliable", name: "references reached", fired: false },
  {
    rule: "references-unreliable",
    name: "reference uses the candidate's email (alias)",
    profile: { references: [{ name: "Boss", email: "Jordan.Example+ref@example.com", status: "reached" }] },
    fired: true,
    strength: 1,
  },
  {
    rule: "references-unreliable",
    name: "reference uses the candidate's phone",
    profile: { references: [{ name: "Boss", phone: "(312) 555-0100", status: "reached" }] },
    fired: true,
    strength: 1,
  },
  {
    rule: "references-unreliable",
    name: "one of two unreachable",
    profile: {
      references: [
        { name: "A", status: "unreachable" },
        { name: "B", status: "reached" },
      ],
    },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "references-unreliable",
    name: "all unreachable",
    profile: {
      references: [
        { name: "A", status: "unreachable" },
        { name: "B", status: "unreachable" },
      ],
    },
    fired: true,
    strength: 0.95,
  },
  {
    rule: "references-unreliable",
    name: "no references",
    profile: { references: [] },
    fired: false,
    missing: ["references"],
  },
  {
    rule: "references-unreliable",
    name: "none contacted yet",
    profile: { references: [{ name: "A", status: "not_contacted" }] },
    fired: false,
    missing: ["references.status"],
  },

  // education-unverified
  { rule: "education-unverified", name: "verified", fired: false },
  {
    rule: "education-unverified",
    name: "failed",
    profile: { educationVerification: "failed" },
    fired: true,
    strength: 1,
  },
  {
    rule: "education-unverified",
    name: "unverifiable",
    profile: { educationVerification: "unverifiable" },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "education-unverified",
    name: "not checked",
    profile: { educationVerification: "not_checked" },
    fired: false,
    missing: ["educationVerification"],
  },

  // document-inconsistent
  { rule: "document-inconsistent", name: "consistent", fired: false },
  {
    rule: "document-inconsistent",
    name: "inconsistent",
    profile: { documentCheck: "inconsistent" },
    fired: true,
    strength: 1,
  },
  {
    rule: "document-inconsistent",
    name: "not checked",
    profile: { documentCheck: "not_checked" },
    fired: false,
    missing: ["documentCheck"],
  },

  // online-presence-thin
  { rule: "online-presence-thin", name: "established profiles", fired: false },
  {
    rule: "online-presence-thin",
    name: "all profiles a month old",
    profile: {
      onlineProfiles: [
        { kind: "linkedin", url: "https://l.example/x", createdOn: "2025-05-01", connections: 400 },
      ],
    },
    fired: true,
    strength: 1,
  },
  {
    rule: "online-presence-thin",
    name: "four months old",
    profile: {
      onlineProfiles: [
        { kind: "linkedin", url: "https://l.example/x", createdOn: "2025-02-01", connections: 400 },
      ],
    },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "online-presence-thin",
    name: "ten months old, senior",
    profile: { onlineProfiles: [{ kind: "github", url: "https://g.example/x", createdOn: "2024-08-01" }] },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "online-presence-thin",
    name: "ten months old, junior",
    profile: {
      seniority: "junior",
      onlineProfiles: [{ kind: "github", url: "https://g.example/x", createdOn: "2024-08-01" }],
    },
    fired: false,
  },
  {
    rule: "online-presence-thin",
    name: "senior with 20 connections",
    profile: { onlineProfiles: [{ kind: "linkedin", url: "https://l.example/x", connections: 20 }] },
    fired: true,
    strength: 0.9,
  },
  {
    rule: "online-presence-thin",
    name: "senior with 60 connections",
    profile: { onlineProfiles: [{ kind: "linkedin", url: "https://l.example/x", connections: 60 }] },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "online-presence-thin",
    name: "few GitHub followers do not count",
    profile: {
      onlineProfiles: [
        { kind: "github", url: "https://g.example/x", createdOn: "2012-01-01", connections: 3 },
      ],
    },
    fired: false,
  },
  {
    rule: "online-presence-thin",
    name: "no profiles is not a penalty",
    profile: { onlineProfiles: [] },
    fired: false,
    missing: ["onlineProfiles"],
  },
  {
    rule: "online-presence-thin",
    name: "profiles without details",
    profile: { onlineProfiles: [{ kind: "linkedin", url: "https://l.example/x" }] },
    fired: false,
    missing: ["onlineProfiles.createdOn", "onlineProfiles.connections"],
  },

  // employer-registry: company registry lookups of past employers
  { rule: "employer-registry", name: "all operating", fired: false },
  {
    rule: "employer-registry",
    name: "one not found",
    profile: { workHistory: [registered("Ghost Ltd", "not_found"), registered("Real Ltd", "operating")] },
    fired: true,
    strength: 1,
  },
  {
    rule: "employer-registry",
    name: "one dissolved is weak",
    profile: { workHistory: [registered("Closed Ltd", "dissolved"), registered("Real Ltd", "operating")] },
    fired: true,
    strength: 0.3,
  },
  {
    rule: "employer-registry",
    name: "two dissolved",
    profile: { workHistory: [registered("Closed Ltd", "dissolved"), registered("Gone Ltd", "dissolved")] },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "employer-registry",
    name: "unchecked positions do not count",
    profile: { workHistory: [registered("Real Ltd", "operating"), registered("Other Ltd", "not_checked")] },
    fired: false,
  },
  {
    rule: "employer-registry",
    name: "no history",
    profile: { workHistory: [] },
    fired: false,
    missing: ["workHistory"],
  },
  {
    rule: "employer-registry",
    name: "nothing looked up",
    profile: { workHistory: [job("A", "2021-01-01", undefined), registered("B", "not_checked")] },
    fired: false,
    missing: ["workHistory.registryStatus"],
  },

  // experience-overstated: clean history spans 2017-02 to 2025-06, about 8.3 years
  { rule: "experience-overstated", name: "claim matches the history", fired: false },
  {
    rule: "experience-overstated",
    name: "three years of rounding up",
    profile: { yearsExperienceClaimed: 11 },
    fired: false,
  },
  {
    rule: "experience-overstated",
    name: "four years beyond the history",
    profile: { yearsExperienceClaimed: 12 },
    fired: true,
    strength: 0.884,
  },
  {
    rule: "experience-overstated",
    name: "twice the history is full",
    profile: { yearsExperienceClaimed: 16 },
    fired: true,
    strength: 1,
  },
  {
    rule: "experience-overstated",
    name: "claim not recorded",
    profile: { yearsExperienceClaimed: undefined },
    fired: false,
    missing: ["yearsExperienceClaimed"],
  },
  {
    rule: "experience-overstated",
    name: "no history to compare",
    profile: { workHistory: [] },
    fired: false,
    missing: ["workHistory"],
  },

  // education-timeline: senior titles held before graduating
  { rule: "education-timeline", name: "graduated before the senior role", fired: false },
  {
    rule: "education-timeline",
    name: "an ordinary job while studying",
    profile: { education: SCHOOL, workHistory: [job("Acme", "2017-06-01", "2020-06-01")] },
    fired: false,
  },
  {
    rule: "education-timeline",
    name: "a senior title the year before graduating is a grace year",
    profile: { education: SCHOOL, workHistory: [titled("Senior Engineer", "2019-03-01")] },
    fired: false,
  },
  {
    rule: "education-timeline",
    name: "senior two years before graduating",
    profile: { education: SCHOOL, workHistory: [titled("Senior Engineer", "2018-03-01")] },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "education-timeline",
    name: "a lead four years before graduating",
    profile: { education: SCHOOL, workHistory: [titled("Tech Lead", "2016-01-01")] },
    fired: true,
    strength: 1,
  },
  {
    rule: "education-timeline",
    name: "no graduation year",
    profile: { education: { institution: "State University" } },
    fired: false,
    missing: ["education.endYear"],
  },
  {
    rule: "education-timeline",
    name: "no education recorded",
    profile: { education: undefined },
    fired: false,
    missing: ["education.endYear"],
  },
  {
    rule: "education-timeline",
    name: "no history",
    profile: { workHistory: [] },
    fired: false,
    missing: ["workHistory"],
  },

  // online-profiles-mismatch: profiles compared with the resume
  { rule: "online-profiles-mismatch", name: "profiles match", fired: false },
  {
    rule: "online-profiles-mismatch",
    name: "other employers",
    profile: { onlineProfilesMatchResume: "employers_differ" },
    fired: true,
    strength: 1,
  },
  {
    rule: "online-profiles-mismatch",
    name: "another picture",
    profile: { onlineProfilesMatchResume: "photo_differs" },
    fired: true,
    strength: 0.85,
  },
  {
    rule: "online-profiles-mismatch",
    name: "other dates",
    profile: { onlineProfilesMatchResume: "dates_differ" },
    fired: true,
    strength: 0.5,
  },
  {
    rule: "online-profiles-mismatch",
    name: "not checked",
    profile: { onlineProfilesMatchResume: "not_checked" },
    fired: false,
    missing: ["onlineProfilesMatchResume"],
  },
  {
    rule: "online-profiles-mismatch",
    name: "not recorded",
    profile: { onlineProfilesMatchResume: undefined },
    fired: false,
    missing: ["onlineProfilesMatchResume"],
  },
];
