import type { FraudFlag } from "./flag-types";
import { OPERATING_COUNTRIES } from "./places";
import { ALL_SKILLS, ROLE_SKILLS } from "./employers";
import { COST_TIER, addressIn, cents } from "./values";

/** Communication/video, location/network/device and pricing/skills signals, in the order they are applied. */
export const COMMUNICATION_LOCATION_SKILL_FLAGS: readonly FraudFlag[] = [
  {
    id: "camera_off",
    family: "communication",
    strength: "moderate",
    sources: ["us-2022-05", "us-rok-2023-10", "uk-ofsi-2024-09"],
    excludes: ["video_declined", "face_swap_suspected", "different_person_on_calls"],
    note: "Camera stayed off for the whole interview; said the webcam had stopped working.",
    apply: ({ draft }) => {
      draft.videoCallOutcome = "camera_off";
    },
  },
  {
    id: "video_declined",
    family: "communication",
    strength: "strong",
    sources: ["us-2022-05", "us-rok-2023-10", "jp-2024-03"],
    excludes: ["camera_off", "face_swap_suspected", "different_person_on_calls"],
    note: "Declined a video interview and offered a voice call or chat instead.",
    apply: ({ draft }) => {
      draft.videoCallOutcome = "declined";
    },
  },
  {
    id: "video_reschedules",
    family: "communication",
    strength: "moderate",
    sources: ["us-rok-2023-10", "fbi-i-012325"],
    apply: ({ rng, draft }) => {
      draft.videoCallReschedules = rng.int(3, 6);
    },
  },
  {
    id: "face_swap_suspected",
    family: "communication",
    strength: "strong",
    sources: ["fbi-i-012325", "msft-jasper-sleet", "gtig-2025-04"],
    excludes: ["camera_off", "video_declined"],
    note: "The face blurred and lagged when the candidate moved a hand in front of it.",
    apply: ({ draft }) => {
      draft.videoCallOutcome = "completed";
      draft.faceSwapSuspected = true;
    },
  },
  {
    id: "refuses_camera_onboarding",
    family: "communication",
    strength: "moderate",
    sources: ["us-rok-2023-10", "mandiant-unc5267"],
    apply: ({ draft }) => {
      draft.refusesCameraOnboarding = true;
    },
  },
  {
    id: "messaging_apps_only",
    family: "communication",
    strength: "moderate",
    sources: ["us-2022-05", "msft-jasper-sleet"],
    note: "Only answers on Telegram or WhatsApp; never picks up a phone call.",
    apply: ({ draft }) => {
      draft.messagingAppsOnly = true;
    },
  },
  {
    id: "third_party_on_calls",
    family: "communication",
    strength: "moderate",
    sources: ["fbi-i-051624", "mandiant-unc5267"],
    apply: ({ draft }) => {
      draft.thirdPartyOnCalls = true;
    },
  },
  {
    id: "voip_phone",
    family: "communication",
    strength: "moderate",
    sources: ["mandiant-unc5267", "msft-jasper-sleet"],
    apply: ({ draft }) => {
      draft.phoneType = "voip";
    },
  },
  {
    id: "vpn_seen",
    family: "location",
    strength: "moderate",
    sources: ["us-2022-05", "fbi-i-012325", "mandiant-unc5267"],
    apply: ({ draft }) => {
      draft.vpnOrHostingIpObserved = true;
    },
  },
  {
    id: "ip_country_mismatch",
    family: "location",
    strength: "strong",
    sources: ["us-2022-05", "fbi-i-012325", "uk-ofsi-2024-09"],
    apply: ({ rng, person, draft }) => {
      const options = ["CN", "CN", "CN", "RU", "RU", "LA", "HK", "MY", "NG"].filter(
        (c) => c !== person.country.code,
      );
      draft.observedIpCountry = rng.pick(options);
    },
  },
  {
    id: "timezone_mismatch",
    family: "location",
    strength: "moderate",
    sources: ["us-2022-05", "mandiant-unc5267"],
    // A China, Russia or Laos zone only contradicts a claimed home well away from East Asia.
    applies: ({ person }) => person.city.offset <= 5.5,
    apply: ({ rng, draft }) => {
      draft.timezone = rng.pick(Object.values(OPERATING_COUNTRIES)).zone;
    },
  },
  {
    id: "odd_active_hours",
    family: "location",
    strength: "moderate",
    sources: ["us-2022-05", "mandiant-unc5267"],
    // Online 00-10 UTC is a working day in Pyongyang and the middle of the night from the Americas to Europe.
    applies: ({ person }) => person.city.offset <= 2,
    apply: ({ rng, draft }) => {
      draft.activeHoursStartUtc = rng.int(23, 24) % 24;
      draft.activeHoursEndUtc = rng.int(8, 10);
    },
  },
  {
    id: "shipping_address_differs",
    family: "location",
    strength: "moderate",
    sources: ["us-rok-2023-10", "fbi-i-051624", "doj-2024-05", "doj-2025-06"],
    note: "Asked for the laptop to go to a friend's address while they are 'between apartments'.",
    apply: ({ rng, unique, person, draft }) => {
      if (!draft.residenceAddress)
        draft.residenceAddress = addressIn(rng, unique, person.country, person.city);
      // Laptop farms are in the claimed country, usually in another town.
      draft.shippingAddress = addressIn(rng, unique, person.country, rng.pick(person.country.cities));
    },
  },
  {
    id: "requests_own_device",
    family: "location",
    strength: "moderate",
    sources: ["mandiant-unc5267", "gtig-2025-04"],
    note: "Asked to work on their own laptop instead of a company one.",
    apply: ({ draft }) => {
      draft.requestsOwnDevice = true;
    },
  },
  {
    id: "remote_access_tools",
    family: "location",
    strength: "strong",
    sources: ["us-2022-05", "fbi-i-051624", "doj-2024-05", "mandiant-unc5267"],
    apply: ({ draft }) => {
      draft.requestsRemoteAccessTools = true;
    },
  },
  {
    id: "low_rate_senior",
    family: "skills",
    strength: "moderate",
    sources: ["us-2022-05", "mandiant-unc5267"],
    applies: ({ draft }) => draft.seniority === "senior" || draft.seniority === "lead",
    apply: ({ rng, person, draft }) => {
      const floor = (draft.seniority === "lead" ? 95 : 70) * (COST_TIER[person.country.code] ?? 0.6);
      draft.requestedRate = cents(Math.max(8, Math.round(floor * (0.3 + rng.next() * 0.25))));
    },
  },
  {
    id: "skills_sprawl",
    family: "skills",
    strength: "moderate",
    sources: ["us-2022-05", "mandiant-unc5267"],
    apply: ({ rng, draft }) => {
      draft.skills = [...new Set([...ROLE_SKILLS[draft.role], ...rng.sample(ALL_SKILLS, rng.int(26, 40))])];
    },
  },
  {
    id: "coding_test_irregularities",
    family: "skills",
    strength: "moderate",
    sources: ["us-rok-2023-10", "gtig-2025-04"],
    apply: ({ draft }) => {
      draft.codingTestIrregularities = true;
    },
  },
  {
    id: "scripted_answers",
    family: "skills",
    strength: "moderate",
    sources: ["us-rok-2023-10", "msft-jasper-sleet"],
    apply: ({ draft }) => {
      draft.scriptedAnswers = true;
    },
  },
];
