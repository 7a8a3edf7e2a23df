import { describe, expect, test } from "vitest";
import { normalizeLegalForms } from "@/lib/screening/legal-forms";
import { buildIndex, DEFAULT_NAME_THRESHOLD, nameSimilarity, screen } from "@/lib/screening/match";
import { editDistance, oneEdit, tokenSetScore } from "@/lib/screening/name-score";
import { foldText, nameTokenList, type NameKind } from "@/lib/screening/normalize";
import type { WatchlistEntry } from "@/lib/screening/types";

const T = DEFAULT_NAME_THRESHOLD;
const score = (a: string, b: string, kind: NameKind = "person") =>
  tokenSetScore(nameTokenList(a, kind), nameTokenList(b, kind));

function person(id: string, name: string, extra: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id,
    list: "internal",
    type: "individual",
    name,
    aliases: [],
    programs: [],
    addresses: [],
    datesOfBirth: [],
    nationalities: [],
    identifiers: [],
    linkedTo: [],
    ...extra,
  };
}

describe("joined and split words, any origin", () => {
  test.each([
    ["VladimirPutin", "Vladimir Putin"],
    ["Vladimirputin", "Vladimir Putin"],
    ["PricewaterhouseCoopers", "Price Waterhouse Coopers"],
    ["Abdulrahman Hassan", "Abdul Rahman Hassan"],
    ["Al Zawahiri Ayman", "Ayman Alzawahiri"],
    ["Xi Jinping", "Xi Jin Ping"],
  ])("%s ~ %s", (a, b) => {
    expect(score(a, b)).toBe(1);
    expect(score(b, a)).toBe(1);
  });

  test("the index finds a joined query word and a split listed word, and the reverse", () => {
    const idx = buildIndex([
      person("internal:a", "Price Waterhouse Coopers Holding"),
      person("internal:b", "Abdulrahman Al Tikriti"),
    ]);
    expect(screen(idx, { names: ["PricewaterhouseCoopers Holding"] })[0]?.entryId).toBe("internal:a");
    expect(screen(idx, { names: ["Abdul Rahman Al Tikriti"] })[0]?.entryId).toBe("internal:b");
  });
});

describe("typos: on the raw spelling, short tokens beside strong matches", () => {
  test.each([
    ["Kim Jomg Un", "Kim Jong Un", true], // a misspelt syllable is no syllable at all
    ["Elon Mosk", "Elon Musk", true], // four letters, one edit, beside an exact given name
    ["Kim Sang Mann", "Kim Sang Man", true], // short token, two strong matches
    ["Sang Mann", "Sang Man", false], // short token, only one other match
    ["Kim Sang Min", "Kim Sang Man", false], // two different syllables are different names
    ["Raul Castillo", "Raul Castro", false], // a shared stem is not a typo
    ["Pedro Sancho", "Pedro Sanchez", false],
  ])("%s ~ %s matches: %s", (a, b, expected) => {
    expect(score(a, b) >= T).toBe(expected);
  });

  test.each([
    ["mohamed", "mohammed", true],
    ["castro", "castillo", false],
    ["abcd", "abdc", true],
  ])("oneEdit(%s, %s) = %s", (a, b, expected) => {
    expect(oneEdit(a, b)).toBe(expected);
  });

  test.each([
    ["kitten", "sitting", 3],
    ["abcd", "abdc", 1],
    ["", "abc", 3],
  ])("editDistance(%s, %s) = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test.each([
    ["V. Putin", "Vladimir Putin"],
    ["Thomas A. Lindemann", "Thomas Lindemann"],
  ])("initials: %s ~ %s", (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(T);
  });
});

describe("omitted names cost what they carry; common tokens count less", () => {
  // A list where "mohammed", "ali" and "hassan" are everywhere and "lifshits" once.
  const filler = Array.from({ length: 60 }, (_, i) =>
    person(`internal:f${i}`, i % 2 ? `Mohammed Hassan Filler${i}` : `Ali Hassan Other${i}`),
  );
  const idx = buildIndex([
    ...filler,
    person("internal:rare", "LIFSHITS, Artem Mikhaylovich"),
    person("internal:common", "Mohammed Ali Hassan"),
  ]);

  test.each([
    ["Artem Lifshits", "LIFSHITS, Artem Mikhaylovich", true], // the names left are distinctive
    ["Mohammed Hassan", "Mohammed Ali Hassan", false], // the names left are common
    ["Ali Hassan", "Mohammed Ali Hassan", false],
  ])("%s ~ %s passes: %s", (a, b, expected) => {
    expect(nameSimilarity(idx, a, b) >= T).toBe(expected);
  });

  test("a common word weighs less than a rare one", () => {
    expect(idx.persons.weigh({ text: "mohammed", key: "mohammed", korean: false })).toBeLessThan(
      idx.persons.weigh({ text: "lifshits", key: "lifshits", korean: false }),
    );
  });
});

describe("X bin Y: the order around the particle matters", () => {
  test.each([
    ["Mohammed bin Salman", "Mohammed bin Salman", true],
    ["Mohammed bin Salman", "Salman bin Mohammed", false],
    ["AYARI, Chiheb Ben Mohamed", "Chiheb Ben Mohamed Ayari", true],
    ["Bin Xu", "XU, Bin", true], // a given name, not a particle
  ])("%s ~ %s matches: %s", (a, b, expected) => {
    expect(score(a, b) >= T).toBe(expected);
  });
});

describe("legal forms normalise to one token", () => {
  test.each([
    ["ltd liability co", "llc"],
    ["limited liability company", "llc"],
    ["llc", "llc"],
    ["ooo", "llc"],
    ["obshchestvo s ogranichennoy otvetstvennostyu", "llc"],
    ["gmbh", "llc"],
    ["gesellschaft mit beschrankter haftung", "llc"],
    ["aktiengesellschaft", "jsc"],
    ["open joint stock company", "jsc"],
    ["co ltd", "ltd"],
  ])("%s → %s", (phrase, form) => {
    expect(normalizeLegalForms(phrase)).toBe(form);
  });

  test.each([
    ["Acme Ltd Liability Co.", "ACME L.L.C."],
    ["Volkswagen Bank GmbH", "Volkswagen Bank G.m.b.H."],
    ["Siemens AG", "Siemens Aktiengesellschaft"],
    ['ООО "Ромашка"', "Romashka LLC"],
  ])("%s = %s", (a, b) => {
    expect(score(a, b, "org")).toBe(1);
  });

  test("folding keeps initialisms whole", () => {
    expect(foldText("L.L.C.")).toBe("llc");
  });
});
