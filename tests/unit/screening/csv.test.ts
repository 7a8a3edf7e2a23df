import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quoteCsvField, tokenizeCsv } from "@/lib/screening/csv";
import { WatchlistParseError } from "@/lib/screening/errors";

const fields = (input: string) => tokenizeCsv(input, "t.csv").map((r) => r.fields);

describe("tokenizeCsv", () => {
  test.each<[string, string, string[][]]>([
    [
      "plain CRLF",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "LF only, no final newline",
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["trailing Ctrl-Z after CRLF", "a,b\r\n\u001a", [["a", "b"]]],
    ["Ctrl-Z then stray newline", "a\r\n\u001a\r\n", [["a"]]],
    [
      "quoted comma, quote and newline",
      '"x, y","say ""hi""","l1\r\nl2"\r\n',
      [["x, y", 'say "hi"', "l1\r\nl2"]],
    ],
    ["empty fields", ",,\r\n", [["", "", ""]]],
    ["quoted empty field is a record", '""\r\n', [[""]]],
    ["blank lines are skipped", "a\r\n\r\nb\r\n", [["a"], ["b"]]],
    ["OFAC null marker kept verbatim", "1,-0- ,2", [["1", "-0- ", "2"]]],
    ["BOM", "\ufeffa,b", [["a", "b"]]],
  ])("%s", (_label, input, expected) => {
    expect(fields(input)).toEqual(expected);
  });

  test("records report the physical line they start on, counting newlines inside quotes", () => {
    const records = tokenizeCsv('a\r\n"b\r\nb2\r\nb3",x\r\nc\r\n', "t.csv");
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records.map((r) => r.quoted)).toEqual([[false], [true, false], [false]]);
  });

  test.each<[string, string, number, RegExp]>([
    ["unterminated quote", 'a\r\n"open,b\r\nmore', 2, /unterminated quoted field/],
    ["garbage after closing quote", '"a"b,c', 1, /after closing quote/],
    ["stray quote", 'ab"c', 1, /stray quote/],
    ["Ctrl-Z inside the data", "a\r\n\u001ab\r\n", 2, /Ctrl-Z/],
  ])("rejects %s", (_label, input, line, reason) => {
    try {
      tokenizeCsv(input, "t.csv");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WatchlistParseError);
      expect(e).toMatchObject({ file: "t.csv", line });
      expect((e as WatchlistParseError).reason).toMatch(reason);
    }
  });

  test("property: any table written with quoted fields reads back identically", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", ",", '"', "\r", "\n", " ", "é", "-", "0") });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        fc.boolean(),
        (table, ctrlZ) => {
          const text =
            table.map((row) => row.map(quoteCsvField).join(",")).join("\r\n") + (ctrlZ ? "\r\n\u001a" : "");
          expect(fields(text)).toEqual(table);
        },
      ),
    );
  });
});
