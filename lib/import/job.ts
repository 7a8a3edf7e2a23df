import type { RejectedRows } from "@/lib/import/files";
import type { ImportIssue } from "@/lib/import/rows";

/**
 * The record of one import in the Job table (kind "candidate_import"): progress in done/total,
 * the counts and, when finished, the row issues in params. Pure helpers over that record.
 */
export const IMPORT_JOB_KIND = "candidate_import";
/** An import writes progress after every batch; one silent for this long died with its process. */
export const STALE_AFTER_MS = 3 * 60_000;
/** The error report keeps this many issues; the rest are counted. */
export const MAX_STORED_ISSUES = 20_000;

export interface JobCounts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface ImportJobParams {
  actorId: string;
  /** The request that started the import; its rows are audited under importRequestId(job). */
  requestId?: string;
  fileName: string;
  counts: JobCounts;
  issues?: ImportIssue[];
  /** Issues left out of `issues` because of MAX_STORED_ISSUES. */
  issuesOmitted?: number;
  /** The rows behind `issues`, as uploaded, for the error files. */
  rejected?: RejectedRows;
}

export type ImportJobStatus = "running" | "done" | "failed" | "interrupted";

export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  done: number;
  total: number;
  counts: JobCounts;
  issueCount: number;
  error: string | null;
}

export const INTERRUPTED_MESSAGE =
  "The import was interrupted (the server restarted?). Rows imported so far are kept; import the file again to finish: rows already imported are recognised, not duplicated.";

/**
 * The request id the import's writes are audited under. Unique to the job (a request id comes
 * from a header a client may set), so the audit trail tells exactly which rows the job stored.
 */
export function importRequestId(jobId: string): string {
  return `job-${jobId}`;
}

/** What a person sees once an import that lost its worker has been closed with its true counts. */
export function interruptedMessage(counts: Pick<JobCounts, "created" | "updated">): string {
  return `The import stopped before it finished (the server was restarted or stopped). ${counts.created} new and ${counts.updated} updated candidates were stored and are kept; import the file again to finish: rows already imported are recognised, not duplicated.`;
}

export function jobView(
  job: { id: string; status: string; done: number; total: number; error: string | null; updatedAt: Date },
  params: ImportJobParams,
  now: Date = new Date(),
): ImportJobView {
  const stale = job.status === "running" && now.getTime() - job.updatedAt.getTime() > STALE_AFTER_MS;
  return {
    id: job.id,
    status: stale ? "interrupted" : job.status === "done" || job.status === "failed" ? job.status : "running",
    fileName: params.fileName,
    done: job.done,
    total: job.total,
    counts: params.counts,
    issueCount: (params.issues?.length ?? 0) + (params.issuesOmitted ?? 0),
    error: stale ? INTERRUPTED_MESSAGE : job.error,
  };
}
