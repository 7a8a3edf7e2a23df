import { describe, expect, test } from "vitest";
import { WatchlistParseError } from "@/lib/screening/errors";
import { parseOfac, type OfacFiles } from "@/lib/screening/ofac";
import { readData } from "./shared-data";

const NULLS = (n: number) => Array.from({ length: n }, () => "-0- ").join(",");
const sdnRow = (ent: string, name = "DOE, John", type = '"individual"', remarks = '"DOB 1970."') =>
  `${ent},"${name}",${type},"SDGT",${NULLS(7)},${remarks}`;

function parseError(files: OfacFiles): WatchlistParseError {
  try {
    parseOfac(files);
  } catch (e) {
    if (e instanceof WatchlistParseError) return e;
    throw e;
  }
  throw new Error("expected a WatchlistParseError");
}

describe("bad or truncated OFAC files are rejected with file, line and reason", () => {
  const good = [sdnRow("1"), sdnRow("2", "ROE, Jane")].join("\r\n");

  test.each<[string, OfacFiles, string, number, RegExp]>([
    [
      "wrong column count",
      { sdn: `${good}\r\n3,"X",-0- ,"SDGT"` },
      "sdn.csv",
      3,
      /expected 12 columns, found 4/,
    ],
    [
      "non-numeric ent_num",
      { sdn: `${good}\r\n${sdnRow("12a")}` },
      "sdn.csv",
      3,
      /non-numeric ent_num "12a"/,
    ],
    [
      "unterminated quote",
      { sdn: `${good}\r\n${sdnRow("3").slice(0, -4)}` },
      "sdn.csv",
      3,
      /unterminated quoted field/,
    ],
    [
      "stray quote in an unquoted field",
      { sdn: `${good}\r\n3,DO"E,${NULLS(10)}` },
      "sdn.csv",
      3,
      /stray quote/,
    ],
    [
      "text after a closing quote",
      { sdn: `1,"DOE"x,${NULLS(10)}` },
      "sdn.csv",
      1,
      /unexpected character "x" after closing quote/,
    ],
    [
      "null marker cut short",
      { sdn: `${good}\r\n3,"X",-0- ,"SDGT",${NULLS(7)},-0` },
      "sdn.csv",
      3,
      /unexpected unquoted value "-0"/,
    ],
    [
      "cut right after a comma",
      { sdn: `${good}\r\n3,"X",-0- ,"SDGT",${NULLS(7)},` },
      "sdn.csv",
      3,
      /unexpected unquoted value ""/,
    ],
    [
      "duplicate ent_num",
      { sdn: `${good}\r\n${sdnRow("1")}` },
      "sdn.csv",
      3,
      /duplicate ent_num 1 \(first on line 1\)/,
    ],
    [
      "unknown SDN_Type",
      { sdn: sdnRow("1", "X", '"submarine"') },
      "sdn.csv",
      1,
      /unknown SDN_Type "submarine"/,
    ],
    ["empty SDN_Name", { sdn: sdnRow("1", "") }, "sdn.csv", 1, /empty SDN_Name/],
    ["empty sdn.csv", { sdn: "\u001a" }, "sdn.csv", 0, /no entries/],
    ["Ctrl-Z in the middle", { sdn: `${sdnRow("1")}\r\n\u001a\r\n${sdnRow("2")}` }, "sdn.csv", 2, /Ctrl-Z/],
    [
      "alt.csv with a missing column",
      { sdn: good, alt: '1,10,"aka","X"\r\n' },
      "alt.csv",
      1,
      /expected 5 columns, found 4/,
    ],
    [
      "alt.csv non-numeric alt_num",
      { sdn: good, alt: '1,x,"aka","X",-0- \r\n' },
      "alt.csv",
      1,
      /non-numeric id "x"/,
    ],
    [
      "add.csv truncated inside a quote",
      { sdn: good, add: '1,5,"Main St","Town","Countr' },
      "add.csv",
      1,
      /unterminated/,
    ],
    [
      "comments truncated",
      { sdn: good, comments: '1,"more text\r\n' },
      "sdn_comments.csv",
      1,
      /unterminated/,
    ],
  ])("%s", (_label, files, file, line, reason) => {
    const err = parseError(files);
    expect(err.file).toBe(file);
    expect(err.line).toBe(line);
    expect(err.reason).toMatch(reason);
    expect(err.message).toContain(file);
  });

  test("the real 2024 list cut at arbitrary byte offsets is rejected at the line of the cut", () => {
    const full = readData("ofac-sdn-2024-05-03/sdn.csv");
    for (const cut of [1_000_003, 2_000_017, 2_500_000, 3_333_333, full.length - 40]) {
      const slice = full.subarray(0, cut);
      const err = parseError({ sdn: slice });
      const lineAtCut = slice.toString("latin1").split("\n").length;
      expect(err.line).toBe(lineAtCut);
      expect(err.reason).toMatch(/unterminated|expected 12 columns|unexpected unquoted/);
    }
  });

  test("an alt/add row for an unknown ent_num is a warning, not an error", () => {
    const { entries, warnings } = parseOfac({
      sdn: good,
      alt: '9,10,"aka","GHOST",-0- \r\n1,11,"aka","JD",-0- ',
    });
    expect(entries[0]?.aliases).toEqual([{ name: "JD", kind: "aka" }]);
    expect(warnings).toEqual(["alt.csv rows for ent_num not in sdn.csv: 1 row(s), e.g. line 1 (9)"]);
  });
});

describe("encoding and line-end tolerance", () => {
  test("Latin-1 bytes, LF line ends, BOM and a trailing Ctrl-Z are all accepted", () => {
    const text = `\ufeff${sdnRow("1", "MU\u00d1OZ, Jos\u00e9")}\n${sdnRow("2")}\n\u001a`;
    const { entries } = parseOfac({ sdn: Buffer.from(text.replace("\ufeff", ""), "latin1") });
    expect(entries.map((e) => e.name)).toEqual(["MU\u00d1OZ, Jos\u00e9", "DOE, John"]);
    expect(parseOfac({ sdn: text }).entries).toHaveLength(2);
  });

  test("quoted fields may hold commas, doubled quotes and line breaks", () => {
    const remarks = '"Website a.example; a.k.a. ""X, Y""; Email Address\r\nz@example.com."';
    const { entries } = parseOfac({
      sdn: `${sdnRow("1", "A, B", '"individual"', remarks)}\r\n${sdnRow("2")}`,
    });
    expect(entries[0]?.remarks).toBe('Website a.example; a.k.a. "X, Y"; Email Address\r\nz@example.com.');
    expect(entries[0]?.identifiers).toContainEqual({ kind: "email", value: "z@example.com" });
    expect(entries[1]?.id).toBe("ofac:2");
  });
});
