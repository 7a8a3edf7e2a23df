import { tokenizeCsv, type CsvRecord } from "./csv";
import { decodeText, WatchlistParseError } from "./errors";
import { parseRemarks } from "./ofac-remarks";
import type {
  ParseResult,
  WatchlistAddress,
  WatchlistAlias,
  WatchlistEntry,
  WatchlistEntryType,
} from "./types";

export interface OfacFiles {
  sdn: string | Buffer;
  alt?: string | Buffer;
  add?: string | Buffer;
  comments?: string | Buffer;
}

/** OFAC cuts sdn.csv Remarks at this length and continues them in sdn_comments.csv. */
export const OFAC_REMARKS_LIMIT = 1000;

const COLUMNS = { "sdn.csv": 12, "alt.csv": 5, "add.csv": 6, "sdn_comments.csv": 2 } as const;
type OfacFile = keyof typeof COLUMNS;

/** sdn.csv columns 5-11, between Program and Remarks. */
const ATTRIBUTE_COLUMNS = [
  "title",
  "callSign",
  "vesselType",
  "tonnage",
  "grt",
  "vesselFlag",
  "vesselOwner",
] as const;

const SDN_TYPES: Record<string, WatchlistEntryType> = {
  "": "entity",
  individual: "individual",
  vessel: "vessel",
  aircraft: "aircraft",
};

/** `-0- ` (with its trailing space) is OFAC's null. */
function clean(value: string): string {
  const v = value.trim();
  return v === "-0-" ? "" : v;
}

/**
 * Tokenizes one file and checks the shape of every row. Unquoted fields in these files are only
 * ever numbers or `-0- `, so anything else unquoted (including an empty field after a final
 * comma) means a truncated or foreign file.
 */
function readRows(file: OfacFile, input: string | Buffer, numericColumns: number[]): CsvRecord[] {
  const rows = tokenizeCsv(decodeText(input), file);
  const expected = COLUMNS[file];
  for (const row of rows) {
    if (row.fields.length !== expected) {
      throw new WatchlistParseError(
        file,
        row.line,
        `expected ${expected} columns, found ${row.fields.length} (file truncated or not OFAC legacy CSV?)`,
      );
    }
    for (const col of numericColumns) {
      const value = row.fields[col] ?? "";
      if (!/^\d+$/.test(value.trim())) {
        throw new WatchlistParseError(
          file,
          row.line,
          `column ${col + 1}: non-numeric ${col === 0 ? "ent_num" : "id"} ${JSON.stringify(value)}`,
        );
      }
    }
    row.fields.forEach((value, col) => {
      if (row.quoted[col] || /^\d+$/.test(value) || value.trim() === "-0-") return;
      throw new WatchlistParseError(
        file,
        row.line,
        `column ${col + 1}: unexpected unquoted value ${JSON.stringify(value)} (expected a number or -0-)`,
      );
    });
  }
  return rows;
}

/** Collects "row refers to an unknown ent_num" style warnings into one line per file and kind. */
class WarningSink {
  private readonly groups = new Map<string, string[]>();

  group(key: string, example: string): void {
    const g = this.groups.get(key) ?? [];
    g.push(example);
    this.groups.set(key, g);
  }

  flush(): string[] {
    return [...this.groups].map(([key, examples]) => {
      const shown = examples.slice(0, 5).join(", ");
      return `${key}: ${examples.length} row(s), e.g. ${shown}${examples.length > 5 ? ", ..." : ""}`;
    });
  }
}

/**
 * Parses the OFAC SDN legacy CSV set. `sdn` is required; alt/add/comments are joined on ent_num
 * when given. Throws WatchlistParseError on malformed or truncated input; rows that merely
 * refer to unknown entries become warnings (OFAC publishes the four files independently).
 */
export function parseOfac(files: OfacFiles): ParseResult {
  const warnings = new WarningSink();
  const sdnRows = readRows("sdn.csv", files.sdn, [0]);
  if (sdnRows.length === 0) throw new WatchlistParseError("sdn.csv", 0, "no entries (empty file)");

  const byEnt = new Map<string, CsvRecord>();
  for (const row of sdnRows) {
    const ent = (row.fields[0] ?? "").trim();
    const previous = byEnt.get(ent);
    if (previous)
      throw new WatchlistParseError(
        "sdn.csv",
        row.line,
        `duplicate ent_num ${ent} (first on line ${previous.line})`,
      );
    if (clean(row.fields[1] ?? "") === "")
      throw new WatchlistParseError("sdn.csv", row.line, "empty SDN_Name");
    if (!(clean(row.fields[2] ?? "") in SDN_TYPES)) {
      throw new WatchlistParseError("sdn.csv", row.line, `unknown SDN_Type ${JSON.stringify(row.fields[2])}`);
    }
    byEnt.set(ent, row);
  }

  const continuation = new Map<string, string>();
  if (files.comments !== undefined) {
    for (const row of readRows("sdn_comments.csv", files.comments, [0])) {
      const ent = (row.fields[0] ?? "").trim();
      if (!byEnt.has(ent))
        warnings.group("sdn_comments.csv rows for ent_num not in sdn.csv", `line ${row.line} (${ent})`);
      else continuation.set(ent, (continuation.get(ent) ?? "") + (row.fields[1] ?? ""));
    }
  }

  const aliases = new Map<string, WatchlistAlias[]>();
  if (files.alt !== undefined) {
    for (const row of readRows("alt.csv", files.alt, [0, 1])) {
      const ent = (row.fields[0] ?? "").trim();
      const name = clean(row.fields[3] ?? "");
      const kind = clean(row.fields[2] ?? "").toLowerCase();
      if (!byEnt.has(ent))
        warnings.group("alt.csv rows for ent_num not in sdn.csv", `line ${row.line} (${ent})`);
      else if (name === "")
        warnings.group("alt.csv rows with an empty alt_name", `line ${row.line} (${ent})`);
      else pushTo(aliases, ent, { name, kind: kind || "aka" });
    }
  }

  const addresses = new Map<string, WatchlistAddress[]>();
  if (files.add !== undefined) {
    for (const row of readRows("add.csv", files.add, [0, 1])) {
      const ent = (row.fields[0] ?? "").trim();
      if (!byEnt.has(ent)) {
        warnings.group("add.csv rows for ent_num not in sdn.csv", `line ${row.line} (${ent})`);
        continue;
      }
      const address: WatchlistAddress = {};
      const [street, city, country] = [
        clean(row.fields[2] ?? ""),
        clean(row.fields[3] ?? ""),
        clean(row.fields[4] ?? ""),
      ];
      if (street) address.address = street;
      if (city) address.city = city;
      if (country) address.country = country;
      // OFAC writes an all-null address row for most entries; it carries no information.
      if (street || city || country) pushTo(addresses, ent, address);
    }
  }

  const knownNames = new Set(sdnRows.map((r) => clean(r.fields[1] ?? "")));
  const entries: WatchlistEntry[] = [];
  for (const row of sdnRows) {
    const f = row.fields;
    const ent = (f[0] ?? "").trim();
    // Measured untrimmed: a cut can fall right after "; ", and trimming would glue the next item on.
    const raw = clean(f[11] ?? "") === "" ? "" : (f[11] ?? "");
    let remarks = raw.trim();
    const more = continuation.get(ent);
    let truncated = raw.length >= OFAC_REMARKS_LIMIT;
    if (more !== undefined && truncated) {
      remarks = (raw + more).trim();
      truncated = false;
    } else if (more !== undefined) {
      // A continuation for Remarks that were never cut means the files come from different snapshots.
      warnings.group(
        "sdn_comments.csv continuations for Remarks shorter than 1,000 characters (ignored; files from different dates?)",
        `ent_num ${ent}`,
      );
    } else if (truncated) {
      warnings.group(
        "sdn.csv Remarks cut at 1,000 characters without sdn_comments.csv continuation (last item ignored)",
        `line ${row.line} (${ent})`,
      );
    }
    const facts = parseRemarks(remarks, { truncated, knownNames });
    for (const dob of facts.unreadDobs)
      warnings.group("sdn.csv DOB values not understood", `ent_num ${ent} "${dob}"`);

    const entryAliases = [...(aliases.get(ent) ?? [])];
    for (const weak of facts.weakAliases) {
      if (!entryAliases.some((a) => a.name === weak.name)) entryAliases.push(weak);
    }
    const entry: WatchlistEntry = {
      id: `ofac:${ent}`,
      list: "ofac",
      type: SDN_TYPES[clean(f[2] ?? "")] ?? "entity",
      name: clean(f[1] ?? ""),
      aliases: entryAliases,
      programs: splitPrograms(clean(f[3] ?? "")),
      addresses: addresses.get(ent) ?? [],
      datesOfBirth: facts.datesOfBirth,
      nationalities: facts.nationalities,
      identifiers: facts.identifiers,
      linkedTo: facts.linkedTo,
    };
    if (remarks) entry.remarks = remarks;
    const attributes: Record<string, string> = {};
    ATTRIBUTE_COLUMNS.forEach((key, k) => {
      const value = clean(f[4 + k] ?? "");
      if (value) attributes[key] = value;
    });
    if (Object.keys(attributes).length > 0) entry.attributes = attributes;
    entries.push(entry);
  }
  return { entries, warnings: warnings.flush() };
}

/** "NPWMD] [DPRK3" → ["NPWMD", "DPRK3"]; tolerates the fully bracketed "[SDGT] [IRGC]" form too. */
export function splitPrograms(value: string): string[] {
  return value
    .split("] [")
    .map((p) => p.replace(/^\[|\]$/g, "").trim())
    .filter((p) => p !== "");
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
