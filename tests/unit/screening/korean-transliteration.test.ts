import { describe, expect, test } from "vitest";
import { hangulKey, hangulRomanized } from "@/lib/screening/hangul";
import { parseSyllables, syllableKey, wordKey } from "@/lib/screening/korean";
import { FOLDED_SIMILARITY, tokenSetScore } from "@/lib/screening/name-score";
import { canonicalName, nameTokenList } from "@/lib/screening/normalize";
import { transliterate } from "@/lib/screening/transliterate";

describe("syllable inventory: every romanisation of a syllable has its class key", () => {
  test.each([
    // [Hangul, spellings in MR, RR, Yale and passport use]
    ["김", ["kim", "gim"]],
    ["박", ["pak", "bak", "park", "pahk", "bahk"]],
    ["리", ["ri", "li", "lee", "rhee", "yi", "i"]],
    ["최", ["choe", "choi", "choy", "chwe"]],
    ["정", ["jong", "chong", "jeong", "jung", "cheong", "chung", "joung"]],
    ["경", ["kyong", "gyeong", "kyung", "kyoung", "gyong"]],
    ["철", ["chol", "cheol", "chul"]],
    ["은", ["un", "eun"]],
    ["희", ["hui", "hee", "heui"]],
    ["손", ["son", "sohn"]],
    ["오", ["o", "oh"]],
    ["룡", ["ryong", "yong", "young", "ryeong"]],
    ["식", ["sik", "shik"]],
    ["문", ["mun", "moon"]],
    ["우", ["u", "woo"]],
    ["쌍", ["ssang", "sang"]],
    ["태", ["tae", "thae", "tai", "dae"]],
  ])("%s = %j", (hangul, spellings) => {
    const key = hangulKey(hangul);
    expect(key).not.toBeNull();
    for (const s of spellings) expect(syllableKey(s), s).toBe(key);
  });

  test.each([
    ["kum", "김"],
    ["kim", "금"],
    ["san", "성"],
    ["chun", "철"],
    ["pak", "백"],
  ])("%s is not a spelling of %s", (spelling, other) => {
    expect(syllableKey(spelling)).not.toBe(hangulKey(other));
  });

  test.each([
    ["김", "gim"],
    ["정", "jeong"],
    ["은", "eun"],
    ["최", "choe"],
  ])("Hangul %s is spelt %s (Revised Romanization)", (hangul, rr) => {
    expect(hangulRomanized(hangul)).toBe(rr);
  });
});

describe("splitting and Korean plausibility", () => {
  test.each([
    ["chinyong", "jinyong"],
    ["cheonsurim", "chonsurim"],
    ["kyongsik", "gyeongshik"],
  ])("word keys: %s = %s", (a, b) => {
    expect(wordKey(a)).not.toBeNull();
    expect(wordKey(a)).toBe(wordKey(b));
  });

  test.each([
    ["Juan Carlos Lopez", ["juan", "carlos", "lopez"]],
    ["Jose Maria Garcia", ["jose", "maria", "garcia"]],
    ["Michel Dupont", ["michel", "dupont"]],
    ["China Petroleum Bureau", ["china", "petroleum", "bureau"]],
    ["Kim Jongun", ["kim", "jong", "un"]],
    ["Gim Jeong-eun", ["gim", "jeong", "eun"]],
  ])("%s → %j (only plausibly Korean names are split)", (name, texts) => {
    expect(nameTokenList(name, "person").map((t) => t.text)).toEqual(texts);
  });

  test.each(["smith", "jiadong", "maria", "yinyin", "khoroshev"])(
    "%s is not a romanised Korean word",
    (token) => {
      expect(parseSyllables(token)).toBeNull();
      expect(wordKey(token)).toBeNull();
    },
  );
});

describe("folded spellings score below exact ones", () => {
  const score = (a: string, b: string) =>
    tokenSetScore(nameTokenList(a, "person"), nameTokenList(b, "person"));
  test.each([
    ["Kim Jong Un", "Kim Jong Un", 1],
    ["Kim Jong Un", "Jong Un Kim", 1],
    ["Kim Jong Un", "kim jong-un", 1],
  ])("%s ~ %s = %d", (a, b, expected) => {
    expect(score(a, b)).toBe(expected);
  });

  test.each([
    ["Gim Jeong-eun", "Kim Jong Un"],
    ["Pak Chol", "Park Cheol"],
    ["Ri Song Hyok", "Lee Seong-hyeok"],
    ["Kim Jong On", "Kim Jong Un"],
  ])("%s ~ %s: a variant, strong but below 1", (a, b) => {
    const s = score(a, b);
    expect(s).toBeGreaterThanOrEqual(FOLDED_SIMILARITY);
    expect(s).toBeLessThan(1);
    expect(canonicalName(a)).toBe(canonicalName(b));
  });

  test.each([
    ["김종은", "김정은"], // two different given names that both romanise as "jong" in MR
    ["이재형", "이재명"],
    ["高石早苗", "高市早苗"], // different Han characters with the same pinyin
  ])("%s ~ %s: different characters are different names", (a, b) => {
    expect(score(a, b)).toBeLessThan(0.88);
  });
});

describe("other scripts meet their Latin spelling", () => {
  test.each([
    ["김정은", "Kim Jong Un"],
    ["Владимир Путин", "Vladimir Putin"],
    ["Բարակ Օբամա", "Barack Obama"],
    ["ბარაკ ობამა", "Barack Obama"],
    ["Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"],
    ["习近平", "Xi Jinping"],
  ])("%s ~ %s", (a, b) => {
    expect(tokenSetScore(nameTokenList(a, "person"), nameTokenList(b, "person"))).toBeGreaterThanOrEqual(
      0.88,
    );
  });

  test.each([
    ["Владимир", "Vladimir"],
    ["Жомарт", "Zhomart"],
    ["Barack", "Barack"],
  ])("transliterate(%s) = %s", (input, latin) => {
    expect(transliterate(input).text).toBe(latin);
  });
});
