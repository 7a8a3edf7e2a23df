// Source: FBI PSA 2024-05-16 (remote desktop software installed on company laptops by facilitators).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const remoteAccessTools = observationRule({
  id: "remote-access-tools",
  title: "Wants remote-access tools on the work laptop",
  family: "equipment",
  defaultWeight: 45,
  description:
    "The candidate asks to install remote desktop or remote-access software (AnyDesk, TeamViewer, RDP and similar) on the company machine.",
  source: SOURCES.fbiPsa2024,
  field: "requestsRemoteAccessTools",
  reason: "Candidate asked to install remote-access software on the work device",
});
