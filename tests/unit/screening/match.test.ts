import { describe, expect, test } from "vitest";
import {
  buildIndex,
  DEFAULT_NAME_THRESHOLD,
  screen,
  screenWithStats,
  type ScreeningSubject,
} from "@/lib/screening/match";
import { nameTokenList, nameTokens } from "@/lib/screening/normalize";
import { tokenSetScore, tokenSimilarity } from "@/lib/screening/name-score";
import type { WatchlistEntry } from "@/lib/screening/types";
import { ofacFolder, unList } from "./shared-data";

const ofac2024 = ofacFolder("ofac-sdn-2024-05-03").entries;
const index = buildIndex([...ofac2024, ...unList().entries]);
const top = (subject: ScreeningSubject) => screen(index, subject)[0];

function internal(partial: Partial<WatchlistEntry> & Pick<WatchlistEntry, "id" | "name">): WatchlistEntry {
  return {
    list: "internal",
    type: "individual",
    aliases: [],
    programs: [],
    addresses: [],
    datesOfBirth: [],
    nationalities: [],
    identifiers: [],
    linkedTo: [],
    ...partial,
  };
}

describe("names", () => {
  test("'Sang Man Kim' finds KIM, Sang Man (ofac:43377, in the 2024 list) with a perfect score", () => {
    const m = top({ names: ["Sang Man Kim"] });
    expect(m).toMatchObject({
      entryId: "ofac:43377",
      entryName: "KIM, Sang Man",
      list: "ofac",
      matchedField: "name",
      score: 1,
    });
    expect(m?.reasons[0]).toContain('"KIM, Sang Man"');
  });

  test.each(["Kim Jong-un", "Kim Jong Un", "Jong Un Kim", "kim jongun"])(
    "%s → KIM, Jong Un (ofac:20157) with a perfect score",
    (name) => {
      expect(top({ names: [name] })).toMatchObject({ entryId: "ofac:20157", score: 1 });
    },
  );

  // Romanisation variants match, but below the listed spelling itself: 정/종 and 은/온 share a spelling class.
  test.each(["Gim Jongeun", "KIM Jeong-eun"])(
    "%s → KIM, Jong Un (ofac:20157) below a perfect score",
    (name) => {
      const m = top({ names: [name] });
      expect(m?.entryId).toBe("ofac:20157");
      expect(m?.score).toBeGreaterThanOrEqual(DEFAULT_NAME_THRESHOLD);
      expect(m?.score).toBeLessThan(1);
    },
  );

  test("the Kim Jong Un variants score 1 against each other", () => {
    const variants = ["Kim Jong-un", "Kim Jong Un", "Gim Jongeun"].map((n) => nameTokens(n, "person"));
    for (const a of variants) for (const b of variants) expect(tokenSetScore(a, b)).toBe(1);
  });

  test("UN McCune-Reischauer alias 'Kim Cho’ng-sik' and OFAC 'KIM, Jong Sik' both match 'Kim Jeong Sik'", () => {
    // The two records are one person (same name and year of birth): one match carrying both.
    const m = screen(index, { names: ["Kim Jeong Sik"] });
    const ids = m.flatMap((x) => [x.entryId, ...(x.alsoListed ?? []).map((a) => a.entryId)]);
    expect(ids).toEqual(expect.arrayContaining(["ofac:23214", "un:KPi.066"]));
  });

  test.each(["John Smith", "Maria Garcia", "Michael Brown", "Jennifer Lee", "David Kim", "Anna Park"])(
    "common name %s matches no DPRK-program entry above the threshold",
    (name) => {
      const dprk = screen(index, { names: [name] }).filter((m) => {
        const e = index.entries.find((x) => x.id === m.entryId);
        return e?.programs.some((p) => p.startsWith("DPRK") || p === "DPRK");
      });
      expect(dprk).toEqual([]);
    },
  );

  test("a dropped patronymic still matches, a dropped Korean syllable does not", () => {
    // The omission costs what the patronymic carries, so the score sits below a full match.
    const m = top({ names: ["Artem Lifshits"] });
    expect(m?.entryId).toBe("ofac:29702");
    expect(m?.score).toBeGreaterThanOrEqual(DEFAULT_NAME_THRESHOLD);
    expect(m?.score).toBeLessThan(0.95);
    expect(screen(index, { names: ["Kim Jong"] }).map((m) => m.entryId)).not.toContain("ofac:20157");
  });

  test("a typo in a long token is tolerated; in a short one only when the rest of the name matches", () => {
    const m = screen(index, { names: ["Artem Mikhaylovich Lifshitz"] }).find(
      (x) => x.entryId === "ofac:29702",
    );
    expect(m?.score).toBeGreaterThan(0.95);
    const mann = screen(index, { names: ["Kim Sang Mann"] }).find((x) => x.entryId === "ofac:43377");
    expect(mann?.score).toBeGreaterThanOrEqual(DEFAULT_NAME_THRESHOLD);
    expect(mann?.score).toBeLessThan(0.95);
    expect(screen(index, { names: ["Sang Mann"] }).map((x) => x.entryId)).not.toContain("ofac:43377");
    // Two different syllables are different names, not a typo.
    expect(screen(index, { names: ["Kim Sang Min"] }).map((x) => x.entryId)).not.toContain("ofac:43377");
  });
});

describe("token similarity", () => {
  test.each([
    ["lifshits", "lifshitz", true], // typo in a long token
    ["mohammed", "mohamed", true], // (muhammad/mohammed is a transliteration variant, not a typo: not covered)
    ["choe", "chol", false], // two different Korean syllables are never typos of each other
    ["yong", "yongxin", false], // a shared prefix alone is not enough
    ["kim", "kimm", false], // tokens under 4 letters match exactly or not at all
  ])("%s ~ %s: %s", (a, b, similar) => {
    expect(tokenSimilarity(a, b) > 0).toBe(similar);
    expect(tokenSimilarity(b, a)).toBe(tokenSimilarity(a, b));
  });
});

describe("date of birth and nationality", () => {
  const kim = (dateOfBirth?: string, nameThreshold = 0.88) =>
    screen(
      index,
      { names: ["Sang Man Kim"], ...(dateOfBirth ? { dateOfBirth } : {}) },
      { nameThreshold },
    ).find((m) => m.entryId === "ofac:43377");

  test("a matching DOB is recorded; a mismatching one lowers the score clearly, below the default threshold", () => {
    expect(kim("1965-04-25")?.reasons).toContain("date of birth 1965-04-25 exact vs listed 1965-04-25");
    expect(kim("1990-01-01")).toBeUndefined();
    const lowered = kim("1990-01-01", 0.5);
    expect(lowered?.score).toBeCloseTo(0.85, 5);
    expect(lowered?.reasons.join(" ")).toMatch(/mismatch/);
    expect(kim("1965-04-26", 0.5)?.score).toBeCloseTo(0.94, 5); // same year, different day: "near"
  });

  test("a DOB raises a partial name match", () => {
    const without = screen(index, { names: ["Artem Lifshits"] })[0]?.score ?? 0;
    const withDob = screen(index, { names: ["Artem Lifshits"], dateOfBirth: "26 Dec 1992" })[0]?.score ?? 0;
    expect(withDob).toBeGreaterThan(without);
  });

  test("nationality is never used to raise a score", () => {
    const base = { name: "RYU, Song Chol", datesOfBirth: ["1980"] };
    const idx = buildIndex([
      internal({ id: "internal:a", ...base, nationalities: [] }),
      internal({ id: "internal:b", ...base, nationalities: ["Korea, North"] }),
    ]);
    const [a, b] = ["internal:a", "internal:b"].map((id) =>
      screen(idx, { names: ["Yu Seong Cheol"], dateOfBirth: "1980-05-05" }).find((m) => m.entryId === id),
    );
    expect(a?.score).toBeDefined();
    expect(a?.score).toBe(b?.score);
  });
});

describe("entity vs individual and identifiers", () => {
  test("companies match entities; the same text as a person name does not", () => {
    const company = "Chinyong Information Technology Cooperation Co., Ltd.";
    expect(top({ names: [], companies: [company] })).toMatchObject({
      entryId: "ofac:43379",
      matchedField: "company",
      score: 1,
    });
    expect(screen(index, { names: [company] }).map((m) => m.entryId)).not.toContain("ofac:43379");
    expect(screen(index, { names: [], companies: ["Kim Sang Man"] }).map((m) => m.entryId)).not.toContain(
      "ofac:43377",
    );
  });

  test("wallet exact match from the 2024 list scores 1 on its own (ETH case-insensitive, base58 case-sensitive)", () => {
    const eth = screen(index, {
      names: ["Jane Doe"],
      wallets: ["0x97B1043ABD9E6FC31681635166D430A458D14F9C"],
    });
    expect(eth).toHaveLength(1);
    expect(eth[0]).toMatchObject({ entryId: "ofac:43377", matchedField: "wallet", score: 1 });
    expect(screen(index, { names: [], wallets: ["1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"] })[0]?.entryId).toBe(
      "ofac:43377",
    );
    expect(screen(index, { names: [], wallets: ["1d6gg9ikehpittcwrjiniuj1jym2hneafj"] })).toEqual([]);
  });

  test("emails and phones match after normalisation; bank accounts against internal identifiers", () => {
    const matches = screen(index, {
      names: [],
      emails: [" MyCryptoDeals@Yandex.RU"],
      phones: ["+7 (911) 035-49-82"],
    });
    expect(matches.map((m) => `${m.entryId} ${m.matchedField} ${m.score}`)).toEqual([
      "ofac:29702 email 1",
      "ofac:29702 phone 1",
    ]);
    const idx = buildIndex([
      internal({
        id: "internal:acct",
        name: "X",
        identifiers: [{ kind: "other", value: "DE89 3704 0044 0532 0130 00" }],
      }),
    ]);
    expect(screen(idx, { names: [], bankAccounts: ["de89370400440532013000"] })[0]).toMatchObject({
      matchedField: "bank_account",
      score: 1,
    });
  });

  test("an address containing a listed street address matches (add.csv of ofac-mini); a bare city does not", () => {
    const mini = buildIndex(ofacFolder("ofac-mini").entries);
    const m = screen(mini, {
      names: [],
      addresses: ["Presnenskaya Embankment 12, Federation East Tower, Floor 31, Suite Q, Moscow 123317"],
    });
    expect(m).toEqual([
      expect.objectContaining({ entryId: "ofac:33151", matchedField: "address", score: 0.9 }),
    ]);
    expect(screen(mini, { names: [], addresses: ["Moscow, Russia"] })).toEqual([]);
  });

  test("a 2025 designation (Song Kum Hyok) is caught once added as an internal entry", () => {
    expect(screen(index, { names: ["Song Kum Hyok"] })).toEqual([]);
    const idx = buildIndex([
      ...ofac2024,
      internal({ id: "internal:song-kum-hyok", name: "SONG, Kum Hyok", programs: ["DPRK3"] }),
    ]);
    expect(screen(idx, { names: ["Song Kum Hyok"] })[0]).toMatchObject({
      entryId: "internal:song-kum-hyok",
      score: 1,
    });
    const folded = screen(idx, { names: ["Seong Geum-hyeok"] })[0];
    expect(folded?.entryId).toBe("internal:song-kum-hyok");
    expect(folded?.score).toBeGreaterThanOrEqual(DEFAULT_NAME_THRESHOLD);
  });
});

describe("blocking", () => {
  test("screening inspects a small fraction of the list", () => {
    const { stats, matches } = screenWithStats(index, {
      names: ["Sang Man Kim"],
      companies: ["Chinyong IT"],
    });
    expect(matches[0]?.entryId).toBe("ofac:43377");
    expect(stats.indexedNames).toBeGreaterThan(20_000);
    expect(stats.candidates).toBeLessThan(stats.indexedNames / 20);
    expect(stats.scored).toBeLessThan(20);
  });

  test("pruning never drops a name that a full scan would score above the threshold", () => {
    const people = ofac2024.filter((e) => e.type === "individual");
    const mutate = (s: string, i: number) =>
      i % 3 === 0
        ? s.replace(/[aeiou]/, "")
        : i % 3 === 1
          ? `${s} Extra`
          : s.split(/[ ,]+/).reverse().join(" ");
    for (let i = 0; i < 25; i++) {
      const name = mutate(people[(i * 373) % people.length]?.name ?? "", i);
      const tokens = nameTokenList(name, "person");
      const full = index.persons.names.filter((n) => index.persons.score(tokens, n) >= 0.8).length;
      const blocked = index.persons.query(tokens, 0.8, 0, { candidates: 0, scored: 0 }).length;
      expect(blocked, name).toBe(full);
    }
  }, 60_000);

  test("performance (logged, not asserted): one subject against the full 2024 + UN index", () => {
    const people = ofac2024.filter((e) => e.type === "individual");
    const subjects = Array.from({ length: 500 }, (_, i) => ({
      names: [people[(i * 131) % people.length]?.name ?? ""],
      emails: [`user${i}@example.com`],
      wallets: ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT"],
      companies: ["Acme Software Ltd"],
      dateOfBirth: "1980-01-01",
    }));
    const start = performance.now();
    for (const s of subjects) screen(index, s);
    const avg = (performance.now() - start) / subjects.length;
    console.log(`screening: ${avg.toFixed(3)} ms per subject over ${index.entries.length} entries`);
    expect(avg).toBeGreaterThan(0);
  }, 60_000);
});
