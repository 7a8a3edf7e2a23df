import { avoidsInPerson } from "./rules/avoids-in-person";
import { codingTestIrregularities } from "./rules/coding-test-irregularities";
import { differentPersonOnCalls } from "./rules/different-person-on-calls";
import { documentInconsistent } from "./rules/document-inconsistent";
import { educationTimeline } from "./rules/education-timeline";
import { educationUnverified } from "./rules/education-unverified";
import { employerRegistry } from "./rules/employer-registry";
import { employmentTimeline } from "./rules/employment-timeline";
import { employmentUnverified } from "./rules/employment-unverified";
import { experienceOverstated } from "./rules/experience-overstated";
import { faceSwapSuspected } from "./rules/face-swap-suspected";
import { identityReuse } from "./rules/identity-reuse";
import { intermediaryAnswering } from "./rules/intermediary-answering";
import { ipCountryMismatch } from "./rules/ip-country-mismatch";
import { ipCountrySpread } from "./rules/ip-country-spread";
import { laptopReshipping } from "./rules/laptop-reshipping";
import { listedIdentifier } from "./rules/listed-identifier";
import { messagingAppsOnly } from "./rules/messaging-apps-only";
import { offHoursActivity } from "./rules/off-hours-activity";
import { onlinePresenceThin } from "./rules/online-presence-thin";
import { onlineProfilesMismatch } from "./rules/online-profiles-mismatch";
import { ownDeviceRequested } from "./rules/own-device-requested";
import { paymentAccountMismatch } from "./rules/payment-account-mismatch";
import { paymentCrypto } from "./rules/payment-crypto";
import { paymentDetailsChurn } from "./rules/payment-details-churn";
import { paymentInAdvance } from "./rules/payment-in-advance";
import { paymentThirdParty } from "./rules/payment-third-party";
import { phoneCountryMismatch } from "./rules/phone-country-mismatch";
import { rateUnderpriced } from "./rules/rate-underpriced";
import { referencesUnreliable } from "./rules/references-unreliable";
import { refusesCameraOnboarding } from "./rules/refuses-camera-onboarding";
import { remoteAccessTools } from "./rules/remote-access-tools";
import { resumeHistoryMismatch } from "./rules/resume-history-mismatch";
import { sanctionsConfirmed } from "./rules/sanctions-confirmed";
import { sanctionsPossible } from "./rules/sanctions-possible";
import { scriptedAnswers } from "./rules/scripted-answers";
import { shippingAddressChanged } from "./rules/shipping-address-changed";
import { stackImplausible } from "./rules/stack-implausible";
import { thirdPartyOnCalls } from "./rules/third-party-on-calls";
import { timezoneCountryMismatch } from "./rules/timezone-country-mismatch";
import { videoCallAvoided } from "./rules/video-call-avoided";
import { videoCallReschedules } from "./rules/video-call-reschedules";
import { voipPhone } from "./rules/voip-phone";
import { vpnOrHostingIp } from "./rules/vpn-or-hosting-ip";
import type { RuleDefinition } from "./types";

/** Every rule, grouped by family in display order. Order also breaks ties between equal points. */
export const RULES: readonly RuleDefinition[] = Object.freeze([
  // background
  employmentUnverified,
  employerRegistry,
  employmentTimeline,
  experienceOverstated,
  referencesUnreliable,
  educationUnverified,
  educationTimeline,
  documentInconsistent,
  onlinePresenceThin,
  onlineProfilesMismatch,
  resumeHistoryMismatch,
  // payment
  paymentCrypto,
  paymentAccountMismatch,
  paymentDetailsChurn,
  paymentThirdParty,
  paymentInAdvance,
  // communication
  videoCallAvoided,
  videoCallReschedules,
  faceSwapSuspected,
  refusesCameraOnboarding,
  avoidsInPerson,
  messagingAppsOnly,
  voipPhone,
  // pricing
  rateUnderpriced,
  stackImplausible,
  // equipment
  laptopReshipping,
  shippingAddressChanged,
  ownDeviceRequested,
  remoteAccessTools,
  // location
  vpnOrHostingIp,
  ipCountryMismatch,
  ipCountrySpread,
  offHoursActivity,
  timezoneCountryMismatch,
  phoneCountryMismatch,
  // identity reuse
  identityReuse,
  // watchlist
  sanctionsConfirmed,
  listedIdentifier,
  sanctionsPossible,
  // interview
  differentPersonOnCalls,
  thirdPartyOnCalls,
  intermediaryAnswering,
  codingTestIrregularities,
  scriptedAnswers,
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
