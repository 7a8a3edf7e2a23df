// Source: US State/Treasury/FBI guidance 2022-05-16 (inconsistencies in claimed work history and experience).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, dayNumber, firedOutcome, missingOutcome, nowDay, ramp } = helpers;

const BOTH_MISSING = missingOutcome(["yearsExperienceClaimed", "workHistory"]);
const CLAIM_MISSING = missingOutcome(["yearsExperienceClaimed"]);
const NO_HISTORY = missingOutcome(["workHistory"]);

/*
 * People round up and leave out internships and early jobs, so a few years more than the
 * listed history is ordinary; a claim that outruns the whole history by more than that is the
 * inflated seniority the advisories describe.
 */
const TOLERANCE_YEARS = 3;
const FULL_YEARS = 6;
const DAYS_PER_YEAR = 365.25;

export const experienceOverstated: RuleDefinition = {
  id: "experience-overstated",
  title: "Claims far more experience than the work history covers",
  family: "background",
  defaultWeight: 35,
  description:
    "The years of experience claimed exceed the span of the work history (first start to last end, or today) by more than three years. Strongest at six years or more beyond it.",
  source: SOURCES.usGuidance2022,
  inputs: ["yearsExperienceClaimed", "workHistory.startDate", "workHistory.endDate", "ctx.now"],
  evaluate(p, ctx): RuleOutcome {
    const claimed = p.yearsExperienceClaimed;
    const history = p.workHistory;
    if (claimed === undefined) return history.length === 0 ? BOTH_MISSING : CLAIM_MISSING;
    if (history.length === 0) return NO_HISTORY;
    const today = nowDay(ctx);
    let first = Infinity;
    let last = -Infinity;
    for (const w of history) {
      const start = dayNumber(w.startDate);
      const end = w.endDate === undefined ? today : dayNumber(w.endDate);
      if (start < first) first = start;
      if (end > last) last = end;
    }
    const span = Math.max(0, last - first) / DAYS_PER_YEAR;
    const excess = claimed - span;
    if (excess <= TOLERANCE_YEARS) return CLEAR;
    return firedOutcome(0.85 + 0.15 * ramp(excess, TOLERANCE_YEARS, FULL_YEARS), [
      {
        field: "yearsExperienceClaimed",
        value: `${claimed} years`,
        reason: `The work history covers about ${span.toFixed(1)} years, ${excess.toFixed(1)} fewer than claimed`,
      },
    ]);
  },
};
