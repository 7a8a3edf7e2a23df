import { describe, expect, test } from "vitest";
import { buildIndex, screen } from "@/lib/screening/match";
import { parseRemarks } from "@/lib/screening/ofac-remarks";
import type { WatchlistEntry } from "@/lib/screening/types";
import { isBase58Check, isBech32, isCompleteWalletAddress, sha256 } from "@/lib/screening/wallets";

describe("wallet addresses: complete or cut", () => {
  test("sha256 matches the FIPS 180-2 test vector", () => {
    expect(Buffer.from(sha256(new TextEncoder().encode("abc"))).toString("hex")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  test.each([
    ["XBT", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ", true], // listed (ofac:43377), base58check
    ["XBT", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAf", false], // one character cut off
    ["XBT", "3N6WeZ6i34taX8Ditser6LKWBcXmt2XXL4", true], // P2SH
    ["XBT", "bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9z", true], // bech32
    ["XBT", "bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9", false],
    ["XBT", "bc1q86tl9255vg5wldamfymaaz36uqxzm30gs7fhkljvzdlt9t38s3lqgdwdfq", true],
    ["ETH", "0x97b1043abd9e6fc31681635166d430a458d14f9c", true],
    ["USDT", "0x97b1043abd9e6fc31681635166d430a458d14f9", false], // 39 hex digits
    ["BCH", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq", true],
    ["BCH", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vh", false],
  ])("%s %s complete: %s", (currency, address, complete) => {
    expect(isCompleteWalletAddress(currency, address)).toBe(complete);
  });

  test("checksums reject a changed character", () => {
    expect(isBase58Check("1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfK")).toBe(false);
    expect(isBech32("bc1qvhnfknw852ephxyc5hm4q520zmvf9maphetc9x")).toBe(false);
  });

  const opts = { truncated: true, knownNames: new Set<string>() };
  test.each([
    [
      "DOB 1980; Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ",
      ["1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"],
    ],
    [
      "DOB 1980; alt. Digital Currency Address - ETH 0x97b1043abd9e6fc31681635166d430a458d14f9c",
      ["0x97b1043abd9e6fc31681635166d430a458d14f9c"],
    ],
    ["DOB 1980; Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJin", []],
    [
      "Digital Currency Address - XBT 3N6WeZ6i34taX8Ditser6LKWBcXmt2XXL4; Email Address someone@exam",
      ["3N6WeZ6i34taX8Ditser6LKWBcXmt2XXL4"],
    ],
  ])("cut Remarks %s keep wallets %j", (remarks, wallets) => {
    const facts = parseRemarks(remarks, opts);
    expect(facts.identifiers.filter((i) => i.kind === "wallet").map((i) => i.value)).toEqual(wallets);
  });
});

function entry(
  partial: Partial<WatchlistEntry> & Pick<WatchlistEntry, "id" | "name" | "list">,
): WatchlistEntry {
  return {
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

describe("the same party on OFAC and the UN list is one match", () => {
  const idx = buildIndex([
    entry({ id: "ofac:1", list: "ofac", name: "KIM, Jong Sik", datesOfBirth: ["1967"] }),
    entry({ id: "un:KPi.1", list: "un", name: "KIM JONG SIK", datesOfBirth: ["1967-07-01"] }),
    entry({
      id: "un:KPi.2",
      list: "un",
      name: "RI HONG SOP",
      identifiers: [{ kind: "passport", value: "PD 123456" }],
    }),
    entry({
      id: "ofac:2",
      list: "ofac",
      name: "RI, Hong Sop",
      identifiers: [{ kind: "passport", value: "PD123456" }],
    }),
    entry({ id: "ofac:3", list: "ofac", name: "PAK, Chol", datesOfBirth: ["1950"] }),
    entry({ id: "un:KPi.3", list: "un", name: "PAK CHOL", datesOfBirth: ["1978"] }),
    entry({ id: "ofac:4", list: "ofac", name: "KOREA RYONBONG GENERAL CORPORATION", type: "entity" }),
    entry({ id: "un:KPe.4", list: "un", name: "Korea Ryonbong General Corporation", type: "entity" }),
  ]);

  test.each([
    [{ names: ["Kim Jong Sik"] }, [["ofac:1", "un:KPi.1"]]], // same name, same year of birth
    [{ names: ["Ri Hong Sop"] }, [["un:KPi.2", "ofac:2"]]], // same name, same passport
    [{ names: ["Pak Chol"] }, [["ofac:3"], ["un:KPi.3"]]], // same name, different people (years of birth differ)
    [{ names: [], companies: ["Korea Ryonbong General Corp"] }, [["ofac:4", "un:KPe.4"]]],
  ])("%j → %j", (subject, groups) => {
    const matches = screen(idx, subject);
    const got = matches.map((m) => [m.entryId, ...(m.alsoListed ?? []).map((a) => a.entryId)].sort());
    expect(got.sort()).toEqual(groups.map((g) => [...g].sort()).sort());
    for (const m of matches)
      if (m.alsoListed) expect(m.reasons.some((r) => r.startsWith("same party as"))).toBe(true);
  });
});
