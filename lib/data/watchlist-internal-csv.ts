import "server-only";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { assertCan } from "@/lib/auth/permissions";
import { fieldErrorsFromIssues, ValidationError, type FieldErrors } from "@/lib/errors";
import { tokenizeCsv, type CsvRecord } from "@/lib/screening/csv";
import { WatchlistParseError } from "@/lib/screening";
import { internalItemSchema, type InternalItemInput } from "@/lib/schemas/watchlist";
import type { Actor, RequestMeta } from "@/lib/data/types";

export const INTERNAL_CSV_COLUMNS = ["kind", "value", "reason", "source"] as const;
/** Enough for any hand-kept list; a bigger file is more likely a mistake than a watchlist. */
export const INTERNAL_CSV_MAX_ROWS = 5000;
/** A file with hundreds of bad rows gets the first few named, not a wall of messages. */
const MAX_REPORTED_ROWS = 50;

function refuse(errors: FieldErrors, message = "Nothing was imported: fix the rows named below and upload the file again."): never {
  throw new ValidationError(errors, message);
}

/**
 * Parses and validates an internal-watchlist CSV (header `kind,value,reason,source`, in any
 * column order; quoted fields may hold commas, quotes and line breaks). Rows are numbered as a
 * spreadsheet shows them: the header is row 1. Cells are taken as data, formula-looking or not.
 */
export function parseInternalCsv(csvText: string): InternalItemInput[] {
  let records: CsvRecord[];
  try {
    records = tokenizeCsv(String(csvText), "CSV");
  } catch (e) {
    if (e instanceof WatchlistParseError) refuse({ [`line ${e.line}`]: [e.reason] }, `The file is not valid CSV (line ${e.line}: ${e.reason}). Nothing was imported.`);
    throw e;
  }
  const [header, ...all] = records;
  if (!header) refuse({ file: ["The file is empty. It needs the header row kind,value,reason,source and at least one item."] });
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = INTERNAL_CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(INTERNAL_CSV_COLUMNS as readonly string[]).includes(n));
  const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
  if (missing.length || unknown.length || duplicated.length) {
    const problems = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unknown.length ? `unknown ${unknown.map((n) => JSON.stringify(n)).join(", ")}` : "",
      duplicated.length ? `repeated ${duplicated.join(", ")}` : "",
    ].filter(Boolean);
    refuse({ "row 1: header": [`The header must be kind,value,reason,source (${problems.join("; ")}).`] });
  }
  // Spreadsheets export trailing rows of empty cells; they are not items (row numbers stay as shown).
  const rows = all.map((record, i) => ({ record, row: i + 2 })).filter(({ record }) => record.fields.some((f) => f.trim() !== ""));
  if (rows.length === 0) refuse({ file: ["The file has a header but no items."] });
  if (rows.length > INTERNAL_CSV_MAX_ROWS) refuse({ file: [`At most ${INTERNAL_CSV_MAX_ROWS} items per file; this one has ${rows.length}.`] });

  const errors: FieldErrors = {};
  let badRows = 0;
  const items: InternalItemInput[] = [];
  for (const { record, row } of rows) {
    let rowErrors: FieldErrors;
    if (record.fields.length !== names.length) {
      rowErrors = { columns: [`expected ${names.length} columns, found ${record.fields.length}`] };
    } else {
      const raw = Object.fromEntries(names.map((n, col) => [n, record.fields[col]]));
      const parsed = internalItemSchema.safeParse(raw);
      if (parsed.success) {
        items.push(parsed.data);
        continue;
      }
      rowErrors = fieldErrorsFromIssues(parsed.error.issues);
    }
    badRows += 1;
    if (badRows > MAX_REPORTED_ROWS) continue;
    for (const [field, messages] of Object.entries(rowErrors)) errors[`row ${row}: ${field}`] = messages;
  }
  if (badRows > 0) {
    if (badRows > MAX_REPORTED_ROWS) errors._form = [`…and ${badRows - MAX_REPORTED_ROWS} more rows with problems.`];
    refuse(errors, `${badRows} of ${rows.length} rows need attention. Nothing was imported: fix them and upload the file again.`);
  }
  return items;
}

/** Adds every row of an internal-watchlist CSV, or none of them: one transaction, one audit event. */
export async function importInternalCsv(actor: Actor, csvText: string, meta: RequestMeta): Promise<{ imported: number }> {
  assertCan(actor, "watchlist:manage");
  const items = parseInternalCsv(csvText);
  await db.$transaction(
    async (tx) => {
      await tx.internalWatchlistItem.createMany({ data: items.map((item) => ({ ...item, createdById: actor.id })) });
      await appendAudit(tx, actor, meta, {
        action: "watchlist.internal_imported",
        targetType: "watchlist",
        after: { count: items.length, items: items.slice(0, 100).map((i) => ({ kind: i.kind, value: i.value, source: i.source })) },
      });
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return { imported: items.length };
}
