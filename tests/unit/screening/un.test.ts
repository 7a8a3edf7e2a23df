import { describe, expect, test } from "vitest";
import { WatchlistParseError } from "@/lib/screening/errors";
import { parseUnXml } from "@/lib/screening/un";
import { childText, parseXml } from "@/lib/screening/xml";
import { readData, unList } from "./shared-data";

function errorOf(fn: () => unknown): WatchlistParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof WatchlistParseError) return e;
    throw e;
  }
  throw new Error("expected a WatchlistParseError");
}

describe("UN consolidated list", () => {
  const { entries, warnings, dateGenerated } = unList();
  const get = (id: string) => entries.find((e) => e.id === id);

  test("730 individuals and 273 entities, generated 2026-02-27", () => {
    expect(entries.filter((e) => e.type === "individual")).toHaveLength(730);
    expect(entries.filter((e) => e.type === "entity")).toHaveLength(273);
    expect(dateGenerated).toBe("2026-02-27T00:00:09.554Z");
  });

  test("DPRK regime: 80 KPi individuals (the README's '80'), plus 75 KPe entities = 155 under UN_LIST_TYPE DPRK", () => {
    expect(entries.filter((e) => e.id.startsWith("un:KPi."))).toHaveLength(80);
    expect(entries.filter((e) => e.id.startsWith("un:KPe."))).toHaveLength(75);
    expect(entries.filter((e) => e.programs.includes("DPRK"))).toHaveLength(155);
  });

  test("an individual: names joined, alias quality, nationality, BETWEEN date of birth", () => {
    expect(get("un:KPi.066")).toMatchObject({
      list: "un",
      type: "individual",
      name: "KIM JONG SIK",
      programs: ["DPRK"],
      aliases: [{ name: "Kim Cho’ng-sik", kind: "good" }],
      nationalities: ["Democratic People's Republic of Korea"],
      datesOfBirth: ["1967/1969"],
      addresses: [{ country: "Democratic People's Republic of Korea" }],
    });
    expect(get("un:KPi.001")?.datesOfBirth).toEqual(["1944-10-13"]);
  });

  test("an entity: FIRST_NAME is the name, ENTITY_ALIAS a.k.a. and ENTITY_ADDRESS", () => {
    const komid = get("un:KPe.001");
    expect(komid?.name).toBe("KOREA MINING DEVELOPMENT TRADING CORPORATION");
    expect(komid?.aliases).toContainEqual({ name: "CHANGGWANG SINYONG CORPORATION", kind: "aka" });
    expect(komid?.addresses).toEqual([
      { address: "Central District", city: "Pyongyang", country: "Democratic People's Republic of Korea" },
    ]);
  });

  test("entities are decoded (&amp;) and original-script names kept as aliases", () => {
    expect(entries.map((e) => e.name)).toContain("CHANG AN SHIPPING & TECHNOLOGY");
    expect(
      entries.some((e) => e.aliases.some((a) => a.kind === "original" && /\p{Script=Arabic}/u.test(a.name))),
    ).toBe(true);
  });

  test("documents become passport / national_id identifiers, trimmed and de-duplicated per entry", () => {
    const all = entries.flatMap((e) => e.identifiers);
    expect(all.filter((i) => i.kind === "passport")).toHaveLength(304);
    expect(all.filter((i) => i.kind === "national_id")).toHaveLength(144);
    expect(all.every((i) => i.value === i.value.trim() && i.value !== "")).toBe(true);
    // PAEK Chang-Ho's passport appears three times in the XML.
    const kp = entries.filter((e) => e.identifiers.some((i) => i.value === "381420754"));
    expect(kp.map((e) => e.identifiers.filter((i) => i.value === "381420754").length)).toEqual([1]);
  });

  test("dates of birth: exact, year, month (from NOTE), approximate and ranges; three unreadable ones warned", () => {
    const shapes = new Map<string, number>();
    for (const d of entries.flatMap((e) => e.datesOfBirth)) {
      const shape = d.replace(/\d/g, "9");
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
    expect(Object.fromEntries(shapes)).toEqual({
      "9999-99-99": 454,
      "9999": 262,
      "9999~": 116,
      "9999/9999": 31,
      "9999-99": 4,
    });
    expect(warnings).toEqual([
      'un:LYi.022: date of birth not understood: "APPROXIMATELY 30-35 years old" (line 13391)',
      'un:QDi.291: date of birth not understood: "EXACT 24/06/1402 (Hijri Calendar)" (line 22634)',
      'un:QDi.306: date of birth not understood: "EXACT Between Aug. and Sep. 1977" (line 23633)',
    ]);
  });
});

describe("truncated or malformed UN XML is rejected", () => {
  const xml = readData("un-consolidated/consolidated.xml").toString("utf8");

  test.each([100_000, 1_000_001, 2_000_000, xml.length - 20])("real file cut at character %i", (cut) => {
    const err = errorOf(() => parseUnXml(xml.slice(0, cut)));
    expect(err.file).toBe("consolidated.xml");
    expect(err.reason).toMatch(/file truncated\?/);
    expect(err.line).toBe(xml.slice(0, cut).split("\n").length);
  });

  test.each<[string, string, number, RegExp]>([
    [
      "mismatched end tag",
      "<CONSOLIDATED_LIST>\n<INDIVIDUALS></ENTITIES>",
      2,
      /does not match <INDIVIDUALS> opened on line 2/,
    ],
    ["unknown entity", "<a>&nbsp;</a>", 1, /unknown entity &nbsp;/],
    ["bare ampersand", "<a>\nAT&T</a>", 1, /bare "&"/],
    ["second root", "<a/>\n<b/>", 2, /second root element/],
    ["text after the root", "<a/>\nx", 2, /content after the root element/],
    ["unquoted attribute", "<a b=c/>", 1, /not quoted/],
    [
      "DOCTYPE with internal subset (entity expansion)",
      '<!DOCTYPE a [<!ENTITY x "y">]><a/>',
      1,
      /internal subsets/,
    ],
    ["empty input", "   ", 1, /no root element/],
    ["unterminated comment", "<a><!-- x", 1, /unterminated comment/],
  ])("%s", (_label, input, line, reason) => {
    const err = errorOf(() => parseXml(input, "x.xml"));
    expect(err).toMatchObject({ file: "x.xml", line });
    expect(err.reason).toMatch(reason);
  });

  test("well-formed XML that is not the consolidated list is rejected", () => {
    expect(errorOf(() => parseUnXml("<feed/>")).reason).toMatch(/expected <CONSOLIDATED_LIST>/);
    expect(
      errorOf(() => parseUnXml("<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>")).reason,
    ).toMatch(/no INDIVIDUAL or ENTITY/);
    const noRef =
      "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";
    expect(errorOf(() => parseUnXml(noRef)).reason).toMatch(/without REFERENCE_NUMBER/);
  });
});

describe("parseXml", () => {
  test("entities, character references, CDATA, comments, processing instructions, attributes", () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- c --><r a='1' b="x &amp; y"><n>A &amp; B &apos;C&apos; &#233;&#xE9;</n><c><![CDATA[<raw> & stuff]]></c><e/></r>`,
      "x.xml",
    );
    expect(root.attrs).toEqual({ a: "1", b: "x & y" });
    expect(childText(root, "n")).toBe("A & B 'C' éé");
    expect(childText(root, "c")).toBe("<raw> & stuff");
    expect(root.children.map((c) => c.name)).toEqual(["n", "c", "e"]);
  });
});
