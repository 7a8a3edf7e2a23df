import type { CandidateProfile } from "@/lib/schemas/candidate";

/**
 * The form keeps every input as the string the person typed; the shared zod schema does the
 * converting and validating on the server, so the browser never decides what is valid.
 */
export interface WorkRow {
  employer: string;
  title: string;
  startDate: string;
  endDate: string;
  verification: string;
  country: string;
  registryStatus: string;
}
export interface EducationRow {
  institution: string;
  country: string;
  degree: string;
  startYear: string;
  endYear: string;
}
export interface ReferenceRow {
  name: string;
  email: string;
  phone: string;
  status: string;
}
export interface ProfileRow {
  kind: string;
  url: string;
  createdOn: string;
  connections: string;
}

export const SCALAR_FIELDS = [
  "externalId",
  "fullName",
  "email",
  "phone",
  "phoneType",
  "claimedCountry",
  "claimedCity",
  "timezone",
  "role",
  "seniority",
  "requestedRate",
  "postedRateMin",
  "postedRateMax",
  "yearsExperienceClaimed",
  "skills",
  "educationVerification",
  "onlineProfilesMatchResume",
  "documentCheck",
  "paymentMethod",
  "paymentAccountInOwnName",
  "paymentAccountCountry",
  "paymentAccountCount",
  "paymentDetailChanges",
  "paymentInAdvanceRequested",
  "cryptoWallet",
  "bankAccount",
  "videoCallOutcome",
  "videoCallReschedules",
  "faceSwapSuspected",
  "refusesCameraOnboarding",
  "messagingAppsOnly",
  "activeHoursStartUtc",
  "activeHoursEndUtc",
  "residenceAddress",
  "shippingAddress",
  "shippingAddressChangedBeforeShipment",
  "requestsOwnDevice",
  "requestsRemoteAccessTools",
  "vpnOrHostingIpObserved",
  "observedIpCountry",
  "sessionsObserved",
  "distinctIpsObserved",
  "distinctIpCountriesObserved",
  "differentPersonOnCalls",
  "thirdPartyOnCalls",
  "intermediary",
  "codingTestIrregularities",
  "scriptedAnswers",
  "avoidsInPersonOrDrugTest",
  "resumeText",
  "notes",
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export type FormValues = Record<ScalarField, string> & {
  workHistory: WorkRow[];
  education: EducationRow;
  references: ReferenceRow[];
  onlineProfiles: ProfileRow[];
};

export const EMPTY_WORK: WorkRow = {
  employer: "",
  title: "",
  startDate: "",
  endDate: "",
  verification: "not_checked",
  country: "",
  registryStatus: "",
};
export const EMPTY_EDUCATION: EducationRow = {
  institution: "",
  country: "",
  degree: "",
  startYear: "",
  endYear: "",
};
export const EMPTY_REFERENCE: ReferenceRow = { name: "", email: "", phone: "", status: "not_contacted" };
export const EMPTY_PROFILE: ProfileRow = { kind: "linkedin", url: "", createdOn: "", connections: "" };

export function emptyValues(): FormValues {
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f, ""])) as Record<ScalarField, string>;
  return {
    ...scalars,
    phoneType: "unknown",
    educationVerification: "not_checked",
    documentCheck: "not_checked",
    workHistory: [{ ...EMPTY_WORK }],
    education: { ...EMPTY_EDUCATION },
    references: [],
    onlineProfiles: [],
  };
}

function str(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v)) return v.join(", ");
  return String(v);
}

export function valuesFromProfile(p: CandidateProfile): FormValues {
  const record = p as unknown as Record<string, unknown>;
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f, str(record[f])])) as Record<
    ScalarField,
    string
  >;
  return {
    ...scalars,
    workHistory: p.workHistory.map((w) => ({
      employer: w.employer,
      title: w.title,
      startDate: w.startDate,
      endDate: w.endDate ?? "",
      verification: w.verification,
      country: w.country ?? "",
      registryStatus: w.registryStatus ?? "",
    })),
    education: {
      institution: p.education?.institution ?? "",
      country: p.education?.country ?? "",
      degree: p.education?.degree ?? "",
      startYear: str(p.education?.startYear),
      endYear: str(p.education?.endYear),
    },
    references: p.references.map((r) => ({
      name: r.name,
      email: r.email ?? "",
      phone: r.phone ?? "",
      status: r.status,
    })),
    onlineProfiles: p.onlineProfiles.map((o) => ({
      kind: o.kind,
      url: o.url,
      createdOn: o.createdOn ?? "",
      connections: str(o.connections),
    })),
  };
}

export function payloadFromValues(v: FormValues): Record<string, unknown> {
  return {
    ...v,
    skills: v.skills
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
