// Source: FBI PSA 2025-01-23 (VoIP numbers used in place of local mobile numbers).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const FIRED = fixedOutcome(1, [
  { field: "phoneType", value: "voip", reason: "The phone number is a VoIP number" },
]);
const NOT_RECORDED = missingOutcome(["phoneType"]);

export const voipPhone: RuleDefinition = {
  id: "voip-phone",
  title: "Phone number is VoIP",
  family: "communication",
  defaultWeight: 35,
  description:
    "The phone number belongs to an internet calling service rather than a mobile or landline carrier, so it says nothing about where the candidate is.",
  source: SOURCES.fbiPsa2025,
  inputs: ["phoneType"],
  evaluate(p) {
    if (p.phoneType === "voip") return FIRED;
    return p.phoneType === "unknown" ? NOT_RECORDED : CLEAR;
  },
};
