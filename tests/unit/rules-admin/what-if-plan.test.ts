import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RULES, score, type RuleSet } from "@/lib/scoring";
import { draftScorePlan, knownDraftScore } from "@/lib/data/what-if-plan";
import type { RuleSetContent } from "@/lib/rules-admin";
import { contextArb, profileArb } from "../scoring/arbitraries";
import { shipped } from "./support";

/**
 * The what-if skips scoring a candidate under the draft when the plan says the result is known.
 * Whenever it does, the known result must be exactly what scoring under the draft gives.
 */

const ruleIds = RULES.map((r) => r.id);

/** A published set (the shipped one with some rules switched off) and a draft edited from it. */
const pairArb = fc
  .record({
    disabled: fc.subarray(ruleIds, { maxLength: 6 }),
    edits: fc.array(
      fc.record({
        id: fc.constantFrom(...ruleIds),
        enabled: fc.boolean(),
        weight: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 4 },
    ),
    cuts: fc.option(
      fc
        .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
        .map((xs) => [...xs].sort((a, b) => a - b)),
    ),
    dropHardStop: fc.boolean(),
  })
  .map(({ disabled, edits, cuts, dropHardStop }) => {
    const published = shipped();
    for (const id of disabled)
      published.ruleSet.rules[id] = { ...published.ruleSet.rules[id]!, enabled: false };
    const draft: RuleSetContent = structuredClone(published);
    for (const e of edits) draft.ruleSet.rules[e.id] = { enabled: e.enabled, weight: e.weight };
    if (cuts)
      draft.ruleSet.bands = {
        medium: cuts[0]!,
        high: cuts[1]!,
        critical: cuts[2]!,
      } satisfies RuleSet["bands"];
    if (dropHardStop) draft.ruleSet.hardStops = [];
    return { published, draft };
  });

describe("what-if plan", () => {
  test("a score the plan says is known equals scoring under the draft", () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        pairArb,
        fc.array(fc.tuple(profileArb, contextArb), { minLength: 1, maxLength: 8 }),
        ({ published, draft }, people) => {
          const plan = draftScorePlan(published, draft);
          for (const [profile, context] of people) {
            const before = score(
              profile,
              { ...context, marketRates: published.marketRates },
              published.ruleSet,
            );
            const known = knownDraftScore(plan, before);
            if (!known) continue;
            skipped += 1;
            const after = score(profile, { ...context, marketRates: draft.marketRates }, draft.ruleSet);
            expect({ total: known.total, band: known.band }).toEqual({
              total: after.total,
              band: after.band,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
    // Not vacuous: the shortcut was taken, and checked, many times.
    expect(skipped).toBeGreaterThan(100);
  });

  test("changing a rule the published set leaves off, the hard stops or the market rates means scoring everyone again", () => {
    const published = shipped();
    const off = ruleIds[0]!;
    published.ruleSet.rules[off] = { ...published.ruleSet.rules[off]!, enabled: false };
    const enabling = structuredClone(published);
    enabling.ruleSet.rules[off] = { ...enabling.ruleSet.rules[off]!, enabled: true };
    const noStops = structuredClone(published);
    noStops.ruleSet.hardStops = [];
    const rates = structuredClone(published);
    rates.marketRates.countryFactors.ZZ = 0.5;
    for (const draft of [enabling, noStops, rates])
      expect(draftScorePlan(published, draft)).toEqual({ kind: "always" });
    expect(draftScorePlan(published, structuredClone(published))).toEqual({
      kind: "when-fired",
      rules: new Set(),
      bands: null,
    });
  });
});
