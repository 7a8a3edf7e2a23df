// Source: FBI/ROK PSA 2023-10-18 (repeatedly avoiding or postponing video meetings).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOT_RECORDED = missingOutcome(["videoCallReschedules"]);

/** One reschedule is ordinary life; the flag starts at two. */
export function rescheduleStrength(count: number): number {
  if (count >= 3) return 1;
  return count === 2 ? 0.85 : 0;
}

export const videoCallReschedules: RuleDefinition = {
  id: "video-call-reschedules",
  title: "Video calls repeatedly rescheduled",
  family: "communication",
  defaultWeight: 35,
  description:
    "The candidate moved video calls again and again. One change of plan is normal; the signal starts at two reschedules and is strongest at three or more.",
  source: SOURCES.fbiPsa2023,
  inputs: ["videoCallReschedules"],
  evaluate(p): RuleOutcome {
    const n = p.videoCallReschedules;
    if (n === undefined) return NOT_RECORDED;
    const strength = rescheduleStrength(n);
    if (strength === 0) return CLEAR;
    return firedOutcome(strength, [
      { field: "videoCallReschedules", value: String(n), reason: `Video calls rescheduled ${n} times` },
    ]);
  },
};
