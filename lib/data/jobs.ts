import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { scoreAndStore } from "@/lib/data/candidate-scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { Actor, RequestMeta } from "@/lib/data/types";

/**
 * A small durable job runner. Jobs live in the Job table; the runner takes the oldest queued or
 * running job and works through it a batch at a time, yielding to the event loop between
 * batches so requests keep being served.
 *
 * Resuming: each item is processed in its own transaction, which also moves the job's cursor
 * and `done` count, but only if the cursor is still where this runner last saw it. So after a
 * crash or restart the next run continues right after the last committed item (nothing is
 * skipped or done twice), and if two processes run the same job, the one that falls behind
 * notices at its next item and backs off.
 */

export const RESCORE_JOB = "rescore";
const DEFAULT_BATCH = 50;
/** A job "done" with this prefix in `error` was overtaken by a newer job doing the same work. */
export const SUPERSEDED = "Superseded";

export type JobStatus = "queued" | "running" | "done" | "failed" | "superseded";

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  error: string | null;
  ruleSetVersion: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

class JobLost extends Error {}

type JobRow = NonNullable<Awaited<ReturnType<typeof db.job.findFirst>>>;
type BatchHandler = (job: JobRow, size: number) => Promise<number>;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Queues a re-score of every candidate under `ruleSetVersion`, inside the publishing
 * transaction. Every candidate, not only those with an open case: a new rule set must also
 * open cases for candidates it now puts over the threshold. A re-score still waiting or
 * running for an older version is superseded, since the new one covers every candidate.
 */
export async function enqueueRescore(tx: Tx, ruleSetVersion: number): Promise<{ id: string }> {
  await tx.job.updateMany({
    where: { kind: RESCORE_JOB, status: { in: ["queued", "running"] } },
    data: { status: "done", finishedAt: new Date(), error: `${SUPERSEDED} by the re-score for v${ruleSetVersion}` },
  });
  const total = await tx.candidate.count();
  return tx.job.create({ data: { kind: RESCORE_JOB, params: { ruleSetVersion }, total }, select: { id: true } });
}

/** Re-scores the next `size` candidates after the cursor under the published rule set. */
const rescoreBatch: BatchHandler = async (job, size) => {
  const batch = await db.candidate.findMany({
    where: job.cursor ? { id: { gt: job.cursor } } : {},
    orderBy: { id: "asc" },
    take: size,
    select: { id: true, profile: true },
  });
  const meta: RequestMeta = { requestId: `job-${job.id}`, ip: null };
  let cursor = job.cursor;
  for (const c of batch) {
    await db.$transaction(async (tx) => {
      const moved = await tx.job.updateMany({ where: { id: job.id, status: "running", cursor }, data: { cursor: c.id, done: { increment: 1 } } });
      if (moved.count === 0) throw new JobLost();
      await scoreAndStore(tx, c.id, c.profile as unknown as CandidateProfile, { actor: null, meta });
    });
    cursor = c.id;
  }
  return batch.length;
};

const HANDLERS: Record<string, BatchHandler> = { [RESCORE_JOB]: rescoreBatch };

async function finish(id: string, status: "done" | "failed", error: string | null = null): Promise<void> {
  const job = await db.job.findUnique({ where: { id }, select: { done: true, total: true } });
  await db.job.updateMany({
    where: { id, status: "running" },
    data: { status, error, finishedAt: new Date(), ...(job && job.done > job.total ? { total: job.done } : {}) },
  });
}

export interface RunOptions {
  /** Items per batch (default 50). */
  batchSize?: number;
  /** Stop after this many batches, leaving the job running for the next call (used by tests). */
  maxBatches?: number;
}

/**
 * Works through every queued or running job, oldest first, until none is left (or maxBatches
 * is reached). Safe to call at any time and from several places; see the file comment.
 */
export async function runPendingJobs(options: RunOptions = {}): Promise<{ batches: number; processed: number }> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  let batches = 0;
  let processed = 0;
  while (options.maxBatches === undefined || batches < options.maxBatches) {
    // Only kinds handled here: other features keep their own jobs in the same table.
    const job = await db.job.findFirst({ where: { status: { in: ["queued", "running"] }, kind: { in: Object.keys(HANDLERS) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (!job) break;
    if (job.status === "queued") {
      const claimed = await db.job.updateMany({ where: { id: job.id, status: "queued" }, data: { status: "running", startedAt: new Date() } });
      if (claimed.count === 0) continue;
    }
    try {
      const n = await HANDLERS[job.kind]!(job, size);
      batches += 1;
      processed += n;
      if (n < size) await finish(job.id, "done");
    } catch (e) {
      if (e instanceof JobLost) {
        // Superseded, or another process is ahead on this job: look again shortly.
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      console.error(`[job ${job.id}] failed`, e);
      await finish(job.id, "failed", e instanceof Error ? e.message.slice(0, 500) : String(e));
    }
    await yieldToEventLoop();
  }
  return { batches, processed };
}

// Kept on globalThis: Next may load this module more than once (instrumentation, route bundles).
const runner = globalThis as unknown as { candorJobRunner?: { running: boolean; again: boolean } };

/**
 * Starts the runner in the background without waiting for it (after a publication, and once
 * at server start from instrumentation.ts). A call while it runs makes it look again at the end.
 */
export function startJobRunner(): void {
  const state = (runner.candorJobRunner ??= { running: false, again: false });
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  void (async () => {
    try {
      do {
        state.again = false;
        await runPendingJobs();
      } while (state.again);
    } catch (e) {
      console.error("[jobs] the job runner stopped", e);
    } finally {
      state.running = false;
    }
  })();
}

function toView(j: JobRow): JobView {
  const params = (j.params ?? {}) as { ruleSetVersion?: unknown };
  const superseded = j.status === "done" && Boolean(j.error?.startsWith(SUPERSEDED));
  return {
    id: j.id,
    kind: j.kind,
    status: superseded ? "superseded" : (j.status as JobStatus),
    done: j.done,
    total: Math.max(j.total, j.done),
    error: j.error,
    ruleSetVersion: typeof params.ruleSetVersion === "number" ? params.ruleSetVersion : null,
    createdAt: j.createdAt.toISOString(),
    startedAt: j.startedAt?.toISOString() ?? null,
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}

/** The most recent re-score jobs with their progress, newest first, for the rules page. */
export async function listJobs(actor: Actor, take = 5): Promise<JobView[]> {
  assertCan(actor, "admin:access");
  const rows = await db.job.findMany({ where: { kind: RESCORE_JOB }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  return rows.map(toView);
}

export async function getJob(actor: Actor, id: string): Promise<JobView | null> {
  assertCan(actor, "admin:access");
  const row = await db.job.findUnique({ where: { id } });
  return row && row.kind === RESCORE_JOB ? toView(row) : null;
}
