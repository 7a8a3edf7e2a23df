"use client";

import { useEffect, useState } from "react";
import { jobsProgressAction } from "@/lib/actions/rules";
import type { JobView } from "@/lib/data/jobs";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";

const STATUS: Record<JobView["status"], string> = {
  queued: "Waiting",
  running: "Running",
  done: "Finished",
  failed: "Failed",
  superseded: "Superseded",
};
const isActive = (jobs: JobView[]) => jobs.some((j) => j.status === "queued" || j.status === "running");

/** Re-scores queued by publications, with their progress, polled every two seconds while one runs. */
export function JobsCard({ initial }: { initial: JobView[] }) {
  const [jobs, setJobs] = useState(initial);
  const active = isActive(jobs);
  useEffect(() => {
    if (!active) return;
    const t = setInterval(async () => {
      const r = await jobsProgressAction();
      if (r.ok) setJobs(r.data);
    }, 2000);
    return () => clearInterval(t);
  }, [active]);
  return (
    <Card
      title="Re-scoring"
      description="Every publication re-scores all candidates in the background under the new version."
    >
      {jobs.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has been re-scored yet.</p>
      ) : (
        <ul className="space-y-3" data-testid="jobs">
          {jobs.map((j) => {
            const pct = j.total === 0 ? 100 : Math.round((j.done / j.total) * 100);
            return (
              <li key={j.id} className="text-sm" data-testid="job" data-status={j.status}>
                <div className="flex justify-between gap-2">
                  <span className="font-medium text-slate-800">
                    {j.ruleSetVersion ? `Re-score for v${j.ruleSetVersion}` : "Re-score"}
                  </span>
                  <span className={j.status === "failed" ? "text-red-700" : "text-slate-600"}>
                    {STATUS[j.status]}
                  </span>
                </div>
                <div
                  className="mt-1 h-2 overflow-hidden rounded bg-slate-100"
                  role="progressbar"
                  aria-label={`Re-score for v${j.ruleSetVersion ?? "?"}`}
                  aria-valuemin={0}
                  aria-valuemax={j.total}
                  aria-valuenow={j.done}
                >
                  <div
                    className={`h-full ${j.status === "failed" ? "bg-red-500" : "bg-brand-600"}`}
                    style={{ width: `${pct}%` }}
                  />
                </div>
                <div className="mt-0.5 text-xs text-slate-500">
                  {j.done.toLocaleString("en-US")} of {j.total.toLocaleString("en-US")} candidates · queued{" "}
                  {formatDateTime(j.createdAt)}
                  {j.error && <span className="block">{j.error}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
