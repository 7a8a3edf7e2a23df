// Designated DPRK IT-worker parties (see ../shared/data/README.md) under the spellings candidates
// and employers actually write: romanisation, token order, hyphenation and company suffixes.
// The 2024 OFAC list already has Chinyong and Kim Sang Man (designated 2023-05-23); the 2025
// designations are added as internal watchlist entries, as a compliance team would.
import { describe, expect, test } from "vitest";
import { buildIndex, DEFAULT_NAME_THRESHOLD, screen, type ScreeningSubject } from "@/lib/screening/match";
import { canonicalName } from "@/lib/screening/normalize";
import type { WatchlistEntry } from "@/lib/screening/types";
import { ofacFolder, unList } from "./shared-data";

function internal(
  partial: Partial<WatchlistEntry> & Pick<WatchlistEntry, "id" | "name" | "type">,
): WatchlistEntry {
  return {
    list: "internal",
    aliases: [],
    programs: ["DPRK3"],
    addresses: [],
    datesOfBirth: [],
    nationalities: [],
    identifiers: [],
    linkedTo: [],
    ...partial,
  };
}

/** OFAC designations of 2025-01-16 and 2025-07-08, written as OFAC writes them. */
const DESIGNATED_2025: WatchlistEntry[] = [
  internal({
    id: "internal:dept-53",
    type: "entity",
    name: "DEPARTMENT 53 OF THE MINISTRY OF PEOPLE'S ARMED FORCES",
  }),
  internal({ id: "internal:osong", type: "entity", name: "KOREA OSONG SHIPPING CO" }),
  internal({ id: "internal:chonsurim", type: "entity", name: "CHONSURIM TRADING CORPORATION" }),
  internal({ id: "internal:liaoning", type: "entity", name: "LIAONING CHINA TRADE INDUSTRY CO., LTD." }),
  internal({
    id: "internal:jong-in-chol",
    type: "individual",
    name: "JONG, In Chol",
    nationalities: ["Korea, North"],
  }),
  internal({
    id: "internal:son-kyong-sik",
    type: "individual",
    name: "SON, Kyong Sik",
    nationalities: ["Korea, North"],
  }),
  internal({
    id: "internal:song-kum-hyok",
    type: "individual",
    name: "SONG, Kum Hyok",
    nationalities: ["Korea, North"],
  }),
  internal({
    id: "internal:asatryan",
    type: "individual",
    name: "ASATRYAN, Gayk",
    programs: ["CYBER2", "DPRK3"],
    nationalities: ["Armenia"],
  }),
];

const lists = [...ofacFolder("ofac-sdn-2024-05-03").entries, ...unList().entries];
const listsOnly = buildIndex(lists);
const index = buildIndex([...lists, ...DESIGNATED_2025]);

describe("fixture", () => {
  test("the 2024 list has the 2023 designations and none of the 2025 ones", () => {
    const ids = (name: string) => lists.filter((e) => e.name === name).map((e) => e.id);
    expect(ids("CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY")).toEqual(["ofac:43379"]);
    expect(ids("KIM, Sang Man")).toEqual(["ofac:43377"]);
    for (const d of DESIGNATED_2025) {
      const kind = d.type === "individual" ? "person" : "org";
      const key = canonicalName(d.name, kind);
      const listed = lists.filter((e) =>
        [e.name, ...e.aliases.map((a) => a.name)].some((n) => canonicalName(n, kind) === key),
      );
      expect(listed, d.name).toEqual([]);
      expect(
        screen(listsOnly, d.type === "individual" ? { names: [d.name] } : { names: [], companies: [d.name] }),
        d.name,
      ).toEqual([]);
    }
  });
});

type Field = "names" | "companies";

/** [spelling, subject field, entry it must find] */
const VARIANTS: [string, Field, string][] = [
  // Chinyong Information Technology Cooperation Company (2024 list)
  ["Chinyong Information Technology Cooperation Company", "companies", "ofac:43379"],
  ["Jinyong Information Technology Cooperation Company", "companies", "ofac:43379"],
  ["Chin-yong Information Technology Cooperation Co., Ltd.", "companies", "ofac:43379"],
  ["CHINYONG INFORMATION TECHNOLOGY COOPERATION CORP", "companies", "ofac:43379"],
  ["chinyong information technology cooperation company limited", "companies", "ofac:43379"],
  // Kim Sang Man (2024 list)
  ["Kim Sang Man", "names", "ofac:43377"],
  ["Sang Man Kim", "names", "ofac:43377"],
  ["Gim Sang-man", "names", "ofac:43377"],
  ["KIM Sangman", "names", "ofac:43377"],
  ["Sang-Man KIM", "names", "ofac:43377"],
  // Department 53 of the Ministry of People's Armed Forces
  ["Department 53 of the Ministry of People's Armed Forces", "companies", "internal:dept-53"],
  ["Department 53, Ministry of the Peoples Armed Forces", "companies", "internal:dept-53"],
  ["DEPARTMENT 53 OF THE MINISTRY OF THE PEOPLE’S ARMED FORCES", "companies", "internal:dept-53"],
  ["Ministry of People's Armed Forces Department 53", "companies", "internal:dept-53"],
  // Korea Osong Shipping
  ["Korea Osong Shipping Co", "companies", "internal:osong"],
  ["Korea Osong Shipping Company Limited", "companies", "internal:osong"],
  ["KOREA OSONG SHIPPING CO., LTD.", "companies", "internal:osong"],
  ["Osong Shipping Korea Corporation", "companies", "internal:osong"],
  // Chonsurim Trading
  ["Chonsurim Trading Corporation", "companies", "internal:chonsurim"],
  ["Chonsurim Trading Corp.", "companies", "internal:chonsurim"],
  ["CHONSURIM TRADING CO LTD", "companies", "internal:chonsurim"],
  ["Cheonsurim Trading Company", "companies", "internal:chonsurim"],
  ["Chon-su-rim Trading Corporation", "companies", "internal:chonsurim"],
  // Liaoning China Trade Industry
  ["Liaoning China Trade Industry Co., Ltd.", "companies", "internal:liaoning"],
  ["Liaoning China Trade & Industry Co Ltd", "companies", "internal:liaoning"],
  ["LIAONING CHINA TRADE INDUSTRY COMPANY LIMITED", "companies", "internal:liaoning"],
  ["Liaoning China Trade Industry Corporation", "companies", "internal:liaoning"],
  // Jong In Chol
  ["Jong In Chol", "names", "internal:jong-in-chol"],
  ["In Chol Jong", "names", "internal:jong-in-chol"],
  ["Chong In-chol", "names", "internal:jong-in-chol"],
  ["Jeong In Cheol", "names", "internal:jong-in-chol"],
  ["JUNG In-chul", "names", "internal:jong-in-chol"],
  ["Jong Inchol", "names", "internal:jong-in-chol"],
  // Son Kyong Sik
  ["Son Kyong Sik", "names", "internal:son-kyong-sik"],
  ["Sohn Kyung-shik", "names", "internal:son-kyong-sik"],
  ["Kyong Sik Son", "names", "internal:son-kyong-sik"],
  ["Son Gyeong-sik", "names", "internal:son-kyong-sik"],
  ["SON Kyongsik", "names", "internal:son-kyong-sik"],
  // Song Kum Hyok
  ["Song Kum Hyok", "names", "internal:song-kum-hyok"],
  ["Seong Geum-hyeok", "names", "internal:song-kum-hyok"],
  ["Sung Keum Hyuk", "names", "internal:song-kum-hyok"],
  ["Kum Hyok Song", "names", "internal:song-kum-hyok"],
  ["SONG Kumhyok", "names", "internal:song-kum-hyok"],
  // Gayk Asatryan
  ["Gayk Asatryan", "names", "internal:asatryan"],
  ["ASATRYAN, Gayk", "names", "internal:asatryan"],
  ["asatryan gayk", "names", "internal:asatryan"],
  ["Gayk Asatrian", "names", "internal:asatryan"],
];

describe("designated parties are found under spelling variants", () => {
  test.each(VARIANTS)("%s (%s) → %s", (value, field, expectedId) => {
    const subject: ScreeningSubject =
      field === "names" ? { names: [value] } : { names: [], companies: [value] };
    const match = screen(index, subject).find((m) => m.entryId === expectedId);
    expect(match, `no match for ${expectedId}`).toBeDefined();
    expect(match?.score).toBeGreaterThanOrEqual(DEFAULT_NAME_THRESHOLD);
    expect(match?.matchedField).toBe(field === "names" ? "name" : "company");
  });
});

describe("clear non-matches stay below the threshold against the 2024 OFAC list and the UN list", () => {
  test.each([
    "Kim Min-jun",
    "Park Ji-hoon",
    "Lee Seo-yeon",
    "Wang Wei",
    "Li Na",
    "John Smith",
    "Min-jun Kim",
    "Jihoon Park",
  ])("%s matches nothing", (name) => {
    expect(screen(listsOnly, { names: [name] })).toEqual([]);
    expect(screen(index, { names: [name] })).toEqual([]);
  });

  // Near misses: one real word in common with a designated party is not a match.
  test.each<[string, Field, string]>([
    ["Jong In Su", "names", "internal:jong-in-chol"],
    ["Son Kyong Hui", "names", "internal:son-kyong-sik"],
    ["Kim Sang Woo", "names", "ofac:43377"],
    ["Korea Osong Trading Co", "companies", "internal:osong"],
    ["Liaoning Huaxin Trade Co., Ltd.", "companies", "internal:liaoning"],
  ])("%s (%s) does not match %s", (value, field, id) => {
    const subject: ScreeningSubject =
      field === "names" ? { names: [value] } : { names: [], companies: [value] };
    expect(screen(index, subject).map((m) => m.entryId)).not.toContain(id);
  });
});
