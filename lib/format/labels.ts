import type { Role, Seniority } from "@/lib/schemas/candidate";

/** Human labels for the enumerations of the candidate schema. */
export const ROLE_TITLES: Record<Role, string> = {
  software_engineer: "Software engineer",
  frontend_engineer: "Frontend engineer",
  backend_engineer: "Backend engineer",
  fullstack_engineer: "Full-stack engineer",
  mobile_engineer: "Mobile engineer",
  devops_engineer: "DevOps engineer",
  data_engineer: "Data engineer",
  data_scientist: "Data scientist",
  ml_engineer: "ML engineer",
  qa_engineer: "QA engineer",
  security_engineer: "Security engineer",
};

export const SENIORITY_TITLES: Record<Seniority, string> = {
  junior: "Junior",
  mid: "Mid-level",
  senior: "Senior",
  lead: "Lead / staff",
};

export const VERIFICATION_TITLES = {
  verified: "Verified",
  not_checked: "Not checked yet",
  unverifiable: "Could not be verified",
  failed: "Failed verification",
} as const;

export const PAYMENT_TITLES = {
  bank: "Bank transfer to own account",
  payment_platform: "Payment platform (e.g. PayPal, Payoneer)",
  crypto: "Cryptocurrency",
  third_party: "Someone else's account",
} as const;

export const VIDEO_TITLES = {
  completed: "Completed with camera on",
  declined: "Declined",
  camera_off: "Joined with camera off",
  not_attempted: "Not attempted yet",
} as const;

export const INTERMEDIARY_TITLES = {
  none: "None: the candidate answers for themself",
  staffing_agency: "Placed through a staffing agency",
  third_party_answering: "A third party answers for them",
} as const;

export const PROFILE_RESUME_TITLES = {
  matches: "Match the resume",
  employers_differ: "Different employers",
  dates_differ: "Different dates",
  photo_differs: "Different picture",
  not_checked: "Not checked yet",
} as const;

export const REGISTRY_TITLES = {
  operating: "Registered and operating",
  dissolved: "Dissolved",
  not_found: "Not found in the registry",
  not_checked: "Not checked yet",
} as const;

export function label<T extends string>(table: Record<T, string>, value: string): string {
  return (table as Record<string, string>)[value] ?? value;
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function formatDateTime(iso: string): string {
  return (
    new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
    " UTC"
  );
}

/** What each profile field is called on the form, for "not evaluated: needs …" lists. */
const FIELD_TITLES: Record<string, string> = {
  workHistory: "work history",
  references: "references",
  onlineProfiles: "online profiles",
  educationVerification: "education check",
  "education.endYear": "graduation year",
  "workHistory.registryStatus": "employer registry checks",
  onlineProfilesMatchResume: "profile-resume comparison",
  yearsExperienceClaimed: "years of experience claimed",
  paymentInAdvanceRequested: "advance-payment observation",
  shippingAddressChangedBeforeShipment: "shipping-change observation",
  sessionsObserved: "sessions observed",
  distinctIpCountriesObserved: "IP countries observed",
  intermediary: "intermediary",
  documentCheck: "document check",
  paymentMethod: "payment preference",
  paymentAccountInOwnName: "account holder",
  paymentAccountCountry: "account country",
  paymentAccountCount: "number of accounts",
  paymentDetailChanges: "payment detail changes",
  videoCallOutcome: "video-call outcome",
  videoCallReschedules: "reschedules",
  faceSwapSuspected: "face-swap observation",
  refusesCameraOnboarding: "onboarding observation",
  messagingAppsOnly: "messaging-app observation",
  activeHoursStartUtc: "active hours",
  activeHoursEndUtc: "active hours",
  phoneType: "phone type",
  requestedRate: "requested rate",
  skills: "skills",
  residenceAddress: "residence address",
  shippingAddress: "shipping address",
  requestsOwnDevice: "own-device observation",
  requestsRemoteAccessTools: "remote-access observation",
  vpnOrHostingIpObserved: "VPN observation",
  observedIpCountry: "observed IP country",
  differentPersonOnCalls: "interviewer's observation",
  thirdPartyOnCalls: "interviewer's observation",
  codingTestIrregularities: "coding-test observation",
  scriptedAnswers: "interviewer's observation",
  avoidsInPersonOrDrugTest: "in-person observation",
};

export function fieldTitles(fields: readonly string[]): string {
  return [...new Set(fields.map((f) => FIELD_TITLES[f] ?? f))].join(", ");
}
