import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DEFAULT_RULE_SET, RULES, score, type RuleSet } from "@/lib/scoring";
import { contextArb, profileArb } from "./arbitraries";
import { MUTATIONS } from "./mutations";

const RUNS = { numRuns: 400 };
const mutationNames = Object.keys(MUTATIONS);
const clone = <T>(x: T): T => structuredClone(x);

describe("score properties", () => {
  test("total is an integer in 0..100 and the band matches it", () => {
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => {
        const r = score(p, c);
        expect(Number.isInteger(r.total)).toBe(true);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        if (r.hardStop === null) {
          const { medium, high, critical } = DEFAULT_RULE_SET.bands;
          const expected =
            r.total >= critical
              ? "critical"
              : r.total >= high
                ? "high"
                : r.total >= medium
                  ? "medium"
                  : "low";
          expect(r.band).toBe(expected);
        } else expect(r.band).toBe("critical");
        for (const f of r.fired) {
          expect(f.strength).toBeGreaterThanOrEqual(0);
          expect(f.strength).toBeLessThanOrEqual(1);
          expect(f.points).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  test("deterministic: the same input gives the same breakdown, and input is not modified", () => {
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => {
        const before = JSON.stringify([p, c]);
        const a = score(p, c);
        const b = score(clone(p), clone(c));
        expect(b).toEqual(a);
        expect(JSON.stringify([p, c])).toBe(before);
      }),
      RUNS,
    );
  });

  test("points add up to the total (within rounding)", () => {
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => {
        const r = score(p, c);
        const sum = r.fired.reduce((s, f) => s + f.points, 0);
        expect(Math.abs(sum - r.total)).toBeLessThanOrEqual(0.5 + 0.05 * r.fired.length);
      }),
      RUNS,
    );
  });

  test("adding a red flag never lowers the score", () => {
    fc.assert(
      fc.property(
        profileArb,
        contextArb,
        fc.constantFrom(...mutationNames),
        fc.nat(1000),
        (p, c, name, n) => {
          const base = score(p, c).total;
          const p2 = clone(p);
          const c2 = clone(c);
          MUTATIONS[name]?.(p2, c2, n);
          expect(score(p2, c2).total, name).toBeGreaterThanOrEqual(base);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("adding several red flags never lowers the score at any step", () => {
    fc.assert(
      fc.property(
        profileArb,
        contextArb,
        fc.array(fc.tuple(fc.constantFrom(...mutationNames), fc.nat(1000)), { maxLength: 8 }),
        (p, c, steps) => {
          let last = score(p, c).total;
          for (const [name, n] of steps) {
            MUTATIONS[name]?.(p, c, n);
            const next = score(p, c).total;
            expect(next, name).toBeGreaterThanOrEqual(last);
            last = next;
          }
        },
      ),
      RUNS,
    );
  });

  test("raising a weight or enabling a rule never lowers the score", () => {
    const ids = RULES.map((r) => r.id);
    fc.assert(
      fc.property(
        profileArb,
        contextArb,
        fc.constantFrom(...ids),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (p, c, id, w1, w2) => {
          const at = (enabled: boolean, weight: number): RuleSet => ({
            ...DEFAULT_RULE_SET,
            rules: { ...DEFAULT_RULE_SET.rules, [id]: { enabled, weight } },
          });
          const lo = Math.min(w1, w2);
          const hi = Math.max(w1, w2);
          const off = score(p, c, at(false, hi)).total;
          const low = score(p, c, at(true, lo)).total;
          const high = score(p, c, at(true, hi)).total;
          expect(low).toBeGreaterThanOrEqual(off);
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
      RUNS,
    );
  });

  test("every fired rule and every not-evaluated rule is enabled and listed once", () => {
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => {
        const r = score(p, c);
        const ids = [...r.fired.map((f) => f.ruleId), ...r.notEvaluated.map((n) => n.ruleId)];
        expect(new Set(ids).size).toBe(ids.length);
        for (const n of r.notEvaluated) expect(n.missing.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
