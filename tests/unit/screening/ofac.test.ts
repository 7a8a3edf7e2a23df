import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { WatchlistParseError } from "@/lib/screening/errors";
import { parseOfac, splitPrograms } from "@/lib/screening/ofac";
import type { WatchlistEntry } from "@/lib/screening/types";
import { DATA_DIR, ofacFolder, readData } from "./shared-data";

const byId = (entries: WatchlistEntry[], id: string): WatchlistEntry => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`${id} not parsed`);
  return e;
};
const ids = (e: WatchlistEntry, kind: string) => e.identifiers.filter((i) => i.kind === kind);
const hasDprkProgram = (e: WatchlistEntry) => e.programs.some((p) => p.startsWith("DPRK"));

test("the shared data folder is present (tests must fail, not skip, without it)", () => {
  expect(fs.existsSync(DATA_DIR), `expected real lists at ${DATA_DIR}`).toBe(true);
});

describe("ofac-mini (17 entries, all four files)", () => {
  const { entries, warnings } = ofacFolder("ofac-mini");

  test("parses exactly 17 entries in file order with list-prefixed ids", () => {
    expect(entries).toHaveLength(17);
    expect(entries[0]?.id).toBe("ofac:10278");
    expect(entries.at(-1)?.id).toBe("ofac:52327");
    expect(new Set(entries.map((e) => e.list))).toEqual(new Set(["ofac"]));
  });

  test.each([
    ["ofac:10278", "individual"],
    ["ofac:11195", "entity"],
    ["ofac:20540", "aircraft"],
    ["ofac:40716", "vessel"],
  ] as const)("%s has SDN_Type %s (-0- means entity)", (id, type) => {
    expect(byId(entries, id).type).toBe(type);
  });

  test("the DPRK entry in the mini file (aircraft P-532): programs, no aliases, no wallets", () => {
    const e = byId(entries, "ofac:20540");
    expect(e).toMatchObject({
      name: "P-532",
      type: "aircraft",
      programs: ["DPRK3"],
      aliases: [],
      addresses: [],
    });
    expect(ids(e, "wallet")).toEqual([]);
    expect(entries.filter(hasDprkProgram).map((x) => x.id)).toEqual(["ofac:20540"]);
  });

  test("vessel and title columns are kept as attributes", () => {
    expect(byId(entries, "ofac:47371").attributes).toEqual({
      callSign: "A8LU7",
      vesselType: "Crude Oil Tanker",
      vesselFlag: "Gabon",
    });
    expect(byId(entries, "ofac:10278").attributes).toBeUndefined();
  });

  test("programs joined by '] [' are split", () => {
    expect(byId(entries, "ofac:11195").programs).toEqual(["NPWMD", "IFSR", "IRAN-CON-ARMS-EO"]);
    expect(byId(entries, "ofac:48727").programs).toEqual(["SDGT", "NPWMD", "IRGC", "IFSR"]);
  });

  test("alt.csv aliases are joined and Remarks a.k.a. become low-quality aliases", () => {
    const e = byId(entries, "ofac:11195");
    expect(e.aliases.filter((a) => a.kind === "aka").map((a) => a.name)).toEqual([
      "HESA TRADE CENTER",
      "IRAN AIRCRAFT MANUFACTURING INDUSTRIES",
      "IRAN AIRCRAFT MANUFACTURING COMPANY",
      "KARKHANEJATE SANAYE HAVAPAYMAIE IRAN",
    ]);
    expect(e.aliases.filter((a) => a.kind === "low").map((a) => a.name)).toContain("SHAHIN CO.");
    expect(e.linkedTo).toEqual([
      "MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS",
      "ISLAMIC REVOLUTIONARY GUARD CORPS",
    ]);
    expect(e.addresses).toHaveLength(5);
    expect(e.addresses[0]).toEqual({
      address: "P.O. Box 83145-311, 28 km Esfahan - Tehran Freeway, Shahin Shahr",
      city: "Esfahan",
      country: "Iran",
    });
  });

  test("wallets keep currency codes; ETH and base58 as published", () => {
    const e = byId(entries, "ofac:29702");
    expect(ids(e, "wallet")).toEqual([
      { kind: "wallet", value: "12udabs2TkX7NXCSj6KpqXfakjE52ZPLhz", currency: "XBT" },
      { kind: "wallet", value: "1DT3tenf14cxz9WFNxmYrXFbB6TFiVWA9U", currency: "XBT" },
      { kind: "wallet", value: "0x901bb9583b24d97e995513c6778dc6888ab6870e", currency: "ETH" },
      { kind: "wallet", value: "0xa7e5d5a720f06526557c513402f2e6b5fa20b008", currency: "ETH" },
      { kind: "wallet", value: "Leo3j36nn1JcsUQruytQhFUdCdCH5YHMR3", currency: "LTC" },
      { kind: "wallet", value: "Xs3vzQmNvAxRa3Xo8XzQqUb3BMgb9EogF4", currency: "DASH" },
    ]);
    expect(ids(e, "email").map((i) => i.value)).toEqual(["mycryptodeals@yandex.ru", "artemlv@hotmail.com"]);
    expect(ids(e, "phone").map((i) => i.value)).toEqual(["79110354982"]);
    expect(ids(e, "passport").map((i) => i.value)).toEqual(["719032284"]);
    expect(e.datesOfBirth).toEqual(["1992-12-26"]);
    expect(e.nationalities).toEqual(["Russia"]);
  });

  test("sdn_comments.csv continues the Remarks cut at 1,000 characters, even mid-address", () => {
    const e = byId(entries, "ofac:33151");
    expect(e.remarks?.length).toBeGreaterThan(1000);
    expect(e.remarks).toContain("alt. Digital Currency Address - XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi;");
    expect(ids(e, "wallet").map((w) => w.value)).toContain("1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi");
    // The same address listed for ETH and USDT is kept once per ticker.
    expect(
      ids(e, "wallet")
        .filter((w) => w.value === "0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535")
        .map((w) => w.currency),
    ).toEqual(["ETH", "USDT"]);
    expect(e.aliases).toContainEqual({ name: "SUCCESSFUL EXCHANGE", kind: "low" });
  });

  test("other remark items: DOB, passport, national ids, email, website, phones with (0) trunk prefix", () => {
    const logan = byId(entries, "ofac:10278");
    expect(logan.datesOfBirth).toEqual(["1963-07-28"]);
    expect(ids(logan, "passport").map((i) => i.value)).toEqual(["P0017003"]);
    expect(ids(logan, "national_id").map((i) => i.value)).toEqual(["561-77-9011"]);
    expect(logan.aliases).toEqual([{ name: "BURTON BURGESS", kind: "low" }]);
    expect(logan.addresses).toEqual([]); // its add.csv row is all -0-
    const gaddafi = byId(entries, "ofac:12685");
    expect(ids(gaddafi, "email").map((i) => i.value)).toEqual(["info@gicdf.org"]);
    expect(ids(gaddafi, "website").map((i) => i.value)).toEqual(["www.gicdf.org"]);
    expect(ids(gaddafi, "phone").map((i) => i.value)).toContain("(218) (0)214778301");
  });

  test("a final 'Linked To' loses the Remarks full stop unless it is part of the name", () => {
    expect(byId(entries, "ofac:52327").linkedTo).toEqual(["BRECALIN HONG KONG CO LTD"]);
    expect(byId(entries, "ofac:15102").linkedTo).toEqual(["D'S SUPERMARKET COMPANY LTD"]);
  });

  test("alt/add rows for ent_nums missing from sdn.csv are warnings with line numbers, not errors", () => {
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^alt\.csv rows for ent_num not in sdn\.csv: 5 row\(s\), e\.g\. line 1 \(10416\)/,
    );
    expect(warnings[1]).toMatch(
      /^add\.csv rows for ent_num not in sdn\.csv: 4 row\(s\), e\.g\. line 12 \(12562\)/,
    );
  });
});

describe("ofac-2021 (full list, four files)", () => {
  const { entries, warnings } = ofacFolder("ofac-2021");

  test("8,976 entries, every alt and add row joined", () => {
    expect(entries).toHaveLength(8976);
    expect(warnings).toEqual([]);
    expect(entries.reduce((n, e) => n + e.aliases.filter((a) => a.kind !== "low").length, 0)).toBe(11910);
    // add.csv has 13,837 rows, 2,397 of them all -0- placeholders.
    expect(entries.reduce((n, e) => n + e.addresses.length, 0)).toBe(11440);
    expect(entries.filter(hasDprkProgram)).toHaveLength(414);
  });

  test("aliases and addresses of a known entry", () => {
    const e = byId(entries, "ofac:306");
    expect(e.name).toBe("BANCO NACIONAL DE CUBA");
    expect(e.aliases).toEqual([
      { name: "NATIONAL BANK OF CUBA", kind: "aka" },
      { name: "BNC", kind: "low" },
    ]);
    expect(e.addresses.map((a) => a.city)).toEqual([
      "Zurich CH-8022",
      "Madrid E-28036",
      "Tokyo 103",
      "Panama City",
    ]);
  });

  test.each([
    ["ofac:12300", 1000 + 596],
    ["ofac:28263", 1000 + 30],
    ["ofac:28264", 1000 + 317],
    ["ofac:29703", 1000 + 381],
    ["ofac:30518", 1000 + 882],
  ])("%s: comments appended to the cut Remarks (%i characters)", (id, length) => {
    expect(byId(entries, id).remarks).toHaveLength(length);
  });

  test("an item split across the cut is parsed whole (LI Jiadong's phone numbers)", () => {
    const li = byId(entries, "ofac:28264");
    expect(li.programs).toEqual(["DPRK3", "CYBER2"]);
    expect(ids(li, "phone").map((p) => p.value)).toContain("8613314257947");
    expect(li.linkedTo).toEqual(["LAZARUS GROUP"]);
  });
});

describe("ofac-sdn-2024-05-03 (sdn.csv only)", () => {
  const { entries, warnings } = ofacFolder("ofac-sdn-2024-05-03");

  test("14,965 entries; 55 carry digital currency addresses", () => {
    expect(entries).toHaveLength(14965);
    expect(entries.filter((e) => ids(e, "wallet").length > 0)).toHaveLength(55);
  });

  test("DPRK: 484 entries carry a DPRK* program; the README's 485 counts lines mentioning DPRK anywhere", () => {
    expect(entries.filter(hasDprkProgram)).toHaveLength(484);
    const mentions = entries.filter((e) => hasDprkProgram(e) || (e.remarks ?? "").includes("DPRK"));
    expect(mentions).toHaveLength(485);
    // The extra one is PAEK Chang-Ho: NPWMD only, "POB Kaesong, DPRK" in Remarks.
    expect(mentions.filter((e) => !hasDprkProgram(e)).map((e) => [e.id, e.name, e.programs])).toEqual([
      ["ofac:15667", "PAEK, Chang-Ho", ["NPWMD"]],
    ]);
  });

  test("KIM Sang Man (DPRK IT-worker facilitator, designated 2023) with wallets per ticker and passports", () => {
    const kim = byId(entries, "ofac:43377");
    expect(kim).toMatchObject({
      name: "KIM, Sang Man",
      type: "individual",
      programs: ["DPRK4"],
      datesOfBirth: ["1965-04-25"],
    });
    expect(kim.nationalities).toEqual(["Korea, North"]);
    expect(ids(kim, "wallet").map((w) => `${w.currency} ${w.value}`)).toEqual([
      "XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ",
      "XBT 1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z",
      "ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c",
      "ETH 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
      "USDT 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
      "USDC 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
    ]);
    expect(ids(kim, "passport").map((p) => p.value)).toEqual(["109420132", "827220538", "563220082"]);
    expect(byId(entries, "ofac:43379")).toMatchObject({
      name: "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY",
      type: "entity",
      programs: ["DPRK2"],
    });
  });

  test("Remarks cut at 1,000 characters with no comments file: warned, and the partial last item ignored", () => {
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^sdn\.csv Remarks cut at 1,000 characters without sdn_comments\.csv continuation \(last item ignored\): 18 row\(s\)/,
    );
    const suex = byId(entries, "ofac:33151");
    expect(suex.remarks).toHaveLength(1000);
    expect(suex.remarks?.endsWith("XBT 1B64QRxf")).toBe(true);
    expect(ids(suex, "wallet").some((w) => w.value.startsWith("1B64QRxf"))).toBe(false);
  });
});

describe("ofac-2025-partial (alt/add/comments without sdn.csv)", () => {
  const sdn = () => readData("ofac-sdn-2024-05-03/sdn.csv");
  const alt = () => readData("ofac-2025-partial/alt.csv");

  test("cannot be parsed alone: sdn.csv is the list, an empty one is rejected", () => {
    expect(() => parseOfac({ sdn: "", alt: alt() })).toThrow(WatchlistParseError);
  });

  test("19,486 alias rows over 8,191 distinct ent_nums (the README's 8,192 counts the trailing Ctrl-Z line)", () => {
    const text = alt().toString("latin1");
    const rows = text.replace(/\r\n\u001a$/, "").split("\r\n");
    expect(rows).toHaveLength(19486);
    expect(new Set(rows.map((r) => r.split(",")[0])).size).toBe(8191);
  });

  test("joined onto the 2024 sdn.csv: aliases of later designations and mismatched comments are warnings", () => {
    const { entries, warnings } = parseOfac({
      sdn: sdn(),
      alt: alt(),
      add: readData("ofac-2025-partial/add.csv"),
      comments: readData("ofac-2025-partial/sdn_comments.csv"),
    });
    expect(entries).toHaveLength(14965);
    const aliasCount = entries.reduce((n, e) => n + e.aliases.filter((a) => a.kind !== "low").length, 0);
    expect(aliasCount).toBe(19486 - 1468);
    expect(warnings.join("\n")).toMatch(/alt\.csv rows for ent_num not in sdn\.csv: 1468 row\(s\)/);
    expect(warnings.join("\n")).toMatch(/add\.csv rows for ent_num not in sdn\.csv: 2474 row\(s\)/);
    expect(warnings.join("\n")).toMatch(/sdn_comments\.csv rows for ent_num not in sdn\.csv: 2 row\(s\)/);
    // 34682's 2024 Remarks are 947 characters: a 2025 continuation cannot belong to them.
    expect(warnings.join("\n")).toMatch(
      /continuations for Remarks shorter than 1,000 characters .*: 1 row\(s\), e\.g\. ent_num 34682/,
    );
  });
});

test("splitPrograms tolerates the fully bracketed form", () => {
  expect(splitPrograms("[SDGT] [IRGC]")).toEqual(["SDGT", "IRGC"]);
  expect(splitPrograms("")).toEqual([]);
});
