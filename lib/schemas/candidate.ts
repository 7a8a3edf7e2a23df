import { z } from "zod";
import { emailSchema } from "@/lib/schemas/common";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";

/**
 * The one schema for a candidate profile. The new-candidate form, the server
 * actions, the data layer and (later) the CSV importer and the API all parse
 * with it, so a value that passes here is valid everywhere.
 *
 * Observations a recruiter may not have made are optional or nullable: an
 * empty field means "not recorded", which the scoring engine reports as
 * "could not be evaluated" rather than as a clean bill of health.
 */

export const ROLES = [
  "software_engineer",
  "frontend_engineer",
  "backend_engineer",
  "fullstack_engineer",
  "mobile_engineer",
  "devops_engineer",
  "data_engineer",
  "data_scientist",
  "ml_engineer",
  "qa_engineer",
  "security_engineer",
] as const;
export const SENIORITIES = ["junior", "mid", "senior", "lead"] as const;
export const VERIFICATION_STATUSES = ["verified", "not_checked", "unverifiable", "failed"] as const;
export const PAYMENT_METHODS = ["bank", "payment_platform", "crypto", "third_party"] as const;
export const VIDEO_CALL_OUTCOMES = ["completed", "declined", "camera_off", "not_attempted"] as const;
export const PHONE_TYPES = ["mobile", "landline", "voip", "unknown"] as const;
export const REFERENCE_STATUSES = ["reached", "unreachable", "not_contacted"] as const;
export const PROFILE_KINDS = ["linkedin", "github", "freelance", "other"] as const;
export const DOCUMENT_CHECKS = ["consistent", "inconsistent", "not_checked"] as const;
export const INTERMEDIARIES = ["none", "staffing_agency", "third_party_answering"] as const;
export const PROFILE_RESUME_CHECKS = [
  "matches",
  "employers_differ",
  "dates_differ",
  "photo_differs",
  "not_checked",
] as const;
export const REGISTRY_STATUSES = ["operating", "dissolved", "not_found", "not_checked"] as const;

export type Role = (typeof ROLES)[number];
export type Seniority = (typeof SENIORITIES)[number];
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type VideoCallOutcome = (typeof VIDEO_CALL_OUTCOMES)[number];
export type Intermediary = (typeof INTERMEDIARIES)[number];
export type ProfileResumeCheck = (typeof PROFILE_RESUME_CHECKS)[number];
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

const trimmed = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).refine(isStorableText, UNSTORABLE_MESSAGE);
const required = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `At most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_MESSAGE);
/** An optional text field: "" from a form becomes undefined. */
const optionalText = (max = 200) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), trimmed(max).optional());
/** A nullable yes/no observation: "" or null means not recorded. */
const observation = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v === "true" ? true : v === "false" ? false : v),
  z.boolean().nullable(),
);
/**
 * A yes/no observation added after profiles were first stored: it may be absent altogether
 * (undefined), which reads exactly like null, so profiles saved before it stay valid as they are.
 */
const laterObservation = observation.optional();
/** An optional non-negative whole number (counts, hours). */
const optionalCount = (max: number) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce
      .number()
      .int("Must be a whole number")
      .min(0, "Cannot be negative")
      .max(max, `At most ${max}`)
      .optional(),
  );
const isoDate = z.iso.date({ message: "Use a date like 2024-03-01" });
const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDate.optional());

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. US");
const optionalCountry = z.preprocess((v) => (v === "" || v === null ? undefined : v), countryCode.optional());
/** An optional choice: "" or null from a form or a blank cell means not recorded. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { message }).optional());
/** A rate in USD per hour: cents at most, which also keeps it exact through every database. */
const money = (message: string) =>
  z.coerce
    .number({ message })
    .positive("Rate must be above zero")
    .max(2000, "At most 2000 USD per hour")
    .refine((v) => Number(v.toFixed(2)) === v, "Use at most two decimal places (cents)");
const optionalMoney = (message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), money(message).optional());
const optionalYear = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : v),
  z.coerce
    .number({ message: "Enter a year like 2016" })
    .int("Enter a year like 2016")
    .min(1940, "Enter a year from 1940 on")
    .max(2100, "Enter a year before 2100")
    .optional(),
);

// Building a formatter is the costly part of checking a zone, so each valid zone is checked once.
const knownZones = new Set<string>();

export const timezoneSchema = z
  .string()
  .trim()
  .min(1, "Time zone is required")
  .refine((tz) => {
    if (knownZones.has(tz)) return true;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      knownZones.add(tz);
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone; use an IANA name such as America/Chicago");

export const workHistoryEntrySchema = z
  .object({
    employer: required("Employer"),
    title: required("Title"),
    startDate: isoDate,
    endDate: optionalDate,
    verification: z.enum(VERIFICATION_STATUSES, { message: "Choose a verification status" }),
    /** Where the employer is registered; only shown next to the registry result. */
    country: optionalCountry,
    /** What the company registry of that country says about the employer; empty = not checked. */
    registryStatus: optionalEnum(REGISTRY_STATUSES, "Choose a registry status"),
  })
  .refine((w) => !w.endDate || w.endDate >= w.startDate, {
    message: "End date must be on or after the start date",
    path: ["endDate"],
  });
export type WorkHistoryEntry = z.infer<typeof workHistoryEntrySchema>;

export const referenceSchema = z.object({
  name: required("Reference name"),
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    emailSchema.optional(),
  ),
  phone: optionalText(40),
  status: z.enum(REFERENCE_STATUSES, { message: "Choose whether the reference was reached" }),
});
export type Reference = z.infer<typeof referenceSchema>;

/** Whether a stored link may be followed from a page: only web addresses, never javascript:, data: or file:. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export const onlineProfileSchema = z.object({
  kind: z.enum(PROFILE_KINDS, { message: "Choose a profile kind" }),
  // z.url() alone accepts any scheme, javascript: included; a profile is a web page, so only
  // http(s) is accepted and a link built from it can never run script.
  url: z
    .url("Enter a full URL, e.g. https://github.com/name")
    .max(2_000, "At most 2000 characters")
    .refine(isWebUrl, "Only http:// and https:// addresses are accepted"),
  createdOn: optionalDate,
  connections: optionalCount(1_000_000),
});
export type OnlineProfile = z.infer<typeof onlineProfileSchema>;

/** The highest education claimed. Every part is optional: a recruiter records what the resume says. */
export const educationSchema = z
  .object({
    institution: optionalText(200),
    country: optionalCountry,
    degree: optionalText(120),
    startYear: optionalYear,
    endYear: optionalYear,
  })
  .refine((e) => e.startYear === undefined || e.endYear === undefined || e.endYear >= e.startYear, {
    message: "The end year must be the start year or later",
    path: ["endYear"],
  });
export type Education = z.infer<typeof educationSchema>;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export const candidateInputSchema = z
  .object({
    externalId: optionalText(100),
    fullName: required("Name", 160),
    email: emailSchema,
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,24}$/, "Enter a phone number with country code, e.g. +1 555 010 2030"),
    phoneType: z.enum(PHONE_TYPES).default("unknown"),
    claimedCountry: countryCode,
    claimedCity: optionalText(120),
    timezone: timezoneSchema,
    role: z.enum(ROLES, { message: "Choose a role" }),
    seniority: z.enum(SENIORITIES, { message: "Choose a seniority" }),
    requestedRate: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      money("Enter the requested hourly rate in USD"),
    ),
    // The range the job was posted with, when known: the fairest yardstick for the rate asked.
    postedRateMin: optionalMoney("Enter the posted minimum rate in USD per hour"),
    postedRateMax: optionalMoney("Enter the posted maximum rate in USD per hour"),
    yearsExperienceClaimed: optionalCount(60),
    skills: z.array(trimmed(60).min(1)).max(80, "At most 80 skills").default([]),
    workHistory: z.array(workHistoryEntrySchema).max(30, "At most 30 positions").default([]),
    references: z.array(referenceSchema).max(10, "At most 10 references").default([]),
    onlineProfiles: z.array(onlineProfileSchema).max(10, "At most 10 profiles").default([]),
    // A form sends every education input, blank or not: all blank means nothing was recorded.
    education: z.preprocess(
      (v) => (v === null || (typeof v === "object" && Object.values(v).every(isBlank)) ? undefined : v),
      educationSchema.optional(),
    ),
    educationVerification: z.enum(VERIFICATION_STATUSES).default("not_checked"),
    onlineProfilesMatchResume: optionalEnum(
      PROFILE_RESUME_CHECKS,
      "Choose whether the online profiles match the resume",
    ),
    documentCheck: z.enum(DOCUMENT_CHECKS).default("not_checked"),

    // Payment
    paymentMethod: z.enum(PAYMENT_METHODS, { message: "Choose a payment preference" }),
    paymentAccountInOwnName: observation.default(null),
    paymentAccountCountry: optionalCountry,
    paymentAccountCount: optionalCount(50),
    paymentDetailChanges: optionalCount(50),
    paymentInAdvanceRequested: laterObservation,
    cryptoWallet: optionalText(120),
    bankAccount: optionalText(64),

    // Communication
    videoCallOutcome: z.enum(VIDEO_CALL_OUTCOMES, { message: "Choose the video-call outcome" }),
    videoCallReschedules: optionalCount(50),
    faceSwapSuspected: observation.default(null),
    refusesCameraOnboarding: observation.default(null),
    messagingAppsOnly: observation.default(null),
    activeHoursStartUtc: optionalCount(23),
    activeHoursEndUtc: optionalCount(23),

    // Equipment and access
    residenceAddress: optionalText(300),
    shippingAddress: optionalText(300),
    shippingAddressChangedBeforeShipment: laterObservation,
    requestsOwnDevice: observation.default(null),
    requestsRemoteAccessTools: observation.default(null),
    vpnOrHostingIpObserved: observation.default(null),
    observedIpCountry: optionalCountry,
    sessionsObserved: optionalCount(100_000),
    distinctIpsObserved: optionalCount(100_000),
    distinctIpCountriesObserved: optionalCount(250),

    // Interview integrity
    differentPersonOnCalls: observation.default(null),
    thirdPartyOnCalls: observation.default(null),
    codingTestIrregularities: observation.default(null),
    scriptedAnswers: observation.default(null),
    avoidsInPersonOrDrugTest: observation.default(null),
    intermediary: optionalEnum(INTERMEDIARIES, "Choose who answers for the candidate"),

    resumeText: optionalText(20_000),
    notes: optionalText(2000),
  })
  .refine((c) => (c.activeHoursStartUtc === undefined) === (c.activeHoursEndUtc === undefined), {
    message: "Give both the start and the end of the active hours, or neither",
    path: ["activeHoursEndUtc"],
  })
  .refine((c) => (c.postedRateMin === undefined) === (c.postedRateMax === undefined), {
    message: "Give both ends of the posted rate range, or neither",
    path: ["postedRateMax"],
  })
  .refine(
    (c) =>
      c.postedRateMin === undefined || c.postedRateMax === undefined || c.postedRateMin <= c.postedRateMax,
    {
      message: "The posted maximum must be at least the posted minimum",
      path: ["postedRateMax"],
    },
  )
  // Every country seen was seen on at least one address, so more countries than addresses is a typo.
  .refine(
    (c) =>
      c.distinctIpCountriesObserved === undefined ||
      c.distinctIpsObserved === undefined ||
      c.distinctIpCountriesObserved <= c.distinctIpsObserved,
    {
      message: "There cannot be more countries than distinct IP addresses",
      path: ["distinctIpCountriesObserved"],
    },
  );

/** What the form, API and importer send. */
export type CandidateInput = z.input<typeof candidateInputSchema>;
/** A parsed, normalised candidate profile: what the data layer stores and the engine scores. */
export type CandidateProfile = z.infer<typeof candidateInputSchema>;

export const candidateListQuerySchema = z.object({
  q: optionalText(120),
  band: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["low", "medium", "high", "critical"]).optional(),
  ),
  sort: z.enum(["score_desc", "score_asc", "date_desc", "date_asc"]).catch("date_desc"),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(20),
});
export type CandidateListQuery = z.infer<typeof candidateListQuerySchema>;
