import { describe, expect, test } from "vitest";
import { caseChange, isDiagonal, migrationMatrix, movedCount, type BandPair } from "@/lib/rules-admin";

describe("migrationMatrix", () => {
  test("counts each before→after pair in BANDS order", () => {
    const pairs: BandPair[] = [
      { before: "low", after: "low" },
      { before: "low", after: "low" },
      { before: "low", after: "medium" },
      { before: "medium", after: "high" },
      { before: "high", after: "high" },
      { before: "high", after: "critical" },
      { before: "critical", after: "medium" },
    ];
    const m = migrationMatrix(pairs);
    expect(m).toEqual([
      [2, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 1],
      [0, 1, 0, 0],
    ]);
    expect(movedCount(m)).toBe(4);
    expect(isDiagonal(m)).toBe(false);
  });

  test("no candidates: an all-zero, diagonal matrix", () => {
    const m = migrationMatrix([]);
    expect(m.flat()).toEqual(Array(16).fill(0));
    expect(isDiagonal(m)).toBe(true);
  });
});

describe("caseChange", () => {
  const same = { before: "high", after: "high" } as const;
  test.each([
    [{ before: "medium", after: "high" }, same, "opens"],
    [{ before: "high", after: "medium" }, same, "drops"],
    [{ before: "high", after: "critical" }, same, null],
    [{ before: "low", after: "medium" }, same, null],
    // The threshold alone can move a candidate in or out.
    [{ before: "medium", after: "medium" }, { before: "high", after: "medium" }, "opens"],
    [{ before: "high", after: "high" }, { before: "high", after: "critical" }, "drops"],
  ] as const)("%o with thresholds %o → %s", (pair, thresholds, expected) => {
    expect(caseChange(pair, thresholds)).toBe(expected);
  });
});
