import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CsvSyntaxError, parseCsv, readCsvRecords, writeCsv } from "@/lib/import/csv";

const cells = (input: string) => readCsvRecords(input).map((r) => r.cells);

describe("readCsvRecords", () => {
  test.each<[string, string, string[][]]>([
    [
      "CRLF",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "LF, no final newline",
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "lone CR (old Mac exports)",
      "a,b\rc,d\r",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "quoted delimiter, doubled quote, CRLF and LF inside quotes",
      '"x, y","say ""hi""","l1\r\nl2\nl3"\r\n',
      [["x, y", 'say "hi"', "l1\r\nl2\nl3"]],
    ],
    ["empty fields", ",,\r\n", [["", "", ""]]],
    ["quoted empty field", '"",a', [["", "a"]]],
    [
      "UTF-8 byte-order mark",
      "\ufeffname,email\r\nAnn,a@x",
      [
        ["name", "email"],
        ["Ann", "a@x"],
      ],
    ],
    ["stray quote inside an unquoted field is text", 'O"Brien,x', [['O"Brien', "x"]]],
    ["text after a closing quote is kept", '"12" monitor,x', [["12 monitor", "x"]]],
    [
      "semicolon delimiter chosen from the header",
      "a;b\r\n1,5;2\r\n",
      [
        ["a", "b"],
        ["1,5", "2"],
      ],
    ],
    [
      "tab delimiter",
      "a\tb\nc\td",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["non-ASCII text", "Jürgen Müller,東京\r\n", [["Jürgen Müller", "東京"]]],
  ])("%s", (_label, input, expected) => {
    expect(cells(input)).toEqual(expected);
  });

  test("an unterminated quoted field is an error naming the line it starts on", () => {
    const error = (() => {
      try {
        readCsvRecords('a\r\nb\r\n"open,c\r\nmore');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
  });
});

describe("parseCsv", () => {
  test("rows are numbered as a spreadsheet shows them: header is row 1, multi-line cells and blank lines counted once", () => {
    const table = parseCsv('name,notes\r\nAnn,"two\r\nlines"\r\n\r\nBob,x\r\n,\r\n');
    expect(table.header).toEqual(["name", "notes"]);
    expect(table.records).toEqual([
      { row: 2, cells: ["Ann", "two\r\nlines"] },
      { row: 4, cells: ["Bob", "x"] },
    ]);
  });

  test("header names are trimmed; an empty text has no header", () => {
    expect(parseCsv(" Full Name , E-mail \n1,2").header).toEqual(["Full Name", "E-mail"]);
    expect(parseCsv("").header).toEqual([]);
  });

  test("writeCsv then parseCsv returns the same cells (property)", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "b", " ", ",", ";", '"', "\n", "\r", "\t", "é", "="),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== ""));
          const table = parseCsv(writeCsv(["h1", "h2", "h3"], nonBlank));
          expect(table.records.map((r) => r.cells)).toEqual(nonBlank);
        },
      ),
      { numRuns: 300 },
    );
  });
});
