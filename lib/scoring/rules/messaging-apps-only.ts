// Source: US State/Treasury/FBI guidance 2022-05-16 (communication only through messaging apps).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const messagingAppsOnly = observationRule({
  id: "messaging-apps-only",
  title: "Reachable only through messaging apps",
  family: "communication",
  defaultWeight: 35,
  description:
    "The candidate can be reached only by text on messaging apps and avoids phone or video conversations.",
  source: SOURCES.usGuidance2022,
  field: "messagingAppsOnly",
  reason: "Candidate communicates only through messaging apps",
});
