// Source: US State/Treasury/FBI guidance 2022-05-16 (work histories that cannot be verified, including fictitious companies).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NO_HISTORY = missingOutcome(["workHistory"]);
const NONE_CHECKED = missingOutcome(["workHistory.registryStatus"]);

/*
 * An employer no company registry has ever heard of is what a made-up past job looks like.
 * A dissolved company is mostly an ordinary start-up that closed, so it only counts a little,
 * and somewhat more when several past employers have all vanished.
 */
const NOT_FOUND_STRENGTH = 1;
const DISSOLVED_STRENGTH = 0.3;
const DISSOLVED_SEVERAL = 0.5;

export const employerRegistry: RuleDefinition = {
  id: "employer-registry",
  title: "Past employer not in the company registry",
  family: "background",
  defaultWeight: 40,
  description:
    "A past employer could not be found in the company registry of its country (strong), or has been dissolved (weak: start-ups close). Only positions whose registry was checked count.",
  source: SOURCES.usGuidance2022,
  inputs: ["workHistory.registryStatus", "workHistory.employer", "workHistory.country"],
  evaluate(p): RuleOutcome {
    const history = p.workHistory;
    if (history.length === 0) return NO_HISTORY;
    let checked = 0;
    let notFound = 0;
    let dissolved = 0;
    const evidence: Evidence[] = [];
    for (let i = 0; i < history.length; i++) {
      const w = history[i];
      const status = w?.registryStatus;
      if (!w || status === undefined || status === "not_checked") continue;
      checked++;
      if (status === "operating") continue;
      if (status === "not_found") notFound++;
      else dissolved++;
      const where = w.country ? ` (${w.country})` : "";
      evidence.push({
        field: `workHistory[${i}].registryStatus`,
        value: `${w.employer}${where}: ${status}`,
        reason:
          status === "not_found"
            ? `No company registry entry found for the employer${where}`
            : `The employer is dissolved in the company registry${where}`,
      });
    }
    if (checked === 0) return NONE_CHECKED;
    if (evidence.length === 0) return CLEAR;
    const strength =
      notFound > 0 ? NOT_FOUND_STRENGTH : dissolved >= 2 ? DISSOLVED_SEVERAL : DISSOLVED_STRENGTH;
    return firedOutcome(strength, evidence);
  },
};
