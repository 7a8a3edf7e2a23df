import { csvRow } from "@/lib/format/csv";
import { writeCsv } from "@/lib/import/csv";
import { CANDIDATE_FIELDS, type ImportField } from "@/lib/import/fields";
import type { ImportIssue } from "@/lib/import/rows";
import { WORK_HISTORY_FIELDS } from "@/lib/import/work-history";
import type { CandidateInput } from "@/lib/schemas/candidate";

/**
 * The downloadable files: the two templates (header rows only, so a template imports as is),
 * the column guide that documents every column, and the error report of an import. The guide and
 * the error report go through csvCell, so a spreadsheet never reads a cell as a formula.
 */
const CRLF = "\r\n";

export function candidatesTemplateCsv(): string {
  return writeCsv(CANDIDATE_FIELDS.map((f) => f.key), []);
}

export function workHistoryTemplateCsv(): string {
  return writeCsv(WORK_HISTORY_FIELDS.map((f) => f.key), []);
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
  const header = ["file", "column", "label", "required", "allowed values", "format", "example", "also recognised as"];
  const rows = [...guideRows("candidates", CANDIDATE_FIELDS), ...guideRows("work-history", WORK_HISTORY_FIELDS)];
  return [header, ...rows].map(csvRow).join(CRLF) + CRLF;
}

export const ISSUE_CSV_HEADER = ["file", "row", "column", "field", "message"] as const;

export function issuesCsv(issues: readonly ImportIssue[], note?: string): string {
  const lines = [csvRow(ISSUE_CSV_HEADER), ...issues.map((i) => csvRow([i.file, i.row || "", i.column, i.field, i.message]))];
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
export function candidatesToCsv(inputs: readonly CandidateInput[]): { candidates: string; workHistory: string } {
  const keys = CANDIDATE_FIELDS.map((f) => f.key);
  const rows = inputs.map((c) =>
    keys.map((k) => {
      const v = (c as Record<string, unknown>)[k];
      if (k === "skills") return ((v as string[] | undefined) ?? []).join("; ");
      if (k === "onlineProfiles") return ((v as { url: string }[] | undefined) ?? []).map((p) => p.url).join("; ");
      return cellOf(v);
    }),
  );
  const positions = inputs.flatMap(({ externalId, workHistory }) =>
    externalId ? (workHistory ?? []).map((w) => [externalId, w.employer, w.title, w.startDate, w.endDate ?? "", w.verification].map(cellOf)) : [],
  );
  return { candidates: writeCsv(keys, rows), workHistory: writeCsv(WORK_HISTORY_FIELDS.map((f) => f.key), positions) };
}
