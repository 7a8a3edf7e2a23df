import {
  DOCUMENT_CHECKS,
  INTERMEDIARIES,
  PAYMENT_METHODS,
  PHONE_TYPES,
  PROFILE_RESUME_CHECKS,
  ROLES,
  SENIORITIES,
  VERIFICATION_STATUSES,
  VIDEO_CALL_OUTCOMES,
} from "@/lib/schemas/candidate";

/**
 * The columns a candidate CSV may have: one per field of candidateInputSchema that fits in a
 * cell; a dotted key (education.endYear) is one part of a nested field. Work history comes as a second CSV (work-history.ts); references do not fit a flat file
 * and are kept as they are when a candidate is updated. Pure, shared by browser and server.
 */
export type FieldKind = "text" | "enum" | "number" | "count" | "boolean" | "country" | "list" | "profiles";

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  kind: FieldKind;
  /** What the column holds, for the column guide. */
  help: string;
  example: string;
  values?: readonly string[];
  /** Header names that map to this field besides its key and label (compared normalised). */
  synonyms: readonly string[];
}

const f = (
  key: string,
  label: string,
  kind: FieldKind,
  help: string,
  example: string,
  synonyms: string[] = [],
  extra: Partial<ImportField> = {},
): ImportField => ({
  key,
  label,
  kind,
  help,
  example,
  synonyms,
  required: false,
  ...extra,
});
const req = { required: true } as const;
const yesNo = "yes or no; empty = not recorded";

export const CANDIDATE_FIELDS: readonly ImportField[] = [
  f(
    "externalId",
    "External id",
    "text",
    "Your ATS's id for the candidate. Identifies the candidate on re-import (otherwise email + full name do).",
    "ATS-10442",
    ["id", "candidate id", "applicant id", "ats id", "record id", "external ref"],
  ),
  f(
    "fullName",
    "Full name",
    "text",
    "As on the application.",
    "Maria Gonzalez",
    ["name", "candidate name", "applicant name", "candidate", "applicant"],
    req,
  ),
  f(
    "email",
    "Email",
    "text",
    "Email address.",
    "maria@example.com",
    ["e-mail", "email address", "e-mail address", "mail", "candidate email", "applicant email"],
    req,
  ),
  f(
    "phone",
    "Phone",
    "text",
    "With country code.",
    "+1 512 555 0143",
    ["phone number", "mobile", "mobile phone", "mobile number", "telephone", "tel", "cell", "cell phone"],
    req,
  ),
  f("phoneType", "Phone type", "enum", "Empty = unknown.", "mobile", ["line type", "phone line type"], {
    values: PHONE_TYPES,
  }),
  f(
    "claimedCountry",
    "Claimed country",
    "country",
    "Two-letter code (US) or the English name.",
    "US",
    ["country", "country code", "location country", "country of residence"],
    req,
  ),
  f("claimedCity", "Claimed city", "text", "", "Austin", ["city", "location city", "town"]),
  f(
    "timezone",
    "Time zone",
    "text",
    "IANA name.",
    "America/Chicago",
    ["time zone", "tz", "timezone name"],
    req,
  ),
  f(
    "role",
    "Role",
    "enum",
    "Role applied for (value or its label, e.g. Backend engineer).",
    "backend_engineer",
    ["job role", "position", "position applied", "applied role", "job", "role applied"],
    { values: ROLES, required: true },
  ),
  f(
    "seniority",
    "Seniority",
    "enum",
    "Mid-level and staff are read as mid and lead.",
    "senior",
    ["level", "experience level", "seniority level", "grade"],
    { values: SENIORITIES, required: true },
  ),
  f(
    "requestedRate",
    "Requested rate (USD per hour)",
    "number",
    "A number; $ and USD are ignored.",
    "88",
    [
      "hourly rate",
      "rate",
      "rate usd",
      "hourly rate usd",
      "desired rate",
      "expected rate",
      "requested rate",
      "pay rate",
      "rate per hour",
      "hourly rate (usd)",
    ],
    req,
  ),
  f(
    "postedRateMin",
    "Posted rate minimum (USD per hour)",
    "number",
    "Bottom of the job's advertised range; give both ends or neither.",
    "80",
    ["posted rate min", "posted min rate", "rate range min", "job rate min", "budget min"],
  ),
  f(
    "postedRateMax",
    "Posted rate maximum (USD per hour)",
    "number",
    "Top of the job's advertised range.",
    "110",
    ["posted rate max", "posted max rate", "rate range max", "job rate max", "budget max"],
  ),
  f(
    "yearsExperienceClaimed",
    "Years of experience claimed",
    "count",
    "Whole years, as the candidate states them.",
    "9",
    ["years of experience", "experience years", "years experience", "yoe", "total experience"],
  ),
  f("skills", "Skills", "list", "Separated by ;", "Go; PostgreSQL; Kubernetes", [
    "skill set",
    "skillset",
    "technologies",
    "tech stack",
    "tags",
    "key skills",
  ]),
  f(
    "onlineProfiles",
    "Online profiles",
    "profiles",
    "Profile URLs separated by ; (LinkedIn, GitHub and freelance sites are recognised). Several columns may map here.",
    "https://www.linkedin.com/in/maria; https://github.com/maria",
    ["profiles", "profile urls", "links", "linkedin", "linkedin url", "github", "github url", "portfolio"],
  ),
  f(
    "education.institution",
    "Education institution",
    "text",
    "School or university of the highest degree claimed.",
    "University of Texas at Austin",
    ["institution", "university", "school", "college"],
  ),
  f("education.country", "Education country", "country", "Two-letter code or name.", "US", [
    "education country",
    "university country",
  ]),
  f("education.degree", "Degree", "text", "", "BSc Computer Science", [
    "degree",
    "qualification",
    "education degree",
  ]),
  f("education.startYear", "Education start year", "count", "Four-digit year.", "2012", [
    "education start",
    "study start year",
  ]),
  f("education.endYear", "Graduation year", "count", "Four-digit year; empty if not finished.", "2016", [
    "graduation year",
    "education end year",
    "year graduated",
  ]),
  f(
    "educationVerification",
    "Education check",
    "enum",
    "Empty = not_checked.",
    "verified",
    ["education verification", "degree verification", "education verified"],
    { values: VERIFICATION_STATUSES },
  ),
  f(
    "onlineProfilesMatchResume",
    "Online profiles vs resume",
    "enum",
    "Do the online profiles agree with the resume? Empty = not_checked.",
    "matches",
    ["profiles match resume", "profile check", "linkedin matches resume"],
    { values: PROFILE_RESUME_CHECKS },
  ),
  f(
    "documentCheck",
    "Document check",
    "enum",
    "Empty = not_checked.",
    "consistent",
    ["id check", "documents", "identity documents"],
    { values: DOCUMENT_CHECKS },
  ),
  f(
    "paymentMethod",
    "Payment preference",
    "enum",
    "",
    "bank",
    ["payment method", "payment", "pay method", "payment type"],
    { values: PAYMENT_METHODS, required: true },
  ),
  f("paymentAccountInOwnName", "Account in own name", "boolean", yesNo, "yes", [
    "payment account in own name",
    "account holder is candidate",
  ]),
  f("paymentAccountCountry", "Account country", "country", "Two-letter code or name.", "US", [
    "payment account country",
    "bank country",
  ]),
  f("paymentAccountCount", "Number of payment accounts", "count", "Whole number.", "1", [
    "payment account count",
    "number of accounts",
  ]),
  f("paymentDetailChanges", "Payment detail changes", "count", "Whole number.", "0", ["payment changes"]),
  f("paymentInAdvanceRequested", "Asked for payment in advance", "boolean", yesNo, "no", [
    "payment in advance",
    "advance payment",
    "prepayment requested",
    "upfront payment",
  ]),
  f("cryptoWallet", "Crypto wallet address", "text", "", "", ["crypto wallet", "wallet", "wallet address"]),
  f("bankAccount", "Bank account", "text", "IBAN or account number.", "", [
    "iban",
    "account number",
    "bank account number",
  ]),
  f(
    "videoCallOutcome",
    "Video call",
    "enum",
    "",
    "completed",
    ["video call outcome", "video interview", "video"],
    { values: VIDEO_CALL_OUTCOMES, required: true },
  ),
  f("videoCallReschedules", "Video-call reschedules", "count", "Whole number.", "0", [
    "reschedules",
    "video call reschedules",
  ]),
  f("faceSwapSuspected", "Face swap suspected", "boolean", yesNo, "no", ["face swap", "deepfake suspected"]),
  f("refusesCameraOnboarding", "Refuses camera at onboarding", "boolean", yesNo, "no", ["refuses camera"]),
  f("messagingAppsOnly", "Messaging apps only", "boolean", yesNo, "no", []),
  f(
    "activeHoursStartUtc",
    "Active hours start (UTC)",
    "count",
    "Hour 0-23; give both start and end or neither.",
    "14",
    ["active hours start", "active from utc"],
  ),
  f("activeHoursEndUtc", "Active hours end (UTC)", "count", "Hour 0-23.", "23", [
    "active hours end",
    "active until utc",
  ]),
  f("residenceAddress", "Residence address", "text", "", "1200 Barton Springs Rd, Austin, TX 78704", [
    "address",
    "home address",
    "street address",
  ]),
  f("shippingAddress", "Equipment shipping address", "text", "", "", [
    "shipping address",
    "laptop shipping address",
    "mailing address",
  ]),
  f(
    "shippingAddressChangedBeforeShipment",
    "Shipping address changed before shipment",
    "boolean",
    yesNo,
    "no",
    ["shipping address changed", "address changed before shipment"],
  ),
  f("requestsOwnDevice", "Requests own device", "boolean", yesNo, "no", ["own device"]),
  f("requestsRemoteAccessTools", "Requests remote-access tools", "boolean", yesNo, "no", [
    "remote access tools",
  ]),
  f("vpnOrHostingIpObserved", "VPN or hosting IP observed", "boolean", yesNo, "no", [
    "vpn observed",
    "vpn",
    "hosting ip",
  ]),
  f("observedIpCountry", "Observed IP country", "country", "Two-letter code or name.", "US", ["ip country"]),
  f("sessionsObserved", "Sessions observed", "count", "Logins or calls whose IP address was seen.", "12", [
    "sessions",
    "login count",
    "sessions seen",
  ]),
  f(
    "distinctIpsObserved",
    "Distinct IP addresses",
    "count",
    "Different IP addresses across those sessions.",
    "3",
    ["distinct ips", "ip addresses", "unique ips"],
  ),
  f(
    "distinctIpCountriesObserved",
    "Distinct IP countries",
    "count",
    "Different countries those addresses resolve to.",
    "1",
    ["ip countries", "distinct ip countries", "countries seen"],
  ),
  f("differentPersonOnCalls", "Different person on calls", "boolean", yesNo, "no", []),
  f("thirdPartyOnCalls", "Third party on calls", "boolean", yesNo, "no", []),
  f("codingTestIrregularities", "Coding-test irregularities", "boolean", yesNo, "no", [
    "coding test irregularities",
  ]),
  f("scriptedAnswers", "Scripted answers", "boolean", yesNo, "no", []),
  f("avoidsInPersonOrDrugTest", "Avoids in-person meeting or drug test", "boolean", yesNo, "no", [
    "avoids in person",
  ]),
  f(
    "intermediary",
    "Intermediary",
    "enum",
    "Who answers for the candidate: none, a staffing agency, or a third party answering in their place.",
    "none",
    ["third party answering", "staffing agency", "agency"],
    { values: INTERMEDIARIES },
  ),
  f("resumeText", "Resume text", "text", "Plain text of the resume.", "", ["resume", "cv", "cv text"]),
  f("notes", "Notes", "text", "", "", ["comments", "recruiter notes", "remarks"]),
];

export const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  CANDIDATE_FIELDS.map((x) => [x.key, x]),
);
export const REQUIRED_FIELDS = CANDIDATE_FIELDS.filter((x) => x.required).map((x) => x.key);
/** Fields several columns may feed (their values are joined). */
export const MULTI_COLUMN_KINDS: ReadonlySet<FieldKind> = new Set(["list", "profiles"]);

/** "Full Name", "full_name", "fullName", "FULL-NAME " and "Fúll Name" all become "fullname"; "E-mail" becomes "email". */
export function normaliseHeader(h: string): string {
  return h
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

function namesOf(x: { key: string; label: string; synonyms: readonly string[] }): string[] {
  return [x.key, x.label, ...x.synonyms].map(normaliseHeader);
}

/**
 * The columns the error file puts before each rejected row (errorFileCsv in files.ts). They are
 * never recognised as a field, so a fixed error file maps exactly as the original file did. The
 * errors column may carry a note after its name, so it is recognised by its start.
 */
export const ERROR_FILE_COLUMNS = { row: "Row in file", errors: "Import errors" } as const;

export function isErrorFileColumn(header: string): boolean {
  const n = normaliseHeader(header);
  return (
    n === normaliseHeader(ERROR_FILE_COLUMNS.row) || n.startsWith(normaliseHeader(ERROR_FILE_COLUMNS.errors))
  );
}

/**
 * Which field each column feeds ("" = ignored). Exact matches on key, label or synonym, first
 * column wins; a field takes one column unless it is a list. The error file's own columns are ignored.
 */
export function autoMap(
  header: readonly string[],
  fields: readonly Pick<ImportField, "key" | "label" | "synonyms" | "kind">[] = CANDIDATE_FIELDS,
): string[] {
  const lookup = new Map<string, string>();
  // Keys and labels beat synonyms ("rate" is a synonym, "requested rate" a label).
  for (const x of fields)
    for (const n of namesOf({ ...x, synonyms: [] })) if (!lookup.has(n)) lookup.set(n, x.key);
  for (const x of fields) for (const n of namesOf(x)) if (!lookup.has(n)) lookup.set(n, x.key);
  const kindOf = new Map(fields.map((x) => [x.key, x.kind]));
  const taken = new Set<string>();
  return header.map((h) => {
    if (isErrorFileColumn(h)) return "";
    const key = lookup.get(normaliseHeader(h));
    if (!key) return "";
    if (taken.has(key) && !MULTI_COLUMN_KINDS.has(kindOf.get(key)!)) return "";
    taken.add(key);
    return key;
  });
}

export interface MappingProblems {
  unknown: string[];
  duplicated: string[];
  missingRequired: string[];
}

/** What is wrong with a mapping before any row is read. */
export function mappingProblems(
  mapping: readonly string[],
  fields: readonly ImportField[] = CANDIDATE_FIELDS,
): MappingProblems {
  const byKey = new Map(fields.map((x) => [x.key, x]));
  const used = mapping.filter(Boolean);
  const unknown = [...new Set(used.filter((k) => !byKey.has(k)))];
  const duplicated = [
    ...new Set(
      used.filter(
        (k, i) => used.indexOf(k) !== i && byKey.has(k) && !MULTI_COLUMN_KINDS.has(byKey.get(k)!.kind),
      ),
    ),
  ];
  const missingRequired = fields.filter((x) => x.required && !used.includes(x.key)).map((x) => x.key);
  return { unknown, duplicated, missingRequired };
}
