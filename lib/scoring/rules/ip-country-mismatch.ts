// Source: US State/Treasury/FBI guidance 2022-05-16 (IP addresses in countries other than the claimed one).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOT_RECORDED = missingOutcome(["observedIpCountry"]);

export const ipCountryMismatch: RuleDefinition = {
  id: "ip-country-mismatch",
  title: "Connected from a different country",
  family: "location",
  defaultWeight: 35,
  description:
    "The candidate's connection came from a country other than the one they say they live in. People travel, so on its own this is a weak signal.",
  source: SOURCES.usGuidance2022,
  inputs: ["observedIpCountry", "claimedCountry"],
  evaluate(p): RuleOutcome {
    const ip = p.observedIpCountry;
    if (ip === undefined) return NOT_RECORDED;
    if (ip === p.claimedCountry) return CLEAR;
    return firedOutcome(1, [
      {
        field: "observedIpCountry",
        value: ip,
        reason: `Connection from ${ip}, but the candidate says they live in ${p.claimedCountry}`,
      },
    ]);
  },
};
