import type { RuleCase } from "./support";

export const PAYMENT_CASES: RuleCase[] = [
  { rule: "payment-crypto", name: "bank transfer", fired: false },
  { rule: "payment-crypto", name: "asks for crypto", profile: { paymentMethod: "crypto" }, fired: true, strength: 1 },
  { rule: "payment-crypto", name: "wallet supplied with a bank method", profile: { cryptoWallet: "0xabc123" }, fired: true, strength: 0.5 },

  { rule: "payment-account-mismatch", name: "own account at home", fired: false },
  { rule: "payment-account-mismatch", name: "not in own name", profile: { paymentAccountInOwnName: false }, fired: true, strength: 1 },
  { rule: "payment-account-mismatch", name: "bank account abroad", profile: { paymentAccountCountry: "HK" }, fired: true, strength: 0.8 },
  { rule: "payment-account-mismatch", name: "platform account abroad counts less", profile: { paymentMethod: "payment_platform", paymentAccountCountry: "GB" }, fired: true, strength: 0.4 },
  { rule: "payment-account-mismatch", name: "both", profile: { paymentAccountInOwnName: false, paymentAccountCountry: "HK" }, fired: true, strength: 1 },
  { rule: "payment-account-mismatch", name: "nothing recorded", profile: { paymentAccountInOwnName: null, paymentAccountCountry: undefined }, fired: false, missing: ["paymentAccountInOwnName", "paymentAccountCountry"] },
  { rule: "payment-account-mismatch", name: "name not recorded", profile: { paymentAccountInOwnName: null }, fired: false, missing: ["paymentAccountInOwnName"] },
  { rule: "payment-account-mismatch", name: "country not recorded", profile: { paymentAccountCountry: undefined }, fired: false, missing: ["paymentAccountCountry"] },
  { rule: "payment-account-mismatch", name: "fires on one part even if the other is missing", profile: { paymentAccountInOwnName: null, paymentAccountCountry: "CN" }, fired: true, strength: 0.8 },

  { rule: "payment-details-churn", name: "one account, no changes", fired: false },
  { rule: "payment-details-churn", name: "one change is ordinary", profile: { paymentDetailChanges: 1 }, fired: false },
  { rule: "payment-details-churn", name: "two accounts", profile: { paymentAccountCount: 2 }, fired: true, strength: 0.5 },
  { rule: "payment-details-churn", name: "three accounts", profile: { paymentAccountCount: 3 }, fired: true, strength: 0.85 },
  { rule: "payment-details-churn", name: "two changes", profile: { paymentDetailChanges: 2 }, fired: true, strength: 0.85 },
  { rule: "payment-details-churn", name: "three changes", profile: { paymentDetailChanges: 3 }, fired: true, strength: 1 },
  { rule: "payment-details-churn", name: "five accounts", profile: { paymentAccountCount: 5 }, fired: true, strength: 1 },
  { rule: "payment-details-churn", name: "nothing recorded", profile: { paymentAccountCount: undefined, paymentDetailChanges: undefined }, fired: false, missing: ["paymentAccountCount", "paymentDetailChanges"] },
  { rule: "payment-details-churn", name: "changes not recorded", profile: { paymentDetailChanges: undefined }, fired: false, missing: ["paymentDetailChanges"] },

  { rule: "payment-third-party", name: "bank", fired: false },
  { rule: "payment-third-party", name: "payment platform is fine", profile: { paymentMethod: "payment_platform" }, fired: false },
  { rule: "payment-third-party", name: "third party", profile: { paymentMethod: "third_party" }, fired: true, strength: 1 },
];

export const COMMUNICATION_CASES: RuleCase[] = [
  { rule: "video-call-avoided", name: "completed", fired: false },
  { rule: "video-call-avoided", name: "declined", profile: { videoCallOutcome: "declined" }, fired: true, strength: 1 },
  { rule: "video-call-avoided", name: "camera off", profile: { videoCallOutcome: "camera_off" }, fired: true, strength: 0.9 },
  { rule: "video-call-avoided", name: "not attempted yet", profile: { videoCallOutcome: "not_attempted" }, fired: false, missing: ["videoCallOutcome"] },

  { rule: "video-call-reschedules", name: "none", fired: false },
  { rule: "video-call-reschedules", name: "one", profile: { videoCallReschedules: 1 }, fired: false },
  { rule: "video-call-reschedules", name: "two", profile: { videoCallReschedules: 2 }, fired: true, strength: 0.85 },
  { rule: "video-call-reschedules", name: "three", profile: { videoCallReschedules: 3 }, fired: true, strength: 1 },
  { rule: "video-call-reschedules", name: "six", profile: { videoCallReschedules: 6 }, fired: true, strength: 1 },
  { rule: "video-call-reschedules", name: "not recorded", profile: { videoCallReschedules: undefined }, fired: false, missing: ["videoCallReschedules"] },

  { rule: "face-swap-suspected", name: "no", fired: false },
  { rule: "face-swap-suspected", name: "yes", profile: { faceSwapSuspected: true }, fired: true, strength: 1 },
  { rule: "face-swap-suspected", name: "not recorded", profile: { faceSwapSuspected: null }, fired: false, missing: ["faceSwapSuspected"] },

  { rule: "refuses-camera-onboarding", name: "no", fired: false },
  { rule: "refuses-camera-onboarding", name: "yes", profile: { refusesCameraOnboarding: true }, fired: true, strength: 1 },
  { rule: "refuses-camera-onboarding", name: "not recorded", profile: { refusesCameraOnboarding: null }, fired: false, missing: ["refusesCameraOnboarding"] },

  { rule: "messaging-apps-only", name: "no", fired: false },
  { rule: "messaging-apps-only", name: "yes", profile: { messagingAppsOnly: true }, fired: true, strength: 1 },
  { rule: "messaging-apps-only", name: "not recorded", profile: { messagingAppsOnly: null }, fired: false, missing: ["messagingAppsOnly"] },

  // Chicago is UTC-5 on 2025-06-01 (daylight saving) and UTC-6 in January.
  { rule: "off-hours-activity", name: "office hours in Chicago", fired: false },
  { rule: "off-hours-activity", name: "Pyongyang office hours claimed as Chicago", profile: { activeHoursStartUtc: 0, activeHoursEndUtc: 9 }, fired: true, strength: 0.978 },
  { rule: "off-hours-activity", name: "entirely at night", profile: { activeHoursStartUtc: 4, activeHoursEndUtc: 11 }, fired: true, strength: 1 },
  { rule: "off-hours-activity", name: "evening worker, partly at night", profile: { activeHoursStartUtc: 23, activeHoursEndUtc: 7 }, fired: true, strength: 0.888 },
  { rule: "off-hours-activity", name: "late but not night", profile: { activeHoursStartUtc: 18, activeHoursEndUtc: 3 }, fired: false },
  { rule: "off-hours-activity", name: "same hours are daytime in Seoul", profile: { timezone: "Asia/Seoul", activeHoursStartUtc: 0, activeHoursEndUtc: 9 }, fired: false },
  { rule: "off-hours-activity", name: "early start in summer", profile: { activeHoursStartUtc: 10, activeHoursEndUtc: 13 }, fired: true, strength: 0.867 },
  { rule: "off-hours-activity", name: "same window in winter is an hour earlier", profile: { activeHoursStartUtc: 10, activeHoursEndUtc: 13 }, ctx: { now: "2025-01-15" }, fired: true, strength: 1 },
  { rule: "off-hours-activity", name: "half-hour zones", profile: { timezone: "Asia/Kolkata", activeHoursStartUtc: 3, activeHoursEndUtc: 12 }, fired: false },
  { rule: "off-hours-activity", name: "not recorded", profile: { activeHoursStartUtc: undefined, activeHoursEndUtc: undefined }, fired: false, missing: ["activeHoursStartUtc", "activeHoursEndUtc"] },

  { rule: "voip-phone", name: "mobile", fired: false },
  { rule: "voip-phone", name: "landline", profile: { phoneType: "landline" }, fired: false },
  { rule: "voip-phone", name: "voip", profile: { phoneType: "voip" }, fired: true, strength: 1 },
  { rule: "voip-phone", name: "unknown", profile: { phoneType: "unknown" }, fired: false, missing: ["phoneType"] },
];
