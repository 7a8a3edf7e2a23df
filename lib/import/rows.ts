import { FIELD_BY_KEY, MULTI_COLUMN_KINDS } from "@/lib/import/fields";
import { readCell } from "@/lib/import/values";

/** One problem with one row: what the error CSV lists and the preview shows. */
export interface ImportIssue {
  file: "candidates" | "work-history";
  /** Spreadsheet row number (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The CSV header of the column, when the problem is about one. */
  column: string;
  /** The candidate field (or work-history field), e.g. "email" or "workHistory.0.startDate". */
  field: string;
  message: string;
}

export interface RowValues {
  row: number;
  /** Field values as candidateInputSchema takes them, for the mapped fields only. */
  values: Record<string, unknown>;
  issues: ImportIssue[];
}

/** The values of one record under a mapping (mapping[i] is the field of column i, "" = ignored). */
export function rowValues(
  header: readonly string[],
  mapping: readonly string[],
  record: { row: number; cells: readonly string[] },
): RowValues {
  const values: Record<string, unknown> = {};
  const issues: ImportIssue[] = [];
  mapping.forEach((key, col) => {
    const field = key ? FIELD_BY_KEY.get(key) : undefined;
    if (!field) return;
    const result = readCell(field.key, field.kind, record.cells[col] ?? "", field.values);
    if (!result.ok) {
      issues.push({
        file: "candidates",
        row: record.row,
        column: header[col] ?? "",
        field: field.key,
        message: result.message,
      });
      return;
    }
    const dot = field.key.indexOf(".");
    if (dot > 0) {
      // One column per part of a nested field (education.endYear): the schema sees one object.
      const parent = field.key.slice(0, dot);
      const nested = (values[parent] ??= {}) as Record<string, unknown>;
      nested[field.key.slice(dot + 1)] = result.value;
    } else if (MULTI_COLUMN_KINDS.has(field.kind) && Array.isArray(values[field.key])) {
      values[field.key] = [...(values[field.key] as unknown[]), ...(result.value as unknown[])];
    } else {
      values[field.key] = result.value;
    }
  });
  if (record.cells.length > header.length && record.cells.slice(header.length).some((c) => c.trim() !== "")) {
    issues.push({
      file: "candidates",
      row: record.row,
      column: "",
      field: "",
      message: `The row has ${record.cells.length} cells but the header only ${header.length} columns (a comma inside an unquoted cell?)`,
    });
  }
  return { row: record.row, values, issues };
}

/** The header names the columns that feed a field, for naming it in an error. */
export function columnsOf(field: string, header: readonly string[], mapping: readonly string[]): string {
  const key = field.split(".")[0] ?? field;
  // A nested field's error names its own column; a whole-object error names all its parts'.
  const own = header.filter((_, i) => mapping[i] === field);
  if (own.length) return own.join(" + ");
  return header.filter((_, i) => mapping[i] === key || mapping[i]?.startsWith(`${key}.`)).join(" + ");
}

/** Field errors from the schema (or the data layer) as issues of one row. */
export function issuesFromFieldErrors(
  row: number,
  fieldErrors: Record<string, string[]>,
  header: readonly string[],
  mapping: readonly string[],
): ImportIssue[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => ({
      file: "candidates" as const,
      row,
      column: field.startsWith("workHistory") ? "" : columnsOf(field, header, mapping),
      field: field === "_form" ? "" : field,
      message,
    })),
  );
}
