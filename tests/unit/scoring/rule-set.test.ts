import { describe, expect, test } from "vitest";
import { DEFAULT_RULE_SET, RULES, ruleSetSchema } from "@/lib/scoring";

const messages = (input: unknown): string[] => {
  const r = ruleSetSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("DEFAULT_RULE_SET", () => {
  test("is valid, version 1, every rule enabled at its default weight", () => {
    expect(ruleSetSchema.parse(DEFAULT_RULE_SET)).toEqual(DEFAULT_RULE_SET);
    expect(DEFAULT_RULE_SET.version).toBe(1);
    for (const r of RULES)
      expect(DEFAULT_RULE_SET.rules[r.id]).toEqual({ enabled: true, weight: r.defaultWeight });
    expect(DEFAULT_RULE_SET.hardStops).toEqual(["sanctions-confirmed"]);
    expect(DEFAULT_RULE_SET.caseThreshold).toBe("high");
  });
});

describe("ruleSetSchema", () => {
  const good = DEFAULT_RULE_SET;

  test.each([
    ["a partial rule list", { ...good, rules: { "voip-phone": { enabled: true, weight: 10 } } }],
    [
      "weights at the bounds",
      {
        ...good,
        rules: {
          "voip-phone": { enabled: true, weight: 0 },
          "face-swap-suspected": { enabled: false, weight: 100 },
        },
      },
    ],
    ["fractional weights", { ...good, rules: { "voip-phone": { enabled: true, weight: 12.5 } } }],
    ["no hard stops", { ...good, hardStops: [] }],
    ["tight thresholds", { ...good, bands: { medium: 1, high: 2, critical: 3 } }],
  ])("accepts %s", (_name, input) => {
    expect(messages(input)).toEqual([]);
  });

  test.each([
    [
      "a weight over 100",
      { ...good, rules: { "voip-phone": { enabled: true, weight: 101 } } },
      "Weight must be between 0 and 100",
    ],
    [
      "a negative weight",
      { ...good, rules: { "voip-phone": { enabled: true, weight: -1 } } },
      "Weight must be between 0 and 100",
    ],
    [
      "an unknown rule",
      { ...good, rules: { "made-up": { enabled: true, weight: 10 } } },
      'Unknown rule id "made-up"',
    ],
    ["an unknown hard stop", { ...good, hardStops: ["nope"] }, 'Unknown hard-stop rule id "nope"'],
    [
      "equal thresholds",
      { ...good, bands: { medium: 50, high: 50, critical: 80 } },
      "Band thresholds must increase strictly: medium (50) < high (50) < critical (80)",
    ],
    [
      "decreasing thresholds",
      { ...good, bands: { medium: 60, high: 50, critical: 80 } },
      "Band thresholds must increase strictly: medium (60) < high (50) < critical (80)",
    ],
    [
      "a threshold over 100",
      { ...good, bands: { medium: 20, high: 50, critical: 101 } },
      "The critical threshold must be between 1 and 100",
    ],
    [
      "a zero threshold",
      { ...good, bands: { medium: 0, high: 50, critical: 80 } },
      "The medium threshold must be between 1 and 100",
    ],
    [
      "a fractional threshold",
      { ...good, bands: { medium: 20.5, high: 50, critical: 80 } },
      "The medium threshold must be a whole number",
    ],
    [
      "an unknown case threshold",
      { ...good, caseThreshold: "severe" },
      "caseThreshold must be one of low, medium, high, critical",
    ],
    ["version 0", { ...good, version: 0 }, "Version must be 1 or more"],
    [
      "a non-boolean enabled",
      { ...good, rules: { "voip-phone": { enabled: "yes", weight: 10 } } },
      "enabled must be true or false",
    ],
  ])("rejects %s", (_name, input, message) => {
    expect(messages(input)).toContain(message);
  });
});
