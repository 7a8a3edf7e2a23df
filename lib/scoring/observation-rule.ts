import type { CandidateProfile } from "@/lib/schemas/candidate";
import * as helpers from "./helpers";
import type { AdvisorySource, RuleDefinition, RuleFamily } from "./types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

/** The recruiter's yes/no observations: true is the red flag, null (or absent) is "not recorded". */
export type ObservationField = {
  [K in keyof CandidateProfile]-?: Exclude<CandidateProfile[K], undefined> extends boolean | null
    ? null extends CandidateProfile[K]
      ? K
      : never
    : never;
}[keyof CandidateProfile];

export interface ObservationRuleSpec {
  id: string;
  title: string;
  family: RuleFamily;
  defaultWeight: number;
  description: string;
  source: AdvisorySource;
  field: ObservationField;
  /** Shown as evidence when the observation is "yes". */
  reason: string;
}

/**
 * Most interview and equipment flags are a single observation, so they share this shape.
 * The outcomes carry no per-profile data and are built once, which keeps them free to score.
 */
export function observationRule(spec: ObservationRuleSpec): RuleDefinition {
  const { field, reason, ...meta } = spec;
  const fired = fixedOutcome(1, [{ field, value: "yes", reason }]);
  const notRecorded = missingOutcome([field]);
  return {
    ...meta,
    inputs: [field],
    evaluate(profile) {
      const v = profile[field];
      if (v === true) return fired;
      return v === false ? CLEAR : notRecorded;
    },
  };
}
