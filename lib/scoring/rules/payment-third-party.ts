// Source: US State/Treasury/FBI guidance 2022-05-16 (payment routed to third parties and facilitators).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome } = helpers;

const FIRED = fixedOutcome(1, [
  { field: "paymentMethod", value: "third_party", reason: "Candidate wants pay sent to a third party" },
]);

export const paymentThirdParty: RuleDefinition = {
  id: "payment-third-party",
  title: "Wants to be paid through a third party",
  family: "payment",
  defaultWeight: 40,
  description:
    "The candidate asks for wages to go to another person or company. Facilitators who collect pay on a worker's behalf are a pattern named in the advisories.",
  source: SOURCES.usGuidance2022,
  inputs: ["paymentMethod"],
  evaluate(p) {
    return p.paymentMethod === "third_party" ? FIRED : CLEAR;
  },
};
