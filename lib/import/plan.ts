import { fieldErrorsFromIssues } from "@/lib/errors";
import { CsvSyntaxError, parseCsv } from "@/lib/import/csv";
import { autoMap, FIELD_BY_KEY, mappingProblems } from "@/lib/import/fields";
import { columnsOf, rowValues, type ImportIssue } from "@/lib/import/rows";
import { unescapeCell } from "@/lib/import/values";
import {
  readWorkHistory,
  validatePositions,
  WorkHistoryFileError,
  type WorkHistoryFile,
} from "@/lib/import/work-history";
import {
  candidateInputSchema,
  type CandidateProfile,
  type OnlineProfile,
  type WorkHistoryEntry,
} from "@/lib/schemas/candidate";

/**
 * From the uploaded text to one planned row per candidate: the file-level checks (readable CSV,
 * a usable column mapping, the work-history join) and each row's values. Pure; the data layer
 * (lib/data/candidate-import.ts) looks the rows up and writes them.
 */
export const MAX_IMPORT_ROWS = 50_000;

export interface ImportSource {
  csv: string;
  workHistoryCsv?: string | null;
  /** mapping[i] is the field column i feeds ("" = ignored); absent = recognised from the header. */
  mapping?: readonly string[] | null;
}

/** The file as a whole cannot be imported; nothing was written. */
export class ImportFileError extends Error {
  constructor(
    readonly field: "csv" | "workHistoryCsv" | "mapping",
    message: string,
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}

export interface PlannedRow {
  row: number;
  values: Record<string, unknown>;
  externalId?: string;
  email?: string;
  fullName?: string;
  /** The positions from the work-history file; undefined when it says nothing about this candidate. */
  workHistory?: WorkHistoryEntry[];
  issues: ImportIssue[];
}

interface RecordKey {
  externalId?: string;
  email?: string;
  fullName?: string;
  /** The row of an earlier record for the same candidate. */
  duplicateOf?: number;
}

/**
 * A checked file, not yet converted: the records, each with the identity it claims, and the
 * work history grouped by externalId. planRows converts a slice at a time, so a large file
 * never blocks the event loop for long.
 */
export interface ImportPlan {
  header: string[];
  mapping: string[];
  records: { row: number; cells: string[] }[];
  keys: RecordKey[];
  history: WorkHistoryFile | null;
  /** Work-history rows that belong to no one (no externalId, or one on no row of the candidates file). */
  orphans: ImportIssue[];
}

const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** How a row finds its candidate: the external id, or else email and full name. */
export function identityKey(r: Pick<PlannedRow, "externalId" | "email" | "fullName">): string | null {
  if (r.externalId) return `x:${r.externalId}`;
  return r.email && r.fullName ? `n:${r.email}|${r.fullName.toLowerCase()}` : null;
}

function checkMapping(mapping: string[], requireAll: boolean): void {
  const { unknown, duplicated, missingRequired } = mappingProblems(mapping);
  const label = (k: string) => `${FIELD_BY_KEY.get(k)?.label ?? k} (${k})`;
  if (unknown.length)
    throw new ImportFileError("mapping", `Unknown fields in the column mapping: ${unknown.join(", ")}.`);
  if (duplicated.length)
    throw new ImportFileError(
      "mapping",
      `More than one column is mapped to ${duplicated.map(label).join(", ")}; choose one.`,
    );
  if (requireAll && missingRequired.length) {
    throw new ImportFileError(
      "mapping",
      `Map a column to every required field: ${missingRequired.map(label).join(", ")}. If the file has no such column, add one (see the column guide).`,
    );
  }
}

function readHistory(text: string): WorkHistoryFile {
  try {
    return readWorkHistory(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new ImportFileError("workHistoryCsv", `The work-history file is not valid CSV (${e.message}).`);
    if (e instanceof WorkHistoryFileError) throw new ImportFileError("workHistoryCsv", e.message);
    throw e;
  }
}

/** `requireAll: false` (the preview) lets rows report missing required fields one by one instead of refusing the file. */
export function planImport(source: ImportSource, opts: { requireAll?: boolean } = {}): ImportPlan {
  let table;
  try {
    table = parseCsv(source.csv);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new ImportFileError("csv", `The candidates file is not valid CSV (${e.message}).`);
    throw e;
  }
  if (table.header.length === 0)
    throw new ImportFileError(
      "csv",
      "The candidates file is empty: it needs a header row and one row per candidate.",
    );
  if (table.records.length === 0)
    throw new ImportFileError("csv", "The candidates file has a header but no rows.");
  if (table.records.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(
      "csv",
      `At most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows per file; this one has ${table.records.length.toLocaleString("en-US")}. Split it.`,
    );
  const mapping = source.mapping
    ? table.header.map((_, i) => source.mapping?.[i] ?? "")
    : autoMap(table.header);
  checkMapping(mapping, opts.requireAll ?? true);
  const history = source.workHistoryCsv?.trim() ? readHistory(source.workHistoryCsv) : null;

  const cellOf = (key: string, cells: readonly string[]) => {
    const col = mapping.indexOf(key);
    return col === -1 ? undefined : str(unescapeCell(cells[col] ?? ""));
  };
  const firstRowOf = new Map<string, number>();
  const keys = table.records.map(({ row, cells }): RecordKey => {
    const key: RecordKey = {
      externalId: cellOf("externalId", cells),
      email: cellOf("email", cells)?.toLowerCase(),
      fullName: cellOf("fullName", cells),
    };
    const id = identityKey(key);
    if (id && firstRowOf.has(id)) key.duplicateOf = firstRowOf.get(id);
    else if (id) firstRowOf.set(id, row);
    return key;
  });
  const joined = new Set(keys.flatMap((k) => (k.externalId ? [k.externalId] : [])));
  const orphans: ImportIssue[] = [...(history?.issues ?? [])];
  for (const [externalId, records] of history?.byExternalId ?? []) {
    if (joined.has(externalId)) continue;
    for (const r of records)
      orphans.push({
        file: "work-history",
        row: r.row,
        column: "",
        field: "externalId",
        message: `No row of the candidates file has externalId "${externalId}"`,
      });
  }
  return { header: table.header, mapping, records: table.records, keys, history, orphans };
}

/** Converts records [start, end) of a plan: values, work history and the problems found so far. */
export function planRows(plan: ImportPlan, start: number, end: number): PlannedRow[] {
  return plan.records.slice(start, end).map((record, i) => {
    const key = plan.keys[start + i]!;
    const { values, issues } = rowValues(plan.header, plan.mapping, record);
    const planned: PlannedRow = {
      row: record.row,
      values,
      issues,
      externalId: key.externalId,
      email: key.email,
      fullName: key.fullName,
    };
    if (key.duplicateOf !== undefined) {
      const how = key.externalId ? "externalId" : "email and full name";
      const field = key.externalId ? "externalId" : "email";
      issues.push({
        file: "candidates",
        row: record.row,
        column: columnsOf(field, plan.header, plan.mapping),
        field,
        message: `Same candidate (${how}) as row ${key.duplicateOf}; only the first row is imported`,
      });
    }
    const positions =
      plan.history && key.externalId && key.duplicateOf === undefined
        ? plan.history.byExternalId.get(key.externalId)
        : undefined;
    if (plan.history && positions) {
      const checked = validatePositions(plan.history, positions);
      if (checked.issues.length) {
        const rows = [...new Set(checked.issues.map((x) => x.row))];
        issues.push(...checked.issues, {
          file: "candidates",
          row: record.row,
          column: "",
          field: "workHistory",
          message: `Work-history row${rows.length > 1 ? "s" : ""} ${rows.join(", ")} for this candidate ${rows.length > 1 ? "have" : "has"} problems (see the work-history errors); the candidate was not imported`,
        });
      }
      planned.workHistory = checked.entries;
    }
    return planned;
  });
}

/** Profile URLs already on file keep the creation date and connections recorded for them. */
function mergeProfiles(incoming: OnlineProfile[], existing: OnlineProfile[]): OnlineProfile[] {
  return incoming.map((p) => existing.find((e) => e.url === p.url) ?? p);
}

export type BuiltCandidate =
  { ok: true; profile: CandidateProfile } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * The candidate a row describes, validated with the form's schema. For an existing candidate,
 * fields the file has no column for (and work history the work-history file does not mention)
 * keep their stored values; mapped columns replace them, an empty cell meaning "not recorded".
 */
export function buildCandidate(row: PlannedRow, existing: CandidateProfile | null): BuiltCandidate {
  const input: Record<string, unknown> = existing ? { ...existing, ...row.values } : { ...row.values };
  if (existing && Array.isArray(row.values.onlineProfiles))
    input.onlineProfiles = mergeProfiles(
      row.values.onlineProfiles as OnlineProfile[],
      existing.onlineProfiles ?? [],
    );
  // Columns for part of the education replace only that part of what is stored.
  if (existing?.education && row.values.education && typeof row.values.education === "object")
    input.education = { ...existing.education, ...row.values.education };
  if (row.workHistory) input.workHistory = row.workHistory;
  const parsed = candidateInputSchema.safeParse(input);
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : { ok: false, fieldErrors: fieldErrorsFromIssues(parsed.error.issues) };
}

/** JSON with sorted keys and no undefined members: equal for equal profiles, whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : stableJson(v))).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function sameProfile(a: CandidateProfile, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}
