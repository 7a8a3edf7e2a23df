// Source: FBI PSA 2024-05-16 (requests to use personal devices instead of company laptops).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const ownDeviceRequested = observationRule({
  id: "own-device-requested",
  title: "Asks to work on own device",
  family: "equipment",
  defaultWeight: 25,
  description:
    "The candidate asks to use a personal computer instead of the company laptop. Common among honest contractors too, so it counts for little on its own.",
  source: SOURCES.fbiPsa2024,
  field: "requestsOwnDevice",
  reason: "Candidate asked to use a personal device rather than a company laptop",
});
