import type { Seniority } from "@/lib/schemas/candidate";
import type { BuildContext } from "./base-profile";
import { NOW_MONTH } from "./base-profile";
import type { SourceId } from "./sources";
import { COUNTRIES, TRIP_COUNTRIES } from "./places";
import { NAMES, slug } from "./names";
import { addressIn, cents, isoFromMonth, phoneFor } from "./values";

/**
 * Honest applicants with exactly one thing that looks like a red flag and an innocent reason for
 * it. `flag` uses the fraud vocabulary where the same field carries the same signal, so a bench
 * can compare a flag's detections with its false alarms. `sources` name the advisory the
 * innocent signal resembles. The relative-shares-an-address case needs two profiles and is built
 * in generate.ts.
 */
export interface HonestEdge {
  id: string;
  flag: string;
  sources: readonly SourceId[];
  count: number;
  story: string;
  seniority?: Seniority;
  /** For signals that only look odd from some homes: the home's UTC offset must pass this. */
  homeFits?: (offset: number) => boolean;
  applies?: (ctx: BuildContext) => boolean;
  apply: (ctx: BuildContext) => void;
}

export const RELATIVE_PAIRS = 6;

export const HONEST_EDGES: readonly HonestEdge[] = [
  {
    id: "hotel_wifi_vpn",
    flag: "vpn_seen",
    sources: ["us-2022-05", "fbi-i-012325"],
    count: 12,
    story: "Joined one interview from a hotel whose guest Wi-Fi routes through a VPN provider.",
    apply: ({ draft, notes, person }) => {
      draft.vpnOrHostingIpObserved = true;
      draft.observedIpCountry = person.country.code;
      notes.push(
        "Second interview was from a hotel during a conference; the VPN hit was the hotel's Wi-Fi. Other sessions came from a home ISP.",
      );
    },
  },
  {
    id: "camera_broken_then_completed",
    flag: "video_reschedules",
    sources: ["us-rok-2023-10"],
    count: 12,
    story: "The laptop camera failed on the first call; the rescheduled call was on camera throughout.",
    apply: ({ rng, draft, notes }) => {
      draft.videoCallOutcome = "completed";
      draft.videoCallReschedules = rng.int(1, 2);
      notes.push(
        "First call had no video (laptop camera broke that morning). Rescheduled; the second call was on camera the whole time.",
      );
    },
  },
  {
    id: "defunct_employer",
    flag: "unverifiable_history",
    sources: ["us-2022-05", "fbi-i-012325"],
    count: 12,
    story: "A former employer has closed so it cannot confirm the job; every other job was verified.",
    applies: ({ draft }) => draft.workHistory.length >= 2,
    apply: ({ rng, draft, notes }) => {
      const closed = rng.int(1, draft.workHistory.length - 1);
      draft.workHistory.forEach((w, i) => {
        w.verification = i === closed ? "unverifiable" : "verified";
      });
      notes.push(
        "One past employer was dissolved; no one left to confirm. The other employers confirmed dates and titles.",
      );
    },
  },
  {
    id: "junior_low_rate",
    flag: "low_rate",
    sources: ["us-2022-05"],
    count: 12,
    seniority: "junior",
    story: "A recent graduate asking a modest rate to land a first remote role.",
    apply: ({ rng, draft, notes }) => {
      draft.requestedRate = cents(rng.int(12, 22) + rng.pick([0, 0.5]));
      notes.push("First job after graduating; happy to start at a lower rate.");
    },
  },
  {
    id: "voip_only",
    flag: "voip_phone",
    sources: ["mandiant-unc5267"],
    count: 12,
    story: "Uses an internet phone number since moving and has no mobile contract yet.",
    apply: ({ draft, notes }) => {
      draft.phoneType = "voip";
      notes.push("Only has an internet (VoIP) number for now; answered it every time we called.");
    },
  },
  {
    id: "contractor_own_device",
    flag: "requests_own_device",
    sources: ["mandiant-unc5267", "gtig-2025-04"],
    count: 12,
    story: "An independent contractor who works on their own managed laptop, as the contract allows.",
    apply: ({ draft, notes }) => {
      draft.requestsOwnDevice = true;
      notes.push(
        "Contractor engagement: our policy lets contractors use their own device with the MDM profile installed.",
      );
    },
  },
  {
    id: "new_linkedin_verified",
    flag: "new_profile_thin",
    sources: ["us-rok-2023-10", "mandiant-unc5267"],
    count: 12,
    story:
      "Made a new LinkedIn account this year after leaving the old one; every employer confirmed the history.",
    apply: ({ rng, unique, draft, person, notes }) => {
      const recent = isoFromMonth(NOW_MONTH - rng.int(1, 6), rng.int(1, 28));
      draft.onlineProfiles = draft.onlineProfiles.filter((p) => p.kind !== "linkedin");
      draft.onlineProfiles.unshift({
        kind: "linkedin",
        createdOn: recent,
        connections: rng.int(8, 60),
        url: unique.claim(
          "url",
          () => `https://www.linkedin.com/in/${slug(person.given)}${slug(person.family)}${rng.int(1, 999)}`,
        ),
      });
      for (const w of draft.workHistory) w.verification = "verified";
      draft.educationVerification = "verified";
      notes.push("Closed the old LinkedIn account after harassment and started a new one.");
    },
  },
  {
    id: "business_trip_abroad",
    flag: "ip_country_mismatch",
    sources: ["us-2022-05", "fbi-i-012325"],
    count: 12,
    story: "Took the online assessment once from abroad during a business trip.",
    apply: ({ rng, draft, person, notes }) => {
      const where = rng.pick(TRIP_COUNTRIES.filter((c) => c !== person.country.code));
      draft.observedIpCountry = where;
      draft.vpnOrHostingIpObserved = false;
      notes.push(
        `Did the coding assessment from a hotel in ${COUNTRIES[where]?.name ?? where} on a work trip; all other logins were from home.`,
      );
    },
  },
  {
    id: "template_resume",
    flag: "boilerplate_resume",
    sources: ["us-2022-05", "mandiant-unc5267"],
    count: 12,
    story:
      "Wrote the resume in a popular online template, boilerplate phrases included; the history checks out.",
    apply: (ctx) => {
      ctx.resumeStyle = "template";
      ctx.includeResume = true;
    },
  },
  {
    id: "ship_to_relative",
    flag: "shipping_address_differs",
    sources: ["us-rok-2023-10", "fbi-i-051624"],
    count: 6,
    story: "Moving house next month, so asked for the laptop to go to a parent's address in another city.",
    apply: ({ rng, unique, draft, person, notes }) => {
      if (!draft.residenceAddress)
        draft.residenceAddress = addressIn(rng, unique, person.country, person.city);
      draft.shippingAddress = addressIn(rng, unique, person.country, rng.pick(person.country.cities));
      notes.push(
        `Moving at the end of the month; asked us to ship the laptop to their parents (same family name, ${person.family}).`,
      );
    },
  },
  {
    id: "home_country_phone",
    flag: "phone_country_mismatch",
    sources: ["us-2022-05"],
    count: 6,
    story: "Moved abroad for work and kept the mobile number from home.",
    apply: ({ rng, unique, draft, person, notes }) => {
      const homes = NAMES[person.origin].homes.filter((c) => c !== person.country.code);
      const home =
        COUNTRIES[homes.length > 0 ? rng.pick(homes) : person.country.code === "GB" ? "IE" : "GB"] ??
        COUNTRIES.GB;
      if (home) draft.phone = phoneFor(rng, unique, home.mobile, rng.pick(home.cities));
      notes.push("Relocated two years ago and still uses the number from home (WhatsApp works on it).");
    },
  },
  {
    id: "payment_platform_abroad",
    flag: "payment_account_foreign",
    sources: ["us-2022-05"],
    count: 6,
    story: "A freelancer paid through a payment platform whose account is held in another country.",
    apply: ({ rng, draft, person, notes }) => {
      draft.paymentMethod = "payment_platform";
      draft.bankAccount = undefined;
      draft.paymentAccountInOwnName = true;
      draft.paymentAccountCountry = rng.pick(
        ["BE", "GB", "US", "EE"].filter((c) => c !== person.country.code),
      );
      notes.push("Paid through a multi-currency platform account registered in the platform's home country.");
    },
  },
  {
    id: "reference_on_leave",
    flag: "references_unreachable",
    sources: ["fbi-i-012325"],
    count: 6,
    story: "One referee is on parental leave and did not answer; the others confirmed.",
    applies: ({ draft }) => draft.references.length >= 2,
    apply: ({ rng, draft, notes }) => {
      const away = rng.int(0, draft.references.length - 1);
      draft.references.forEach((r, i) => {
        r.status = i === away ? "unreachable" : "reached";
      });
      notes.push("One referee is on leave; the rest confirmed the candidate's role and dates.");
    },
  },
  {
    id: "rural_bandwidth_camera_off",
    flag: "camera_off",
    sources: ["us-rok-2023-10"],
    count: 6,
    story:
      "On a weak rural connection, so the camera was off in the interview; documents and references all check out.",
    apply: ({ draft, notes }) => {
      draft.videoCallOutcome = "camera_off";
      draft.documentCheck = "consistent";
      draft.avoidsInPersonOrDrugTest = false;
      notes.push(
        "Rural connection kept dropping with video, so we finished with the camera off. Happy to come to the office for onboarding.",
      );
    },
  },
  {
    id: "foreign_degree_unverifiable",
    flag: "education_unverifiable",
    sources: ["us-2022-05", "fbi-i-012325"],
    count: 6,
    story: "The university abroad does not answer verification requests; a diploma copy was provided.",
    apply: ({ draft, notes }) => {
      draft.educationVerification = "unverifiable";
      notes.push(
        "The university does not answer verification requests from abroad; the candidate sent a diploma copy.",
      );
    },
  },
  {
    id: "evening_hours",
    flag: "odd_active_hours",
    sources: ["us-2022-05", "mandiant-unc5267"],
    count: 6,
    story: "A parent who does most of their work late in the evening, after childcare.",
    homeFits: (offset) => offset <= 2,
    apply: ({ rng, draft, person, notes }) => {
      // Local 19:00 to 03:00, converted to UTC.
      const start = (((19 - Math.round(person.city.offset)) % 24) + 24) % 24;
      draft.activeHoursStartUtc = start;
      draft.activeHoursEndUtc = (start + rng.int(7, 8)) % 24;
      notes.push("Prefers to work evenings and nights because of childcare; joins the morning stand-up.");
    },
  },
];
