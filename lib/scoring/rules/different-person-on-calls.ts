// Source: FBI/ROK PSA 2023-10-18 (inconsistencies in appearance between video calls).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const differentPersonOnCalls = observationRule({
  id: "different-person-on-calls",
  title: "A different person appeared on later calls",
  family: "interview",
  defaultWeight: 60,
  description: "The person on a later call did not look or sound like the person interviewed earlier.",
  source: SOURCES.fbiPsa2023,
  field: "differentPersonOnCalls",
  reason: "Interviewers saw a different person on a later call",
});
