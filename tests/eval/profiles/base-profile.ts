import type {
  CandidateProfile,
  Role,
  Seniority,
  WorkHistoryEntry,
  Reference,
  OnlineProfile,
} from "@/lib/schemas/candidate";
import { ROLES, SENIORITIES } from "@/lib/schemas/candidate";
import type { Rng } from "./prng";
import { NAMES, ORIGINS, slug, type Origin } from "./names";
import { COUNTRIES, type City, type Country } from "./places";
import { DEGREES, ROLE_SKILLS, employerParts, legalSuffixes, titleFor } from "./employers";
import type { ResumeStyle } from "./resume";
import {
  COST_TIER,
  UniqueValues,
  addressIn,
  bankAccountFor,
  cents,
  emailFor,
  isoFromMonth,
  monthOf,
  phoneFor,
  utcHours,
} from "./values";

/**
 * The baseline every profile starts from, fraud or honest alike: an ordinary remote applicant
 * whose recorded observations are all benign. Flags and edge cases then change only the fields
 * they name, so the difference between the labels is exactly the signals put in on purpose.
 */
export const REFERENCE_DATE = "2026-10-15";
export const NOW_MONTH = monthOf(REFERENCE_DATE);

/** The parsed shape is used while building because its fields are concrete; it is a valid input. */
export type Draft = CandidateProfile;

export interface Person {
  origin: Origin;
  given: string;
  family: string;
  fullName: string;
  country: Country;
  city: City;
}

export interface BuildContext {
  rng: Rng;
  unique: UniqueValues;
  person: Person;
  draft: Draft;
  resumeStyle: ResumeStyle;
  /** Not every applicant's resume text is pasted in; a flag about the resume forces it. */
  includeResume: boolean;
  degree: string;
  graduationYear: number;
  notes: string[];
}

export function makePerson(
  rng: Rng,
  unique: UniqueValues,
  origin: Origin,
  family?: string,
  home?: string,
): Person {
  const pool = NAMES[origin];
  let given = "";
  let familyName = "";
  const fullName = unique.claim("name", () => {
    given = rng.pick(pool.given);
    familyName = family ?? rng.pick(pool.family);
    return `${given} ${familyName}`;
  });
  const country = COUNTRIES[home ?? rng.pick(pool.homes)];
  if (!country) throw new Error(`no country data for ${origin}`);
  return { origin, given, family: familyName, fullName, country, city: rng.pick(country.cities) };
}

/**
 * A colleague's name from any origin: references are whoever the candidate worked with. Unique,
 * because one referee vouching for two applicants is itself a reuse signal.
 */
export function colleagueName(rng: Rng, unique: UniqueValues): string {
  return unique.claim("referee", () => {
    const pool = NAMES[rng.pick(ORIGINS)];
    return `${rng.pick(pool.given)} ${rng.pick(pool.family)}`;
  });
}

const YEARS: Record<Seniority, [number, number]> = {
  junior: [1, 2],
  mid: [3, 6],
  senior: [6, 11],
  lead: [9, 16],
};
const RATE: Record<Seniority, [number, number]> = {
  junior: [28, 45],
  mid: [45, 75],
  senior: [70, 115],
  lead: [95, 150],
};
const STEP_DOWN: Record<Seniority, Seniority> = {
  junior: "junior",
  mid: "junior",
  senior: "mid",
  lead: "senior",
};

export function makeEmployer(rng: Rng, unique: UniqueValues, country: string): string {
  const { first, second } = employerParts();
  return unique.claim(
    "employer",
    () => `${rng.pick(first)} ${rng.pick(second)} ${rng.pick(legalSuffixes(country))}`,
  );
}

export function employerDomain(employer: string): string {
  return `${slug(employer.split(" ").slice(0, 2).join(""))}.com`;
}

function makeHistory(
  rng: Rng,
  unique: UniqueValues,
  role: Role,
  seniority: Seniority,
  country: string,
): WorkHistoryEntry[] {
  const [minYears, maxYears] = YEARS[seniority];
  let remaining = rng.int(minYears * 12, maxYears * 12);
  const entries: WorkHistoryEntry[] = [];
  let end: number | undefined = rng.chance(0.8) ? undefined : NOW_MONTH - rng.int(1, 4);
  let level = seniority;
  while (remaining > 0 && entries.length < 5) {
    const length = Math.min(remaining, rng.int(12, 42));
    const last = end ?? NOW_MONTH;
    const start = last - length;
    const current = entries.length === 0;
    entries.push({
      employer: makeEmployer(rng, unique, rng.chance(0.85) ? country : "US"),
      title: titleFor(role, level, rng.int(0, 2)),
      startDate: isoFromMonth(start, rng.int(1, 28)),
      endDate: end === undefined ? undefined : isoFromMonth(end, 28),
      // The current employer is often not called before an offer; earlier ones mostly were.
      verification: current
        ? rng.chance(0.5)
          ? "verified"
          : "not_checked"
        : rng.chance(0.7)
          ? "verified"
          : "not_checked",
    });
    remaining -= length;
    end = start - rng.int(0, 3);
    if (rng.chance(0.6)) level = STEP_DOWN[level];
  }
  return entries;
}

function makeReferences(
  rng: Rng,
  unique: UniqueValues,
  history: readonly WorkHistoryEntry[],
  person: Person,
): Reference[] {
  const count = Math.min(history.length, rng.int(0, 3));
  return history.slice(0, count).map((job) => {
    const name = colleagueName(rng, unique);
    const [first = "ref", last = "contact"] = name.split(" ");
    return {
      name,
      email: unique.claim(
        "email",
        () =>
          `${slug(first)}.${slug(last)}${rng.chance(0.3) ? rng.int(1, 9) : ""}@${employerDomain(job.employer)}`,
      ),
      phone: rng.chance(0.6)
        ? phoneFor(rng, unique, person.country.mobile, rng.pick(person.country.cities))
        : undefined,
      status: rng.chance(0.7) ? "reached" : "not_contacted",
    };
  });
}

function makeOnlineProfiles(
  rng: Rng,
  unique: UniqueValues,
  person: Person,
  role: Role,
  careerStart: number,
): OnlineProfile[] {
  const out: OnlineProfile[] = [];
  const g = slug(person.given);
  const f = slug(person.family);
  if (rng.chance(0.85)) {
    out.push({
      kind: "linkedin",
      url: unique.claim("url", () => `https://www.linkedin.com/in/${g}-${f}-${rng.hex(rng.int(4, 8))}`),
      createdOn: rng.chance(0.8) ? isoFromMonth(careerStart - rng.int(0, 36), rng.int(1, 28)) : undefined,
      connections: rng.chance(0.85) ? rng.int(140, 1800) : undefined,
    });
  }
  if (role !== "data_scientist" && role !== "security_engineer" ? rng.chance(0.6) : rng.chance(0.3)) {
    out.push({
      kind: "github",
      url: unique.claim(
        "url",
        () =>
          `https://github.com/${rng.pick([`${g}${f}`, `${g}-${f}`, `${g[0] ?? "x"}${f}`, `${f}${g}`])}${rng.chance(0.5) ? rng.int(1, 99) : ""}`,
      ),
      createdOn: rng.chance(0.7) ? isoFromMonth(careerStart - rng.int(-12, 48), rng.int(1, 28)) : undefined,
      connections: rng.chance(0.4) ? rng.int(3, 400) : undefined,
    });
  }
  if (rng.chance(0.12)) {
    out.push({
      kind: "freelance",
      url: unique.claim("url", () => `https://www.upwork.com/freelancers/~01${rng.hex(16)}`),
      createdOn: rng.chance(0.6) ? isoFromMonth(careerStart + rng.int(0, 40), rng.int(1, 28)) : undefined,
      connections: undefined,
    });
  }
  return out;
}

const NEUTRAL_NOTES = [
  "Applied through the careers page.",
  "Referred by a current employee on the platform team.",
  "Sourced by the recruiter on LinkedIn.",
  "Second-round interview with the hiring manager; good discussion of past projects.",
  "Take-home exercise submitted on time; reviewer liked the tests.",
  "Prefers a start date in about four weeks.",
  "Came through an agency we have used before.",
  "Asked good questions about the on-call rota.",
];

/** A value the recruiter recorded as "checked, nothing found", or left unrecorded. */
const checked = (rng: Rng, thoroughness: number): boolean | null => (rng.chance(thoroughness) ? false : null);

export function makeBaseContext(
  rng: Rng,
  unique: UniqueValues,
  person: Person,
  externalId: string,
  level?: Seniority,
): BuildContext {
  const role = rng.pick(ROLES);
  const seniority = level ?? rng.pick(SENIORITIES);
  const history = makeHistory(rng, unique, role, seniority, person.country.code);
  const careerStart = monthOf(history[history.length - 1]?.startDate ?? REFERENCE_DATE);
  const thoroughness = rng.pick([0.35, 0.6, 0.85, 1]);
  const [lo, hi] = RATE[seniority];
  const rate = cents(rng.int(lo, hi) * (COST_TIER[person.country.code] ?? 0.6) + rng.pick([0, 0, 0.5]));
  const hours = utcHours(rng.int(7, 10), rng.int(16, 19), person.city.offset);
  const residence = rng.chance(0.85) ? addressIn(rng, unique, person.country, person.city) : undefined;
  const method = rng.chance(0.65) ? "bank" : "payment_platform";
  const draft: Draft = {
    externalId,
    fullName: person.fullName,
    email: emailFor(rng, unique, person.given, person.family),
    phone: phoneFor(rng, unique, person.country.mobile, person.city),
    phoneType: rng.pick(["mobile", "mobile", "mobile", "mobile", "unknown"] as const),
    claimedCountry: person.country.code,
    claimedCity: rng.chance(0.9) ? person.city.name : undefined,
    timezone: person.city.zone,
    role,
    seniority,
    requestedRate: rate,
    skills: rng.sample(ROLE_SKILLS[role], rng.int(5, 11)),
    workHistory: history,
    references: [],
    onlineProfiles: makeOnlineProfiles(rng, unique, person, role, careerStart),
    educationVerification: rng.chance(0.5) ? "verified" : "not_checked",
    documentCheck: rng.chance(0.6) ? "consistent" : "not_checked",
    paymentMethod: method,
    paymentAccountInOwnName: rng.chance(thoroughness) ? true : null,
    paymentAccountCountry: rng.chance(0.6) ? person.country.code : undefined,
    paymentAccountCount: rng.chance(0.5) ? 1 : undefined,
    paymentDetailChanges: rng.chance(0.4) ? 0 : undefined,
    cryptoWallet: undefined,
    bankAccount:
      method === "bank" && rng.chance(0.7) ? bankAccountFor(rng, unique, person.country.code) : undefined,
    videoCallOutcome: rng.chance(0.88) ? "completed" : "not_attempted",
    videoCallReschedules: rng.chance(0.5) ? 0 : undefined,
    faceSwapSuspected: checked(rng, thoroughness),
    refusesCameraOnboarding: checked(rng, thoroughness),
    messagingAppsOnly: checked(rng, thoroughness),
    activeHoursStartUtc: undefined,
    activeHoursEndUtc: undefined,
    residenceAddress: residence,
    shippingAddress: residence && rng.chance(0.45) ? residence : undefined,
    requestsOwnDevice: checked(rng, thoroughness),
    requestsRemoteAccessTools: checked(rng, thoroughness),
    vpnOrHostingIpObserved: checked(rng, thoroughness),
    observedIpCountry: rng.chance(0.6) ? person.country.code : undefined,
    differentPersonOnCalls: checked(rng, thoroughness),
    thirdPartyOnCalls: checked(rng, thoroughness),
    codingTestIrregularities: checked(rng, thoroughness),
    scriptedAnswers: checked(rng, thoroughness),
    avoidsInPersonOrDrugTest: checked(rng, thoroughness),
    resumeText: undefined,
    notes: undefined,
  };
  if (rng.chance(0.75)) {
    draft.activeHoursStartUtc = hours.start;
    draft.activeHoursEndUtc = hours.end;
  }
  draft.references = makeReferences(rng, unique, history, person);
  const graduationYear = Math.floor(careerStart / 12) - rng.int(0, 1);
  return {
    rng,
    unique,
    person,
    draft,
    resumeStyle: "own",
    includeResume: rng.chance(0.8),
    degree: rng.pick(DEGREES),
    graduationYear,
    notes: rng.chance(0.5) ? [rng.pick(NEUTRAL_NOTES)] : [],
  };
}
