import { describe, expect, test } from "vitest";
import { formatOffset, inferredOffset } from "@/lib/scoring/rules/off-hours-activity";
import { cleanProfile, rule, testContext } from "./support";

describe("fitting active hours to a UTC offset", () => {
  test.each([
    [0, 9, 9], // 09:00-18:00 in Pyongyang or Seoul
    [14, 22, -5], // 09:00-17:00 in Chicago in summer
    [8, 17, 1], // 09:00-18:00 in Prague in winter
    [23, 7, 10], // wraps midnight UTC
    [21, 5, 12], // centred at 01:00 UTC: 13:00 in Auckland in winter
  ])("%i:00-%i:00 UTC fits offset %i", (start, end, offset) => {
    expect(inferredOffset(start, end)).toBe(offset);
  });

  test("a window of sixteen hours or more fits every zone", () => {
    expect(inferredOffset(6, 22)).toBeNull();
    expect(inferredOffset(6, 6)).toBeNull();
  });

  test.each([
    [9, "UTC+9"],
    [-6, "UTC-6"],
    [0, "UTC"],
    [5.5, "UTC+5:30"],
    [5.75, "UTC+5:45"],
    [-3.5, "UTC-3:30"],
  ])("%d is written %s", (h, text) => {
    expect(formatOffset(h)).toBe(text);
  });

  test("the evidence names both offsets", () => {
    const outcome = rule("off-hours-activity").evaluate(
      cleanProfile({ activeHoursStartUtc: 0, activeHoursEndUtc: 9 }),
      testContext({ now: "2025-01-15" }),
    );
    expect(outcome.evidence[0]?.reason).toBe(
      "Active hours fit UTC+9, the claimed zone (America/Chicago) is UTC-6",
    );
  });
});
