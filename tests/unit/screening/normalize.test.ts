import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalSyllable, splitJoinedSyllables } from "@/lib/screening/korean";
import {
  canonicalName,
  foldText,
  nameTokens,
  normalizeIdentifier,
  phonesMatch,
} from "@/lib/screening/normalize";

describe("canonicalName: persons", () => {
  test.each([
    // token order, case and punctuation
    ["KIM, Sang Man", "Sang Man Kim"],
    ["Sang-Man KIM", "kim sang man"],
    ["Sangman Kim", "Kim Sang Man"],
    // McCune-Reischauer / Revised Romanization / common spellings
    ["Kim Jong-un", "Kim Jong Un"],
    ["Kim Jong Un", "Gim Jongeun"],
    ["Kim Jongun", "Gim Jeong-eun"],
    ["Pak Chol", "Park Cheol"],
    ["Pak Chol", "Bak Chul"],
    ["Ri Song Hyok", "Lee Seong-hyeok"],
    ["Ri Song Hyok", "Rhee Sung Hyuk"],
    ["Yi Kyong", "I Gyeong"],
    ["Choe Kum Chol", "Choi Geum Cheol"],
    ["Choy Kum Chol", "Choe Keum Chul"],
    ["Son Kyong Sik", "Sohn Kyung-shik"],
    ["O Un Hui", "Oh Eun Hee"],
    ["Yun Ho-jin", "Yoon Hojin"],
    ["Jong In Chol", "Chong In Cheol"],
    ["Jong In Chol", "Jeong In-cheol"],
    ["Song Kum Hyok", "Seong Geum-hyeok"],
    ["Kim Cho’ng-sik", "Kim Jong Sik"], // MR apostrophe, UN alias of KPi.066
    ["Kim Ch'ol", "Kim Chol"],
    ["Kim Kyŏng-hŭi", "Kim Kyong Hui"], // MR breves
    ["Ri Ryong Nam", "Lee Yong Nam"], // DPRK initial r
    // honorifics and generational suffixes
    ["Mr. John Smith", "John Smith"],
    ["Dr John SMITH Jr.", "smith john"],
    // diacritics and special letters
    ["José Muñoz", "Jose Munoz"],
    ["Łukasz Øster", "lukasz oster"],
    ["Straße", "strasse"],
  ])("%s = %s", (a, b) => {
    expect(canonicalName(a)).toBe(canonicalName(b));
  });

  test.each([
    ["Kim Jong Un", "Kim Jong"],
    ["Kim Sang Man", "Kim Sang Mun"],
    ["Pak Chol", "Pak Chun"],
    ["John Smith", "Jon Smyth"],
  ])("%s ≠ %s", (a, b) => {
    expect(canonicalName(a)).not.toBe(canonicalName(b));
  });
});

describe("canonicalName: organisations", () => {
  test.each([
    [
      "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY",
      "Chinyong Information Technology Cooperation Co., Ltd.",
    ],
    ["SUEX OTC, S.R.O.", "Suex OTC"],
    ["BEL-KAP-STEEL LLC", "Bel Kap Steel L.L.C."],
    ["Acme Holdings Limited", "ACME HOLDINGS LTD"],
    ["OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", "Rosneft Oil"],
    ["The Korea Ryonbong General Corporation", "KOREA RYONBONG GENERAL CORP."],
  ])("%s = %s", (a, b) => {
    expect(canonicalName(a, "org")).toBe(canonicalName(b, "org"));
  });

  test("a name made only of suffix words keeps them rather than vanishing", () => {
    expect(nameTokens("The Company Ltd", "org")).toEqual(["the", "company", "ltd"]);
  });
});

describe("Korean syllables", () => {
  test.each([
    ["jongun", ["jong", "un"]],
    ["jeongeun", ["jeong", "eun"]],
    ["sangman", ["sang", "man"]],
    ["kyongsik", ["kyong", "sik"]],
    ["gimjongeun", ["gim", "jong", "eun"]],
  ])("splits %s", (token, parts) => {
    expect(splitJoinedSyllables(token)).toEqual(parts);
  });

  test.each(["smith", "jiadong", "khoroshev", "kim", "un", "yinyin"])("does not split %s", (token) => {
    expect(splitJoinedSyllables(token)).toBeNull();
  });

  test("variants map to one canonical spelling; unknown tokens pass through", () => {
    expect(["gim", "kim"].map(canonicalSyllable)).toEqual(["kim", "kim"]);
    expect(["jung", "jeong", "chong", "jong"].map(canonicalSyllable)).toEqual([
      "jong",
      "jong",
      "jong",
      "jong",
    ]);
    expect(canonicalSyllable("smith")).toBe("smith");
  });
});

describe("foldText", () => {
  test("keeps initialisms together and drops apostrophes", () => {
    expect(foldText("D'S SUPERMARKET, S.A. de C.V.")).toBe("ds supermarket sa de cv");
    expect(foldText("  Ch’ŏl--Ho  ")).toBe("chol ho");
  });

  test("property: canonical names ignore token order and are idempotent", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const forward = canonicalName(words.join(" "));
        expect(canonicalName([...words].reverse().join(", "))).toBe(forward);
        expect(canonicalName(forward)).toBe(forward);
      }),
    );
  });
});

describe("normalizeIdentifier", () => {
  test.each([
    ["wallet", " 0x97B1043ABD9E6FC31681635166D430A458D14F9C ", "0x97b1043abd9e6fc31681635166d430a458d14f9c"],
    ["wallet", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"],
    ["wallet", "BC1QVHNFKNW852EPHXYC5HM4Q520ZMVF9MAPHETC9Z", "bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9z"],
    ["wallet", "TXj5x6p3mZ7QXnnLGLr3NS2Bq1RZ6Ss6dW", "TXj5x6p3mZ7QXnnLGLr3NS2Bq1RZ6Ss6dW"],
    ["email", "  MyCryptoDeals@Yandex.RU ", "mycryptodeals@yandex.ru"],
    ["phone", "+7 (911) 035-49-82", "79110354982"],
    ["phone", "(218) (0)214778301", "218214778301"],
    ["passport", "ab-1234 567", "AB1234567"],
    ["national_id", "561-77-9011", "561779011"],
    ["website", "https://www.Suex.io/", "suex.io"],
  ] as const)("%s %s → %s", (kind, value, expected) => {
    expect(normalizeIdentifier(kind, value)).toBe(expected);
  });

  test.each([
    ["79110354982", "9110354982", true], // with and without country code
    ["89110354982", "79110354982", false], // full numbers that differ in their first digit
    ["0354982", "79110354982", false], // 7 digits is too short to trust
    ["110354982", "79110354982", true], // exactly 9 trailing digits
  ])("phonesMatch(%s, %s) = %s", (a, b, expected) => {
    expect(phonesMatch(a, b)).toBe(expected);
  });
});
