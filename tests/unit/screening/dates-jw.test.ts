import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareDob, edtfSpan, ofacDobToEdtf, parseSubjectDob } from "@/lib/screening/dates";
import { jaro, jaroWinkler } from "@/lib/screening/jaro-winkler";

describe("dates of birth", () => {
  test.each([
    ["25 Mar 1977", "1977-03-25"],
    ["Mar 1977", "1977-03"],
    ["1977", "1977"],
    ["circa 1951", "1951~"],
    ["1967 to 1969", "1967/1969"],
    ["01 Jan 1967 to 31 Dec 1969", "1967-01-01/1969-12-31"],
    ["circa 1979-1982", "1979~/1982~"],
    ["August 1961", "1961-08"],
    ["31 Feb 1970", null],
    ["sometime in 1970", null],
  ])("OFAC %s → %s", (text, expected) => {
    expect(ofacDobToEdtf(text)).toBe(expected);
  });

  test.each([
    ["1965-04-25", "1965-04-25"],
    ["25 Apr 1965", "1965-04-25"],
    ["1965", "1965"],
    ["04/25/1965", null], // ambiguous day/month order is refused, not guessed
    ["1965-13-01", null],
  ])("subject %s → %s", (text, expected) => {
    expect(parseSubjectDob(text)).toBe(expected);
  });

  test.each([
    ["1965-04-25", ["1965-04-25"], "exact"],
    ["1965-04-25", ["1965"], "consistent"],
    ["1968-06-01", ["1967/1969"], "consistent"],
    ["1950-12-31", ["1951~"], "consistent"], // circa widens by a year
    ["1965-04-26", ["1965-04-25"], "near"],
    ["1990-01-01", ["1965-04-25"], "mismatch"],
    ["1990-01-01", ["1965-04-25", "1990"], "consistent"], // best of several listed dates
    ["1990-01-01", [], "unknown"],
  ] as const)("compareDob(%s, %j) = %s", (subject, listed, outcome) => {
    expect(compareDob(subject, listed)).toBe(outcome);
  });

  test("EDTF spans", () => {
    expect(edtfSpan("1977-03")).toEqual({ from: 19770301, to: 19770331, day: false });
    expect(edtfSpan("1969/1967")).toBeNull();
  });
});

describe("Jaro–Winkler", () => {
  test.each([
    ["MARTHA", "MARHTA", 0.944, 0.961],
    ["DWAYNE", "DUANE", 0.822, 0.84],
    ["DIXON", "DICKSONX", 0.767, 0.813],
    ["abc", "xyz", 0, 0],
    ["same", "same", 1, 1],
  ])("%s / %s: jaro %f, jaro-winkler %f", (a, b, j, jw) => {
    expect(jaro(a, b)).toBeCloseTo(j, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
  });

  test("property: symmetric, bounded, 1 only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(b, a)).toBeCloseTo(s, 12);
        if (a !== b) expect(s).toBeLessThan(1);
      }),
    );
  });
});
