"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import type { ImportJobView } from "@/lib/import/job";
import { Button } from "@/components/ui/button";

const POLL_MS = 800;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 px-4 py-3">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {value.toLocaleString("en-GB")}
      </p>
    </div>
  );
}

const errorLink =
  "inline-flex items-center rounded-md bg-red-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-red-700";

/** Polls an import until it ends, then shows the counts and the error files' links. */
export function ImportProgress({
  jobId,
  total,
  withWorkHistory,
  onReset,
}: {
  jobId: string;
  total: number;
  withWorkHistory: boolean;
  onReset: () => void;
}) {
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  const [polls, setPolls] = useState(0);
  const running = !job || job.status === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(
      async () => {
        try {
          const res = await fetch(`/api/import/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store" });
          const body: unknown = await res.json();
          if (stopped) return;
          if (!res.ok)
            setPollError(
              (body as { error?: { message?: string } }).error?.message ??
                `The server answered ${res.status}.`,
            );
          else {
            setPollError(null);
            setJob(body as ImportJobView);
          }
        } catch {
          if (!stopped) setPollError("Lost contact with the server; still trying…");
        }
        if (!stopped) setPolls((n) => n + 1);
      },
      polls === 0 ? 150 : POLL_MS,
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, polls, running]);

  const done = job?.done ?? 0;
  const of = job?.total ?? total;
  const percent = of === 0 ? 100 : Math.round((done / of) * 100);
  const failed = job?.counts.failed ?? 0;
  // Work-history problems can exist without a rejected candidate (a position for no one).
  const historyErrors = withWorkHistory && (job?.issueCount ?? 0) > 0;
  const errorsUrl = `/api/import/jobs/${encodeURIComponent(jobId)}/errors`;
  return (
    <div className="space-y-5" data-testid="import-progress" data-status={job?.status ?? "running"}>
      <div>
        <div className="mb-1 flex justify-between text-sm text-slate-600">
          <span>
            {running ? "Importing…" : job?.status === "done" ? "Import finished" : "Import stopped"}
          </span>
          <span className="tabular-nums">
            {done.toLocaleString("en-GB")} of {of.toLocaleString("en-GB")} rows
          </span>
        </div>
        <div
          className="h-2.5 overflow-hidden rounded-full bg-slate-100"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={of}
          aria-valuenow={done}
          aria-label="Import progress"
        >
          <div
            className="h-full rounded-full bg-brand-600 transition-[width]"
            style={{ width: `${percent}%` }}
          />
        </div>
      </div>
      {pollError && <p className="text-sm text-amber-800">{pollError}</p>}
      {job && (
        <div className="grid gap-3 sm:grid-cols-4">
          <Count label="Created" value={job.counts.created} testId="count-created" />
          <Count label="Updated" value={job.counts.updated} testId="count-updated" />
          <Count label="Unchanged" value={job.counts.unchanged} testId="count-unchanged" />
          <Count label="Not imported" value={job.counts.failed} testId="count-failed" />
        </div>
      )}
      {job?.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {job.error}
        </p>
      )}
      {!running && (
        <div className="flex flex-wrap items-center gap-3">
          {failed > 0 && (
            <a href={errorsUrl} download className={errorLink}>
              Download the error file ({failed.toLocaleString("en-GB")} row{failed === 1 ? "" : "s"} not
              imported)
            </a>
          )}
          {historyErrors && (
            <a href={`${errorsUrl}?file=work-history`} download className={errorLink}>
              Download the work-history error file
            </a>
          )}
          <Link
            href="/candidates"
            className="inline-flex items-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
          >
            View candidates
          </Link>
          <Button variant="secondary" onClick={onReset}>
            Import another file
          </Button>
        </div>
      )}
      {(failed > 0 || historyErrors) && !running && (
        <div className="space-y-1 text-sm text-slate-600" data-testid="error-file-help">
          <p>
            The error file holds each row that was not imported, as you uploaded it, after two columns:{" "}
            <span className="font-medium text-slate-800">Row in file</span> and{" "}
            <span className="font-medium text-slate-800">Import errors</span> (every problem of the row, as
            “Column: message”).
          </p>
          <p>
            Fix the cells it names in your spreadsheet, save it as CSV and import it here: its columns map as
            before, the two extra columns are ignored, and candidates already imported are recognised, not
            duplicated.
            {withWorkHistory &&
              " Import the work-history error file with it: it holds the positions of the candidates not imported, and the work-history rows with problems."}
          </p>
        </div>
      )}
    </div>
  );
}
