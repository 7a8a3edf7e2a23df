// Source: US State/Treasury/FBI guidance 2022-05-16 (inability to work during the claimed location's business hours).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, pct, ramp, utcOffsetMinutes } = helpers;

const NOT_RECORDED = missingOutcome(["activeHoursStartUtc", "activeHoursEndUtc"]);
const UNKNOWN_ZONE = missingOutcome(["timezone"]);

/** Local hours counted as night: 23:00 to 06:00. */
function isNight(localHour: number): boolean {
  return localHour >= 23 || localHour < 6;
}

function pad(hour: number): string {
  return String(hour).padStart(2, "0");
}

/** Below this share of the working window at night the pattern is an ordinary late worker. */
const SHARE_START = 0.3;
const SHARE_FULL = 0.6;

export const offHoursActivity: RuleDefinition = {
  id: "off-hours-activity",
  title: "Active mostly at night in the claimed time zone",
  family: "location",
  defaultWeight: 35,
  description:
    "The hours the candidate is usually online fall largely in the middle of the night where they say they live, which suggests they are somewhere else. Daylight saving is taken into account.",
  source: SOURCES.usGuidance2022,
  inputs: ["activeHoursStartUtc", "activeHoursEndUtc", "timezone", "ctx.now"],
  evaluate(p, ctx): RuleOutcome {
    const start = p.activeHoursStartUtc;
    const end = p.activeHoursEndUtc;
    if (start === undefined || end === undefined) return NOT_RECORDED;
    const offset = utcOffsetMinutes(p.timezone, ctx);
    if (offset === null) return UNKNOWN_ZONE;
    // End is exclusive; equal start and end means online around the clock.
    const length = (end - start + 24) % 24 || 24;
    let night = 0;
    for (let k = 0; k < length; k++) {
      const minutes = ((((start + k) * 60 + offset) % 1440) + 1440) % 1440;
      if (isNight(Math.floor(minutes / 60))) night++;
    }
    const share = night / length;
    if (share < SHARE_START) return CLEAR;
    const strength = 0.85 + 0.15 * ramp(share, SHARE_START, SHARE_FULL);
    return firedOutcome(strength, [
      {
        field: "activeHoursStartUtc",
        value: `${pad(start)}:00-${pad(end)}:00 UTC`,
        reason: `${pct(share)} of the candidate's active hours are at night in ${p.timezone}`,
      },
    ]);
  },
};
