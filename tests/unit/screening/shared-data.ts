import fs from "node:fs";
import path from "node:path";
import { parseOfac } from "@/lib/screening/ofac";
import { parseUnXml, type UnParseResult } from "@/lib/screening/un";
import type { ParseResult } from "@/lib/screening/types";

/** The repository's sibling folder with the real published lists (see its README.md). */
export const DATA_DIR = path.resolve(__dirname, "../../../../shared/data");

/**
 * Reads a data file or throws. These tests exist to prove the parsers against the real lists,
 * so a missing folder must fail the run loudly rather than skip.
 */
export function readData(relative: string): Buffer {
  if (!fs.existsSync(DATA_DIR)) {
    throw new Error(
      `Shared sanctions data folder not found at ${DATA_DIR}. The screening tests need the real OFAC/UN files ` +
        `(expected as the repository's sibling "shared/data"); they must not be skipped.`,
    );
  }
  const file = path.join(DATA_DIR, relative);
  if (!fs.existsSync(file)) throw new Error(`Shared sanctions data file missing: ${file}`);
  return fs.readFileSync(file);
}

export function hasData(relative: string): boolean {
  return fs.existsSync(path.join(DATA_DIR, relative));
}

const cache = new Map<string, ParseResult>();

/** Parses an ofac-* folder once per test file, joining whichever of the four files it has. */
export function ofacFolder(folder: string): ParseResult {
  const cached = cache.get(folder);
  if (cached) return cached;
  const optional = (name: string) =>
    hasData(`${folder}/${name}`) ? readData(`${folder}/${name}`) : undefined;
  const result = parseOfac({
    sdn: readData(`${folder}/sdn.csv`),
    alt: optional("alt.csv"),
    add: optional("add.csv"),
    comments: optional("sdn_comments.csv"),
  });
  cache.set(folder, result);
  return result;
}

let un: UnParseResult | undefined;
export function unList(): UnParseResult {
  un ??= parseUnXml(readData("un-consolidated/consolidated.xml").toString("utf8"));
  return un;
}
