// Source: US State/Treasury/FBI guidance 2022-05-16 (inability to work during the claimed location's business hours).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, ramp, utcOffsetMinutes } = helpers;

const NOT_RECORDED = missingOutcome(["activeHoursStartUtc", "activeHoursEndUtc"]);
const UNKNOWN_ZONE = missingOutcome(["timezone"]);

/*
 * A working day, early bird or late owl, is centred around 13:00 local time, so the middle of
 * the hours someone is online says which UTC offset they live at. That subsumes "active at
 * night": a window that falls in the claimed zone's night is centred hours away from its
 * 13:00. Four hours apart is more than any shift of habit and starts the flag; eight is full.
 */
const WORKDAY_CENTRE = 13;
export const GAP_START = 4;
export const GAP_FULL = 8;
/** Windows this long have no daytime to read: someone online most of the day fits every zone. */
const LONGEST_READABLE = 16;

function pad(hour: number): string {
  return String(hour).padStart(2, "0");
}

/** -12..+14, the range offsets actually take. */
function normaliseOffset(hours: number): number {
  const h = ((hours % 24) + 24) % 24;
  return h > 14 ? h - 24 : h;
}

export function formatOffset(hours: number): string {
  if (hours === 0) return "UTC";
  const sign = hours > 0 ? "+" : "-";
  const abs = Math.abs(hours);
  const whole = Math.floor(abs);
  const minutes = Math.round((abs - whole) * 60);
  return `UTC${sign}${whole}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** The whole-hour UTC offset whose 13:00 is the middle of an active window, or null when unreadable. */
export function inferredOffset(startUtc: number, endUtc: number): number | null {
  // End is exclusive; equal start and end means online around the clock.
  const length = (endUtc - startUtc + 24) % 24 || 24;
  if (length >= LONGEST_READABLE) return null;
  return normaliseOffset(Math.round(WORKDAY_CENTRE - (startUtc + length / 2)));
}

export const offHoursActivity: RuleDefinition = {
  id: "off-hours-activity",
  title: "Active hours fit another time zone",
  family: "location",
  defaultWeight: 35,
  description:
    "The hours the candidate is usually online fit a working day in a time zone at least four hours away from the one they claim (strongest at eight or more), for example when they are online mostly at night where they say they live. Daylight saving is taken into account.",
  source: SOURCES.usGuidance2022,
  inputs: ["activeHoursStartUtc", "activeHoursEndUtc", "timezone", "ctx.now"],
  evaluate(p, ctx): RuleOutcome {
    const start = p.activeHoursStartUtc;
    const end = p.activeHoursEndUtc;
    if (start === undefined || end === undefined) return NOT_RECORDED;
    const claimedMinutes = utcOffsetMinutes(p.timezone, ctx);
    if (claimedMinutes === null) return UNKNOWN_ZONE;
    const fitted = inferredOffset(start, end);
    if (fitted === null) return CLEAR;
    const claimed = claimedMinutes / 60;
    const apart = Math.abs(fitted - claimed) % 24;
    const gap = Math.min(apart, 24 - apart);
    if (gap < GAP_START) return CLEAR;
    return firedOutcome(0.85 + 0.15 * ramp(gap, GAP_START, GAP_FULL), [
      {
        field: "activeHoursStartUtc",
        value: `${pad(start)}:00-${pad(end)}:00 UTC`,
        reason: `Active hours fit ${formatOffset(fitted)}, the claimed zone (${p.timezone}) is ${formatOffset(claimed)}`,
      },
    ]);
  },
};
