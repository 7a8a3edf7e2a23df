// Source: US State/Treasury/FBI guidance 2022-05-16 (inconsistent names, identity documents and details).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const FIRED = fixedOutcome(1, [
  {
    field: "documentCheck",
    value: "inconsistent",
    reason: "Identity documents do not match each other or the details the candidate gave",
  },
]);
const NOT_RECORDED = missingOutcome(["documentCheck"]);

export const documentInconsistent: RuleDefinition = {
  id: "document-inconsistent",
  title: "Identity documents are inconsistent",
  family: "background",
  defaultWeight: 45,
  description:
    "The identity documents disagree with each other or with the application (name spelling, photo, dates, address). Stolen or borrowed identities often fail here.",
  source: SOURCES.usGuidance2022,
  inputs: ["documentCheck"],
  evaluate(p) {
    if (p.documentCheck === "inconsistent") return FIRED;
    return p.documentCheck === "consistent" ? CLEAR : NOT_RECORDED;
  },
};
