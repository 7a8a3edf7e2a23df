import { csvRow } from "@/lib/format/csv";
import { writeCsv } from "@/lib/import/csv";
import {
  CANDIDATE_FIELDS,
  ERROR_FILE_COLUMNS,
  FIELD_BY_KEY,
  isErrorFileColumn,
  type ImportField,
} from "@/lib/import/fields";
import type { ImportPlan } from "@/lib/import/plan";
import type { ImportIssue } from "@/lib/import/rows";
import { WORK_HISTORY_FIELDS } from "@/lib/import/work-history";
import type { CandidateInput } from "@/lib/schemas/candidate";

/**
 * The downloadable files: the two templates (header rows only, so a template imports as is),
 * the column guide that documents every column, and the error files of an import. The guide and
 * the error files go through csvCell, so a spreadsheet never reads a cell as a formula.
 */
const CRLF = "\r\n";

export function candidatesTemplateCsv(): string {
  return writeCsv(
    CANDIDATE_FIELDS.map((f) => f.key),
    [],
  );
}

export function workHistoryTemplateCsv(): string {
  return writeCsv(
    WORK_HISTORY_FIELDS.map((f) => f.key),
    [],
  );
}

function guideRows(file: string, fields: readonly ImportField[]): string[][] {
  return fields.map((f) => [
    file,
    f.key,
    f.label,
    f.required ? "required" : "optional",
    f.values ? f.values.join(" | ") : "",
    f.help,
    f.example,
    f.synonyms.join(" | "),
  ]);
}

/** One row per column of either file: what it holds, whether it is required, allowed values, an example and the other header names recognised. */
export function columnGuideCsv(): string {
  const header = [
    "file",
    "column",
    "label",
    "required",
    "allowed values",
    "format",
    "example",
    "also recognised as",
  ];
  const rows = [
    ...guideRows("candidates", CANDIDATE_FIELDS),
    ...guideRows("work-history", WORK_HISTORY_FIELDS),
  ];
  return [header, ...rows].map(csvRow).join(CRLF) + CRLF;
}

export const ISSUE_CSV_HEADER = ["file", "row", "column", "field", "message"] as const;

/** One problem per line (file, row, column, field, message): the command-line import's report. */
export function issuesCsv(issues: readonly ImportIssue[], note?: string): string {
  const lines = [
    csvRow(ISSUE_CSV_HEADER),
    ...issues.map((i) => csvRow([i.file, i.row || "", i.column, i.field, i.message])),
  ];
  if (note) lines.push(csvRow(["", "", "", "", note]));
  return lines.join(CRLF) + CRLF;
}

function cellOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/**
 * Candidates as the two import files (for tests, the benchmark and round trips). Work history
 * needs an externalId to join on; references are not part of the format.
 */
export function candidatesToCsv(inputs: readonly CandidateInput[]): {
  candidates: string;
  workHistory: string;
} {
  const keys = CANDIDATE_FIELDS.map((f) => f.key);
  const rows = inputs.map((c) =>
    keys.map((k) => {
      const v = k
        .split(".")
        .reduce<unknown>(
          (o, part) => (o && typeof o === "object" ? (o as Record<string, unknown>)[part] : undefined),
          c,
        );
      if (k === "skills") return ((v as string[] | undefined) ?? []).join("; ");
      if (k === "onlineProfiles")
        return ((v as { url: string }[] | undefined) ?? []).map((p) => p.url).join("; ");
      return cellOf(v);
    }),
  );
  const positions = inputs.flatMap(({ externalId, workHistory }) =>
    externalId
      ? (workHistory ?? []).map((w) =>
          [
            externalId,
            w.employer,
            w.title,
            w.startDate,
            w.endDate ?? "",
            w.verification,
            w.country ?? "",
            w.registryStatus ?? "",
          ].map(cellOf),
        )
      : [],
  );
  return {
    candidates: writeCsv(keys, rows),
    workHistory: writeCsv(
      WORK_HISTORY_FIELDS.map((f) => f.key),
      positions,
    ),
  };
}

/** Rows of one uploaded file, cells as parsed, for its error file. */
export interface UploadedRows {
  header: string[];
  records: {
    row: number;
    cells: string[];
    /** A work-history row repeated because its candidate, on this row of the candidates file, was not imported. */
    candidateRow?: number;
  }[];
}

/** Kept with a finished import so its error files can repeat the rejected rows as they were uploaded. */
export interface RejectedRows {
  candidates: UploadedRows;
  /** Only when the import came with a work-history file. */
  workHistory?: UploadedRows;
}

export type ErrorFileKind = "candidates" | "work-history";

/**
 * The rows the error files repeat: each candidate row with a problem; from the work-history file
 * each row with a problem and every position of a candidate that was not imported (without them,
 * importing the fixed candidates alone would create those candidates with no work history).
 */
export function rejectedRows(
  plan: Pick<ImportPlan, "header" | "records" | "keys" | "history">,
  issues: readonly ImportIssue[],
): RejectedRows {
  const rowsOf = (file: ErrorFileKind) => new Set(issues.flatMap((i) => (i.file === file ? [i.row] : [])));
  const failed = rowsOf("candidates");
  const candidates = { header: plan.header, records: plan.records.filter((r) => failed.has(r.row)) };
  if (!plan.history) return { candidates };

  // Positions go with the first row of their external id: when that row was imported, so were they.
  const imported = new Set<string>();
  const rejectedAt = new Map<string, number>();
  plan.records.forEach((r, i) => {
    const id = plan.keys[i]?.externalId;
    if (id && !failed.has(r.row)) imported.add(id);
    else if (id && !rejectedAt.has(id)) rejectedAt.set(id, r.row);
  });
  const candidateRowOf = new Map<{ row: number }, number>();
  for (const [id, records] of plan.history.byExternalId) {
    const row = rejectedAt.get(id);
    if (row !== undefined && !imported.has(id)) for (const r of records) candidateRowOf.set(r, row);
  }
  const flagged = rowsOf("work-history");
  const records = plan.history.records.flatMap((r) => {
    const candidateRow = candidateRowOf.get(r);
    if (candidateRow === undefined && !flagged.has(r.row)) return [];
    return [{ row: r.row, cells: r.cells, ...(candidateRow === undefined ? {} : { candidateRow }) }];
  });
  return { candidates, workHistory: { header: plan.history.header, records } };
}

/** Lets Excel read the file as UTF-8: without it, accented names are mangled when the file is saved again. */
const BOM = "\uFEFF";

/**
 * The error file of one uploaded file: one line per rejected row, with its row number and all its
 * problems ("Column: message; …") in two leading columns, then the row as uploaded under the same
 * headers. Fixed in a spreadsheet and imported again, it maps as the original did: the leading
 * columns are never mapped (isErrorFileColumn), and when an error file is rejected again its old
 * leading columns are replaced, not repeated.
 *
 * Cells go through csvCell like every export: one starting with = + - @, tab or CR gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of evaluating it (a formula, or the phone
 * "+1-512-555-0143" as a sum). The importer takes exactly that apostrophe off again (unescapeCell in
 * values.ts), so "'+1 512 555 0143" imports as "+1 512 555 0143": the guard never reaches the data.
 */
export function errorFileCsv(
  kind: ErrorFileKind,
  issues: readonly ImportIssue[],
  rejected?: RejectedRows,
  omitted = 0,
): string {
  const source = (kind === "candidates" ? rejected?.candidates : rejected?.workHistory) ?? {
    header: [],
    records: [],
  };
  const fields = kind === "candidates" ? FIELD_BY_KEY : new Map(WORK_HISTORY_FIELDS.map((f) => [f.key, f]));
  const problems = new Map<number, string[]>();
  for (const i of issues) {
    if (i.file !== kind) continue;
    const where = i.column || fields.get(i.field)?.label || "";
    const text = where ? `${where}: ${i.message}` : i.message;
    const list = problems.get(i.row) ?? [];
    if (!list.includes(text)) problems.set(i.row, [...list, text]);
  }
  const byRow = new Map(source.records.map((r) => [r.row, r]));
  const rows = [...new Set([...byRow.keys(), ...problems.keys()])].sort((a, b) => a - b);
  const original = (_: unknown, col: number) => !isErrorFileColumn(source.header[col] ?? "");
  const errorsHeader =
    omitted > 0
      ? `${ERROR_FILE_COLUMNS.errors} (${omitted} more problems not listed)`
      : ERROR_FILE_COLUMNS.errors;
  const lines = rows.map((row) => {
    const record = byRow.get(row);
    const note = record?.candidateRow
      ? [
          `Its candidate (row ${record.candidateRow} of the candidates file) was not imported; import this row again with it`,
        ]
      : [];
    return [row, (problems.get(row) ?? note).join("; "), ...(record?.cells.filter(original) ?? [])];
  });
  return (
    BOM +
    [[ERROR_FILE_COLUMNS.row, errorsHeader, ...source.header.filter(original)], ...lines]
      .map(csvRow)
      .join(CRLF) +
    CRLF
  );
}
