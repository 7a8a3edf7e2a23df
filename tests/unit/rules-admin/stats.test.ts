import { describe, expect, test } from "vitest";
import { createFiringTally, firedRuleIdsOf } from "@/lib/rules-admin";

const NOW = new Date("2026-11-25T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe("createFiringTally", () => {
  test("counts scores and distinct candidates in the 30- and 90-day windows", () => {
    const t = createFiringTally(NOW);
    t.addScore("c1", daysAgo(1), ["payment-crypto", "voip-phone"]);
    t.addScore("c1", daysAgo(2), ["payment-crypto"]); // a re-score of the same candidate
    t.addScore("c2", daysAgo(45), ["payment-crypto", "payment-crypto"]); // counted once per score
    t.addScore("c3", daysAgo(30), ["voip-phone"]); // exactly 30 days: inside
    expect(t.statsFor("payment-crypto")).toMatchObject({
      last30: { scores: 2, candidates: 1 },
      last90: { scores: 3, candidates: 2 },
    });
    expect(t.statsFor("voip-phone")).toMatchObject({
      last30: { scores: 2, candidates: 2 },
      last90: { scores: 2, candidates: 2 },
    });
    expect(t.statsFor("identity-reuse")).toEqual({
      last30: { scores: 0, candidates: 0 },
      last90: { scores: 0, candidates: 0 },
      fraud: 0,
      honest: 0,
      precision: null,
    });
  });

  test("observed precision: fraud share among decided candidates whose deciding score fired the rule", () => {
    const t = createFiringTally(NOW);
    t.addDecision(["payment-crypto", "voip-phone"], "fraud");
    t.addDecision(["payment-crypto"], "fraud");
    t.addDecision(["payment-crypto"], "fraud");
    t.addDecision(["payment-crypto", "voip-phone"], "honest");
    expect(t.statsFor("payment-crypto")).toMatchObject({ fraud: 3, honest: 1, precision: 0.75 });
    expect(t.statsFor("voip-phone")).toMatchObject({ fraud: 1, honest: 1, precision: 0.5 });
  });
});

describe("firedRuleIdsOf", () => {
  test("reads rule ids from a stored breakdown and tolerates anything else", () => {
    expect(firedRuleIdsOf({ fired: [{ ruleId: "a" }, { ruleId: "b" }, { nope: 1 }] })).toEqual(["a", "b"]);
    expect(firedRuleIdsOf(null)).toEqual([]);
    expect(firedRuleIdsOf({ fired: "x" })).toEqual([]);
  });
});
