import { avoidsInPerson } from "./rules/avoids-in-person";
import { codingTestIrregularities } from "./rules/coding-test-irregularities";
import { differentPersonOnCalls } from "./rules/different-person-on-calls";
import { documentInconsistent } from "./rules/document-inconsistent";
import { educationUnverified } from "./rules/education-unverified";
import { employmentTimeline } from "./rules/employment-timeline";
import { employmentUnverified } from "./rules/employment-unverified";
import { faceSwapSuspected } from "./rules/face-swap-suspected";
import { identityReuse } from "./rules/identity-reuse";
import { ipCountryMismatch } from "./rules/ip-country-mismatch";
import { laptopReshipping } from "./rules/laptop-reshipping";
import { listedIdentifier } from "./rules/listed-identifier";
import { messagingAppsOnly } from "./rules/messaging-apps-only";
import { offHoursActivity } from "./rules/off-hours-activity";
import { onlinePresenceThin } from "./rules/online-presence-thin";
import { ownDeviceRequested } from "./rules/own-device-requested";
import { paymentAccountMismatch } from "./rules/payment-account-mismatch";
import { paymentCrypto } from "./rules/payment-crypto";
import { paymentDetailsChurn } from "./rules/payment-details-churn";
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
  employmentTimeline,
  referencesUnreliable,
  educationUnverified,
  documentInconsistent,
  onlinePresenceThin,
  resumeHistoryMismatch,
  // payment
  paymentCrypto,
  paymentAccountMismatch,
  paymentDetailsChurn,
  paymentThirdParty,
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
  ownDeviceRequested,
  remoteAccessTools,
  // location
  vpnOrHostingIp,
  ipCountryMismatch,
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
  codingTestIrregularities,
  scriptedAnswers,
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
