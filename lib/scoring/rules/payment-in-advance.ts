// Source: US State/Treasury/FBI guidance 2022-05-16 (payment arrangements that move money out before work is verified).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const paymentInAdvance = observationRule({
  id: "payment-in-advance",
  title: "Asked to be paid in advance",
  family: "payment",
  defaultWeight: 35,
  description:
    "The candidate asked for payment before any work was delivered or verified. Revenue schemes want money out quickly, before an employer notices the work is not done by the person hired; on its own it is a moderate sign.",
  source: SOURCES.usGuidance2022,
  field: "paymentInAdvanceRequested",
  reason: "Candidate asked to be paid before work was delivered",
});
