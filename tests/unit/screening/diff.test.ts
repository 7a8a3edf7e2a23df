import { describe, expect, test } from "vitest";
import { canonicalEntryContent, diffSnapshots } from "@/lib/screening/diff";
import { parseOfac } from "@/lib/screening/ofac";
import type { WatchlistEntry } from "@/lib/screening/types";
import { readData } from "./shared-data";

const entry = (id: string, over: Partial<WatchlistEntry> = {}): WatchlistEntry => ({
  id,
  list: "ofac",
  type: "individual",
  name: `NAME ${id}`,
  aliases: [
    { name: "A", kind: "aka" },
    { name: "B", kind: "fka" },
  ],
  programs: ["DPRK3", "CYBER2"],
  addresses: [],
  datesOfBirth: ["1980"],
  nationalities: [],
  identifiers: [],
  linkedTo: [],
  ...over,
});

describe("diffSnapshots", () => {
  test("added, removed and changed ids, sorted", () => {
    const prev = [entry("ofac:3"), entry("ofac:1"), entry("ofac:2")];
    const next = [entry("ofac:4"), entry("ofac:2", { programs: ["DPRK3"] }), entry("ofac:1")];
    expect(diffSnapshots(prev, next)).toEqual({
      added: ["ofac:4"],
      removed: ["ofac:3"],
      changed: ["ofac:2"],
    });
  });

  test.each<[string, Partial<WatchlistEntry>, boolean]>([
    [
      "aliases reordered",
      {
        aliases: [
          { name: "B", kind: "fka" },
          { name: "A", kind: "aka" },
        ],
      },
      false,
    ],
    ["programs reordered", { programs: ["CYBER2", "DPRK3"] }, false],
    ["whitespace in the name", { name: "NAME  ofac:1 " }, false],
    [
      "alias kind changed",
      {
        aliases: [
          { name: "A", kind: "fka" },
          { name: "B", kind: "fka" },
        ],
      },
      true,
    ],
    ["new wallet", { identifiers: [{ kind: "wallet", value: "0xabc", currency: "ETH" }] }, true],
    ["DOB corrected", { datesOfBirth: ["1981"] }, true],
    ["remarks added", { remarks: "Linked To: X" }, true],
  ])("%s → changed: %s", (_label, over, changed) => {
    expect(diffSnapshots([entry("ofac:1")], [entry("ofac:1", over)]).changed).toEqual(
      changed ? ["ofac:1"] : [],
    );
  });

  test("duplicate ids are refused rather than compared in input order", () => {
    expect(() => diffSnapshots([entry("ofac:1"), entry("ofac:1")], [])).toThrow(/duplicate id ofac:1/);
  });

  test("OFAC 2021 → 2024-05-03 (sdn.csv of both): 6,870 added, 881 removed, 745 changed", () => {
    const older = parseOfac({ sdn: readData("ofac-2021/sdn.csv") }).entries;
    const newer = parseOfac({ sdn: readData("ofac-sdn-2024-05-03/sdn.csv") }).entries;
    const diff = diffSnapshots(older, newer);
    // 745 rows differ; 30 of them only in Vess_flag, which is visible through `attributes`.
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([6870, 881, 745]);
    expect(diff.added).toContain("ofac:43377"); // KIM Sang Man, designated 2023
    expect(diff.changed).not.toContain("ofac:20157"); // KIM Jong Un's row is byte-identical
    expect(canonicalEntryContent(newer[0] as WatchlistEntry)).toBe(
      canonicalEntryContent(older[0] as WatchlistEntry),
    );
  });
});
