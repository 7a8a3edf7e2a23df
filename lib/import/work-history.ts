import { fieldErrorsFromIssues } from "@/lib/errors";
import { parseCsv } from "@/lib/import/csv";
import { autoMap, type ImportField } from "@/lib/import/fields";
import type { ImportIssue } from "@/lib/import/rows";
import { readCell, unescapeCell } from "@/lib/import/values";
import {
  REGISTRY_STATUSES,
  VERIFICATION_STATUSES,
  workHistoryEntrySchema,
  type WorkHistoryEntry,
} from "@/lib/schemas/candidate";

/**
 * The optional second CSV: one row per position, joined to the candidates file on externalId.
 * Its columns are recognised by name (no mapping step); positions keep their file order.
 */
const ENUMS: Record<string, readonly string[]> = {
  verification: VERIFICATION_STATUSES,
  registryStatus: REGISTRY_STATUSES,
};
const w = (
  key: string,
  label: string,
  required: boolean,
  help: string,
  example: string,
  synonyms: string[],
): ImportField => ({
  key,
  label,
  required,
  help,
  example,
  synonyms,
  kind: ENUMS[key] ? "enum" : key === "country" ? "country" : "text",
  ...(ENUMS[key] ? { values: ENUMS[key] } : {}),
});

export const WORK_HISTORY_FIELDS: readonly ImportField[] = [
  w("externalId", "External id", true, "The candidate's externalId in the candidates file.", "ATS-10442", [
    "candidate id",
    "candidate external id",
    "id",
    "ats id",
    "applicant id",
  ]),
  w("employer", "Employer", true, "", "Bluebonnet Logistics", [
    "company",
    "company name",
    "organisation",
    "organization",
    "employer name",
  ]),
  w("title", "Title", true, "Job title.", "Senior Backend Engineer", ["job title", "position", "role"]),
  w("startDate", "Start date", true, "YYYY-MM-DD (YYYY-MM is read as the 1st).", "2021-02-01", [
    "start",
    "from",
    "started",
    "start month",
  ]),
  w("endDate", "End date", false, "Empty (or 'present') for the current position.", "", [
    "end",
    "to",
    "until",
    "ended",
    "end month",
  ]),
  w("verification", "Verification", true, "", "verified", [
    "verified",
    "verification status",
    "employment verification",
  ]),
  w(
    "country",
    "Employer country",
    false,
    "Where the employer is registered: two-letter code or name.",
    "US",
    ["employer country", "company country"],
  ),
  w(
    "registryStatus",
    "Registry status",
    false,
    "What the company registry says: operating, dissolved, not_found; empty = not_checked.",
    "operating",
    ["registry", "company registry", "registry check", "company status"],
  ),
];

export interface WorkHistoryRecord {
  row: number;
  cells: string[];
}

/** The work-history file read and grouped by externalId; positions are validated later, with their candidate. */
export interface WorkHistoryFile {
  header: string[];
  mapping: string[];
  /** Every row in file order, for the error file (which needs the rows without an externalId too). */
  records: WorkHistoryRecord[];
  byExternalId: Map<string, WorkHistoryRecord[]>;
  /** Rows without an externalId: they belong to no one. */
  issues: ImportIssue[];
}

export class WorkHistoryFileError extends Error {}

function isoDay(raw: string): string {
  const s = unescapeCell(raw).trim();
  if (/^(present|current|now|today|-)$/i.test(s)) return "";
  return /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s;
}

export function readWorkHistory(text: string): WorkHistoryFile {
  const table = parseCsv(text);
  if (table.header.length === 0) throw new WorkHistoryFileError("The work-history file is empty.");
  const mapping = autoMap(table.header, WORK_HISTORY_FIELDS);
  const missing = WORK_HISTORY_FIELDS.filter((x) => x.required && !mapping.includes(x.key)).map((x) => x.key);
  if (missing.length) {
    throw new WorkHistoryFileError(
      `The work-history file needs the columns ${missing.join(", ")} (found ${table.header.map((h) => JSON.stringify(h)).join(", ")}; recognised names include ${WORK_HISTORY_FIELDS.map((x) => x.key).join(", ")}).`,
    );
  }
  const idCol = mapping.indexOf("externalId");
  const byExternalId: WorkHistoryFile["byExternalId"] = new Map();
  const issues: ImportIssue[] = [];
  for (const record of table.records) {
    const externalId = unescapeCell(record.cells[idCol] ?? "").trim();
    if (!externalId) {
      issues.push({
        file: "work-history",
        row: record.row,
        column: table.header[idCol] ?? "",
        field: "externalId",
        message: "The candidate's externalId is required",
      });
      continue;
    }
    const list = byExternalId.get(externalId);
    if (list) list.push(record);
    else byExternalId.set(externalId, [record]);
  }
  return { header: table.header, mapping, records: table.records, byExternalId, issues };
}

/** One candidate's positions, validated with the form's schema, in file order. */
export function validatePositions(
  file: WorkHistoryFile,
  records: readonly WorkHistoryRecord[],
): { entries: WorkHistoryEntry[]; issues: ImportIssue[] } {
  const col = (key: string) => file.mapping.indexOf(key);
  const entries: WorkHistoryEntry[] = [];
  const issues: ImportIssue[] = [];
  for (const record of records) {
    const cell = (key: string) => (col(key) === -1 ? "" : (record.cells[col(key)] ?? ""));
    const verification = readCell(
      "educationVerification",
      "enum",
      cell("verification"),
      VERIFICATION_STATUSES,
    );
    const country = readCell("country", "country", cell("country"));
    const registry = readCell("registryStatus", "enum", cell("registryStatus"), REGISTRY_STATUSES);
    const parsed = workHistoryEntrySchema.safeParse({
      employer: unescapeCell(cell("employer")),
      title: unescapeCell(cell("title")),
      startDate: isoDay(cell("startDate")),
      endDate: isoDay(cell("endDate")),
      verification: verification.ok ? verification.value : undefined,
      country: country.ok ? country.value : undefined,
      registryStatus: registry.ok ? registry.value : undefined,
    });
    if (parsed.success) {
      entries.push(parsed.data);
      continue;
    }
    for (const [field, messages] of Object.entries(fieldErrorsFromIssues(parsed.error.issues))) {
      for (const message of messages)
        issues.push({
          file: "work-history",
          row: record.row,
          column: file.header[col(field)] ?? "",
          field,
          message,
        });
    }
  }
  return { entries, issues };
}
