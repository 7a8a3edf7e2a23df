import type { CaseOutcome } from "./policy";

/**
 * Decision reason codes. A code that clears or dismisses names the red flags it answers: the
 * decision is only accepted when at least one of those rules fired on the candidate, so a
 * reason is always tied to the evidence it addresses.
 */
export interface ReasonCode {
  code: string;
  outcome: CaseOutcome;
  label: string;
  /** Rule ids this finding answers; empty for codes that apply to any case. */
  dismisses: readonly string[];
}

export const REASON_CODES: readonly ReasonCode[] = [
  {
    code: "employment_verified_by_phone",
    outcome: "cleared",
    label: "Verified employment by phone with the employers",
    dismisses: ["employment-unverified", "employment-timeline", "references-unreliable"],
  },
  {
    code: "identity_verified_in_person",
    outcome: "cleared",
    label: "Identity verified in person or on a live camera-on call",
    dismisses: [
      "video-call-avoided",
      "video-call-reschedules",
      "face-swap-suspected",
      "refuses-camera-onboarding",
      "different-person-on-calls",
      "document-inconsistent",
      "third-party-on-calls",
    ],
  },
  {
    code: "payment_in_own_name_confirmed",
    outcome: "cleared",
    label: "Payment to an account in the candidate's own name confirmed",
    dismisses: ["payment-crypto", "payment-account-mismatch", "payment-details-churn", "payment-third-party"],
  },
  {
    code: "location_confirmed",
    outcome: "cleared",
    label: "Location and equipment address confirmed",
    dismisses: [
      "ip-country-mismatch",
      "vpn-or-hosting-ip",
      "off-hours-activity",
      "laptop-reshipping",
      "voip-phone",
      "messaging-apps-only",
    ],
  },
  {
    code: "rate_and_skills_explained",
    outcome: "cleared",
    label: "Rate and skill set explained credibly",
    dismisses: ["rate-underpriced", "stack-implausible"],
  },
  {
    code: "shared_details_explained",
    outcome: "cleared",
    label: "Shared contact details explained (e.g. household, agency)",
    dismisses: ["identity-reuse"],
  },
  {
    code: "watchlist_false_positive",
    outcome: "cleared",
    label: "Watchlist match reviewed: a different person",
    dismisses: ["sanctions-possible"],
  },
  {
    code: "fraud_indicators_confirmed",
    outcome: "rejected",
    label: "Fraud indicators confirmed",
    dismisses: [],
  },
  {
    code: "identity_not_established",
    outcome: "rejected",
    label: "Identity could not be established",
    dismisses: [],
  },
  {
    code: "sanctions_match_confirmed",
    outcome: "rejected",
    label: "Sanctions-list match confirmed",
    dismisses: [],
  },
  {
    code: "needs_legal_review",
    outcome: "escalated",
    label: "Needs legal or compliance review",
    dismisses: [],
  },
  {
    code: "possible_insider_threat",
    outcome: "escalated",
    label: "Possible insider threat: escalate to the security team",
    dismisses: [],
  },
  { code: "reported_to_fbi_ic3", outcome: "reported", label: "Reported to the FBI (IC3)", dismisses: [] },
  {
    code: "reported_to_ofsi_or_ofac",
    outcome: "reported",
    label: "Reported to the sanctions authority (OFAC / OFSI)",
    dismisses: [],
  },
];

export function reasonCode(code: string): ReasonCode | undefined {
  return REASON_CODES.find((r) => r.code === code);
}

/** Why a reason code cannot be used for this decision, or null when it can. */
export function reasonCodeProblem(
  code: string,
  outcome: CaseOutcome,
  firedRuleIds: readonly string[],
): string | null {
  const rc = reasonCode(code);
  if (!rc) return "Choose a reason code";
  if (rc.outcome !== outcome)
    return `“${rc.label}” is a reason to mark the case ${rc.outcome}, not ${outcome}`;
  if (rc.dismisses.length > 0 && !rc.dismisses.some((id) => firedRuleIds.includes(id))) {
    return `“${rc.label}” answers red flags that did not fire on this candidate`;
  }
  return null;
}
