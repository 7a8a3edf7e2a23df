import { describe, expect, test } from "vitest";
import { RULES, score } from "@/lib/scoring";
import { BACKGROUND_CASES } from "./cases-background";
import { CONTEXT_CASES, EQUIPMENT_CASES, INTERVIEW_CASES, PRICING_CASES } from "./cases-other";
import { COMMUNICATION_CASES, PAYMENT_CASES } from "./cases-payment-communication";
import { cleanProfile, rule, testContext, type RuleCase } from "./support";

const ALL: RuleCase[] = [
  ...BACKGROUND_CASES,
  ...PAYMENT_CASES,
  ...COMMUNICATION_CASES,
  ...PRICING_CASES,
  ...EQUIPMENT_CASES,
  ...CONTEXT_CASES,
  ...INTERVIEW_CASES,
];

describe.each([
  ["background", BACKGROUND_CASES],
  ["payment", PAYMENT_CASES],
  ["communication", COMMUNICATION_CASES],
  ["pricing", PRICING_CASES],
  ["equipment", EQUIPMENT_CASES],
  ["identity reuse and watchlist", CONTEXT_CASES],
  ["interview", INTERVIEW_CASES],
])("%s rules", (_family, cases) => {
  test.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))("%s", (_label, c) => {
    const outcome = rule(c.rule).evaluate(cleanProfile(c.profile), testContext(c.ctx));
    expect(outcome.fired).toBe(c.fired);
    expect(outcome.missing).toEqual(c.missing ?? []);
    if (c.fired) {
      expect(outcome.strength).toBeCloseTo(c.strength ?? 1, 2);
      expect(outcome.evidence.length).toBeGreaterThan(0);
      for (const e of outcome.evidence) {
        expect(e.field).not.toBe("");
        expect(e.reason).not.toBe("");
      }
    } else {
      expect(outcome.strength).toBe(0);
      expect(outcome.evidence).toEqual([]);
    }
  });
});

describe("rule table coverage", () => {
  test.each(RULES.map((r) => [r.id]))("%s has firing and non-firing cases", (id) => {
    const cases = ALL.filter((c) => c.rule === id);
    expect(cases.some((c) => c.fired)).toBe(true);
    expect(cases.some((c) => !c.fired && !c.missing)).toBe(true);
  });

  test("every rule reading the profile has a not-recorded case", () => {
    // Context-only rules always have their input: an empty list is a clean result.
    const profileRules = RULES.filter((r) => r.inputs.some((i) => !i.startsWith("ctx.")));
    const withoutMissingCase = profileRules
      .filter((r) => r.id !== "payment-crypto" && r.id !== "payment-third-party") // paymentMethod is required
      .filter((r) => !ALL.some((c) => c.rule === r.id && c.missing));
    expect(withoutMissingCase.map((r) => r.id)).toEqual([]);
  });

  test("the clean profile fires nothing and leaves nothing unevaluated", () => {
    const result = score(cleanProfile(), testContext());
    expect(result.fired).toEqual([]);
    expect(result.notEvaluated).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.band).toBe("low");
  });
});

describe("missing data reaches the breakdown", () => {
  test.each(ALL.filter((c) => c.missing).map((c) => [`${c.rule}: ${c.name}`, c] as const))(
    "%s",
    (_label, c) => {
      const result = score(cleanProfile(c.profile), testContext(c.ctx));
      const entry = result.notEvaluated.find((n) => n.ruleId === c.rule);
      expect(entry?.missing).toEqual(c.missing);
      expect(result.fired.some((f) => f.ruleId === c.rule)).toBe(false);
    },
  );
});
