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

/** Polls an import until it ends, then shows the counts and the error CSV link. */
export function ImportProgress({ jobId, total, onReset }: { jobId: string; total: number; onReset: () => void }) {
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [pollError, setPollError] = useState<string | null>(null);
  const [polls, setPolls] = useState(0);
  const running = !job || job.status === "running";

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/import/jobs/${encodeURIComponent(jobId)}`, { cache: "no-store" });
        const body: unknown = await res.json();
        if (stopped) return;
        if (!res.ok) setPollError((body as { error?: { message?: string } }).error?.message ?? `The server answered ${res.status}.`);
        else {
          setPollError(null);
          setJob(body as ImportJobView);
        }
      } catch {
        if (!stopped) setPollError("Lost contact with the server; still trying…");
      }
      if (!stopped) setPolls((n) => n + 1);
    }, polls === 0 ? 150 : POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, polls, running]);

  const done = job?.done ?? 0;
  const of = job?.total ?? total;
  const percent = of === 0 ? 100 : Math.round((done / of) * 100);
  return (
    <div className="space-y-5" data-testid="import-progress" data-status={job?.status ?? "running"}>
      <div>
        <div className="mb-1 flex justify-between text-sm text-slate-600">
          <span>{running ? "Importing…" : job?.status === "done" ? "Import finished" : "Import stopped"}</span>
          <span className="tabular-nums">
            {done.toLocaleString("en-GB")} of {of.toLocaleString("en-GB")} rows
          </span>
        </div>
        <div className="h-2.5 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuemin={0} aria-valuemax={of} aria-valuenow={done} aria-label="Import progress">
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
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
          {job && job.issueCount > 0 && (
            <a href={`/api/import/jobs/${encodeURIComponent(jobId)}/errors`} download className="inline-flex items-center rounded-md bg-red-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-red-700">
              Download the error CSV ({job.issueCount.toLocaleString("en-GB")} problem{job.issueCount === 1 ? "" : "s"})
            </a>
          )}
          <Link href="/candidates" className="inline-flex items-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700">
            View candidates
          </Link>
          <Button variant="secondary" onClick={onReset}>
            Import another file
          </Button>
        </div>
      )}
      {job && job.issueCount > 0 && !running && (
        <p className="text-sm text-slate-600">Fix the rows listed in the error CSV and import the file again: rows already imported are recognised and not duplicated.</p>
      )}
    </div>
  );
}
