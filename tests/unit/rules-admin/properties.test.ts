import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BANDS, DEFAULT_MARKET_RATES, DEFAULT_RULE_SET, RULES, score, type RuleSet } from "@/lib/scoring";
import { caseChange, diffRuleSets, isDiagonal, migrationMatrix } from "@/lib/rules-admin";
import { contextArb, profileArb } from "../scoring/arbitraries";

const RUNS = { numRuns: 150 };

/** Any valid rule set: random switches and weights, strictly increasing thresholds, a threshold band. */
const ruleSetArb: fc.Arbitrary<RuleSet> = fc
  .record({
    settings: fc.array(fc.record({ enabled: fc.boolean(), weight: fc.integer({ min: 0, max: 100 }) }), {
      minLength: RULES.length,
      maxLength: RULES.length,
    }),
    cuts: fc
      .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
      .map((xs) => [...xs].sort((a, b) => a - b)),
    caseThreshold: fc.constantFrom(...BANDS),
    hardStops: fc.subarray(["sanctions-confirmed", "identity-reuse", "different-person-on-calls"]),
  })
  .map(({ settings, cuts, caseThreshold, hardStops }) => ({
    version: 2,
    rules: Object.fromEntries(RULES.map((r, i) => [r.id, settings[i]!])),
    bands: { medium: cuts[0]!, high: cuts[1]!, critical: cuts[2]! },
    caseThreshold,
    hardStops,
  }));

const candidates = fc.array(fc.tuple(profileArb, contextArb), { minLength: 1, maxLength: 12 });

function whatIf(
  published: RuleSet,
  draft: RuleSet,
  people: readonly (readonly [Parameters<typeof score>[0], Parameters<typeof score>[1]])[],
) {
  const pairs = people.map(([p, c]) => ({
    before: score(p, c, published).band,
    after: score(p, c, draft).band,
  }));
  const thresholds = { before: published.caseThreshold, after: draft.caseThreshold };
  return {
    matrix: migrationMatrix(pairs),
    caseChanges: pairs.map((pair) => caseChange(pair, thresholds)).filter(Boolean),
  };
}

describe("what-if properties", () => {
  test("a draft identical to the published set migrates nobody and changes no case", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(DEFAULT_RULE_SET), ruleSetArb), candidates, (published, people) => {
        // The editor saves a copy: equal in content, a different object (the engine caches by identity).
        const draft = structuredClone(published);
        expect(
          diffRuleSets(
            { ruleSet: published, marketRates: DEFAULT_MARKET_RATES },
            { ruleSet: draft, marketRates: DEFAULT_MARKET_RATES },
          ).changes,
        ).toBe(0);
        const { matrix, caseChanges } = whatIf(published, draft, people);
        expect(isDiagonal(matrix)).toBe(true);
        expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(people.length);
        expect(caseChanges).toEqual([]);
      }),
      RUNS,
    );
  });

  test("raising one weight never moves anyone to a lower band", () => {
    fc.assert(
      fc.property(
        ruleSetArb,
        fc.constantFrom(...RULES.map((r) => r.id)),
        fc.integer({ min: 1, max: 100 }),
        candidates,
        (published, ruleId, extra, people) => {
          const setting = published.rules[ruleId]!;
          const draft: RuleSet = {
            ...published,
            rules: {
              ...published.rules,
              [ruleId]: { enabled: setting.enabled, weight: Math.min(100, setting.weight + extra) },
            },
          };
          const { matrix, caseChanges } = whatIf(published, draft, people);
          // Everything below the diagonal (a lower band under the draft) stays empty.
          matrix.forEach((row, i) =>
            row.slice(0, i).forEach((n, j) => expect(n, `${BANDS[i]}→${BANDS[j]}`).toBe(0)),
          );
          expect(caseChanges.every((c) => c === "opens")).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
