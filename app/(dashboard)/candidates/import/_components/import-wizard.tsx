"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { previewImportAction, startImportAction } from "@/lib/actions/import";
import type { PreviewRow } from "@/lib/data/candidate-import";
import { CsvSyntaxError, parseCsv, writeCsv, type CsvTable } from "@/lib/import/csv";
import { autoMap, ERROR_FILE_COLUMNS, mappingProblems, normaliseHeader } from "@/lib/import/fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { MappingTable } from "./mapping-table";
import { PreviewTable } from "./preview-table";
import { ImportProgress } from "./import-progress";

const PREVIEW_ROWS = 10;

function readTable(text: string): { table: CsvTable | null; error: string | null } {
  if (!text.trim()) return { table: null, error: null };
  try {
    const table = parseCsv(text);
    if (table.header.length === 0 || table.records.length === 0)
      return { table: null, error: "The file needs a header row and at least one candidate row." };
    return { table, error: null };
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { table: null, error: `This is not valid CSV: ${e.message}.` };
    throw e;
  }
}

function FileInput({
  label,
  hint,
  onText,
}: {
  label: string;
  hint: string;
  onText: (text: string, name: string) => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700 hover:file:bg-brand-100"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          onText(file ? await file.text() : "", file?.name ?? "");
        }}
      />
      <p className="mt-1 text-xs text-slate-500">{hint}</p>
    </div>
  );
}

/** Upload or paste, map the columns, check the first rows, import with progress, download the problems. */
export function ImportWizard() {
  const pasteId = useId();
  const [csv, setCsv] = useState({ text: "", name: "" });
  const [history, setHistory] = useState({ text: "", name: "" });
  const [edited, setEdited] = useState<{ header: string; mapping: string[] } | null>(null);
  const [preview, setPreview] = useState<{ rows: PreviewRow[] } | { error: string } | null>(null);
  const [started, setStarted] = useState<{ jobId: string; total: number } | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const { table, error: parseError } = useMemo(() => readTable(csv.text), [csv.text]);
  const headerKey = table ? JSON.stringify(table.header) : "";
  const mapping = useMemo(
    () => (table ? (edited?.header === headerKey ? edited.mapping : autoMap(table.header)) : []),
    [table, edited, headerKey],
  );
  const problems = mappingProblems(mapping);
  const earlierRow = useMemo(() => {
    const col = table
      ? table.header.findIndex((h) => normaliseHeader(h) === normaliseHeader(ERROR_FILE_COLUMNS.row))
      : -1;
    return table && col !== -1
      ? new Map(table.records.map((r) => [r.row, r.cells[col]?.trim() ?? ""]))
      : undefined;
  }, [table]);
  const previewCsv = useMemo(
    () =>
      table
        ? writeCsv(
            table.header,
            table.records.slice(0, PREVIEW_ROWS).map((r) => r.cells),
          )
        : "",
    [table],
  );

  useEffect(() => {
    if (!previewCsv) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await previewImportAction({ csv: previewCsv, workHistoryCsv: history.text, mapping });
      if (stale) return;
      setPreview(
        result.ok
          ? result.data
          : { error: Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error },
      );
    }, 350);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [previewCsv, history.text, mapping]);

  async function start() {
    setStarting(true);
    setStartError(null);
    const form = new FormData();
    form.set("csv", csv.text);
    form.set("workHistoryCsv", history.text);
    form.set("mapping", JSON.stringify(mapping));
    form.set("fileName", csv.name || "pasted.csv");
    const result = await startImportAction(form);
    setStarting(false);
    if (result.ok) setStarted(result.data);
    else setStartError(Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error);
  }

  function reset() {
    setCsv({ text: "", name: "" });
    setHistory({ text: "", name: "" });
    setEdited(null);
    setPreview(null);
    setStarted(null);
  }

  if (started) {
    return (
      <Card title="Import" description={csv.name || "Pasted rows"}>
        <ImportProgress
          jobId={started.jobId}
          total={started.total}
          withWorkHistory={history.text.trim() !== ""}
          onReset={reset}
        />
      </Card>
    );
  }

  const blocked = !table || problems.duplicated.length > 0 || problems.missingRequired.length > 0 || starting;
  return (
    <div className="space-y-6">
      <Card
        title="1. The files"
        description="One row per candidate, with a header row. Re-importing a file updates the candidates it already created (matched by externalId, else by email and full name). To retry the rows an import did not take, fix its error file and upload it here."
        actions={
          <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
            <a
              className="font-medium text-brand-700 hover:underline"
              href="/api/import/template?file=candidates"
              download
            >
              Candidates template
            </a>
            <a
              className="font-medium text-brand-700 hover:underline"
              href="/api/import/template?file=work-history"
              download
            >
              Work-history template
            </a>
            <a
              className="font-medium text-brand-700 hover:underline"
              href="/api/import/template?file=guide"
              download
            >
              Column guide
            </a>
          </div>
        }
      >
        <div className="grid gap-5 lg:grid-cols-2">
          <div className="space-y-4">
            <FileInput
              label="Candidates CSV"
              hint="Up to 10 MB (about 15,000 rows). Lists such as skills are separated by ;"
              onText={(text, name) => setCsv({ text, name })}
            />
            <div>
              <label htmlFor={pasteId} className="field-label">
                …or paste the rows
              </label>
              <textarea
                id={pasteId}
                rows={5}
                className="field-input font-mono text-xs"
                value={csv.name ? "" : csv.text}
                placeholder={csv.name ? `Using ${csv.name}` : "externalId,fullName,email,…"}
                disabled={Boolean(csv.name)}
                onChange={(e) => setCsv({ text: e.target.value, name: "" })}
              />
            </div>
          </div>
          <FileInput
            label="Work history CSV (optional)"
            hint="Columns externalId, employer, title, startDate, endDate, verification; joined to the candidates on externalId."
            onText={(text, name) => setHistory({ text, name })}
          />
        </div>
        {parseError && (
          <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {parseError}
          </p>
        )}
      </Card>

      {table && (
        <Card
          title="2. Columns"
          description={`${table.records.length.toLocaleString("en-GB")} rows, ${table.header.length} columns. Check what each column is imported as.`}
        >
          <MappingTable
            header={table.header}
            sample={table.records[0]?.cells ?? []}
            mapping={mapping}
            problems={problems}
            onChange={(m) => setEdited({ header: headerKey, mapping: m })}
          />
        </Card>
      )}

      {table && (
        <Card
          title="3. Preview"
          description={`The first ${Math.min(PREVIEW_ROWS, table.records.length)} rows as they would be imported. Every row is checked the same way when you import; rows with problems are skipped, and you can download them afterwards as an error file to fix and import again.`}
        >
          {!preview ? (
            <p className="text-sm text-slate-500">Checking…</p>
          ) : "error" in preview ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {preview.error}
            </p>
          ) : (
            <PreviewTable rows={preview.rows} earlierRow={earlierRow} />
          )}
          <div className="mt-5 flex flex-wrap items-center gap-3">
            <Button onClick={start} disabled={blocked}>
              {starting
                ? "Starting…"
                : `Import ${table.records.length.toLocaleString("en-GB")} row${table.records.length === 1 ? "" : "s"}`}
            </Button>
            {startError && (
              <p role="alert" className="text-sm text-red-700">
                {startError}
              </p>
            )}
          </div>
        </Card>
      )}
    </div>
  );
}
