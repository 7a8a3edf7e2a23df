import { describe, expect, test } from "vitest";
import { csvCell, csvRow } from "@/lib/format/csv";

describe("CSV export cells", () => {
  test.each([
    ["plain", "plain"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["a,b", `"a,b"`],
    ["line\nbreak", `"line\nbreak"`],
    [null, ""],
    [42, "42"],
  ])("%j becomes %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test("objects are written as JSON", () => {
    expect(csvRow(["x", { a: 1 }])).toBe(`x,"{""a"":1}"`);
  });
});
