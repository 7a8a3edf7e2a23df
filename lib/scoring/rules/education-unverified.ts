// Source: US State/Treasury/FBI guidance 2022-05-16 (inconsistent educational history).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const FAILED = fixedOutcome(1, [
  { field: "educationVerification", value: "failed", reason: "The institution denied the claimed degree" },
]);
// Small or foreign institutions often cannot be reached, so "unverifiable" is only half a flag.
// Diploma mills and closed institutions make "could not confirm" common for fabricated degrees.
const UNVERIFIABLE = fixedOutcome(0.85, [
  {
    field: "educationVerification",
    value: "unverifiable",
    reason: "The claimed education could not be confirmed with the institution",
  },
]);
const NOT_RECORDED = missingOutcome(["educationVerification"]);

export const educationUnverified: RuleDefinition = {
  id: "education-unverified",
  title: "Education could not be verified",
  family: "background",
  defaultWeight: 35,
  description:
    "The degree the candidate claims was denied by the institution (strong) or could not be confirmed (weak).",
  source: SOURCES.usGuidance2022,
  inputs: ["educationVerification"],
  evaluate(p) {
    switch (p.educationVerification) {
      case "failed":
        return FAILED;
      case "unverifiable":
        return UNVERIFIABLE;
      case "verified":
        return CLEAR;
      default:
        return NOT_RECORDED;
    }
  },
};
