// Source: FBI/ROK PSA 2023-10-18 (unwillingness to appear on camera or in video meetings).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const refusesCameraOnboarding = observationRule({
  id: "refuses-camera-onboarding",
  title: "Refuses camera-on onboarding",
  family: "communication",
  defaultWeight: 45,
  description:
    "The candidate will not turn the camera on for identity verification or onboarding, even when told it is a condition of the job.",
  source: SOURCES.fbiPsa2023,
  field: "refusesCameraOnboarding",
  reason: "Candidate refused to appear on camera for onboarding or identity checks",
});
