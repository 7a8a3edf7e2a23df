// Loads the public lists from ../shared/data (relative to the repo root) the way the product
// does: parseOfac over the 2024 SDN file with the 2025 alias/address/comment files, plus the UN XML.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseOfac, parseUnXml, type WatchlistEntry } from "@/lib/screening";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "../../..");
export const DATA_DIR = resolve(REPO_ROOT, "../shared/data");

export interface LoadedLists {
  entries: WatchlistEntry[];
  ofacCount: number;
  unCount: number;
  warnings: number;
}

let cache: LoadedLists | undefined;

/**
 * The 2025 alt.csv is used rather than the 2021 one: it covers about 7,200 of the 2024 entries
 * (18,000 aliases) against 3,900 for 2021, and 210 of the DPRK-programme entries against 166.
 * Aliases of entries designated after 2024-05-03 become orphans, which the parser reports as
 * warnings and which matter nothing here.
 */
export function loadLists(): LoadedLists {
  if (cache) return cache;
  const read = (p: string): string => readFileSync(join(DATA_DIR, p), "latin1");
  const ofac = parseOfac({
    sdn: read("ofac-sdn-2024-05-03/sdn.csv"),
    alt: read("ofac-2025-partial/alt.csv"),
    add: read("ofac-2025-partial/add.csv"),
    comments: read("ofac-2025-partial/sdn_comments.csv"),
  });
  const un = parseUnXml(readFileSync(join(DATA_DIR, "un-consolidated/consolidated.xml"), "utf8"));
  cache = {
    entries: [...ofac.entries, ...un.entries],
    ofacCount: ofac.entries.length,
    unCount: un.entries.length,
    warnings: ofac.warnings.length + un.warnings.length,
  };
  return cache;
}

export function readData(p: string): string {
  return readFileSync(join(DATA_DIR, p), "utf8");
}
