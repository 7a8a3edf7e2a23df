import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { scoreAndStore } from "@/lib/data/candidate-scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { recoverAbandonedImports } from "@/lib/data/import-recovery";
import { leaseUntil, workerId } from "@/lib/data/job-lease";
import { SYSTEM_ACTOR, type Actor, type Principal, type RequestMeta } from "@/lib/data/types";

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
 *
 * Leases (lib/data/job-lease.ts): a worker claims a job for a minute and renews the claim with
 * each batch; others leave a leased job alone. When a worker dies (kill -9, crash), its lease
 * runs out and the next runner resumes the job from its cursor. Jobs that cannot be resumed
 * (a CSV import, whose file lived only in the dead process) are failed with the counts of what
 * was stored (lib/data/import-recovery.ts).
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
type BatchHandler = (job: JobRow, size: number, owner: string) => Promise<number>;

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
const rescoreBatch: BatchHandler = async (job, size, owner) => {
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
      // Only while this worker still holds the job: one whose lease ran out and was taken over stops here.
      const moved = await tx.job.updateMany({ where: { id: job.id, status: "running", leaseOwner: owner, cursor }, data: { cursor: c.id, done: { increment: 1 } } });
      if (moved.count === 0) throw new JobLost();
      await scoreAndStore(tx, c.id, c.profile as unknown as CandidateProfile, { actor: null, meta });
    });
    cursor = c.id;
  }
  return batch.length;
};

const HANDLERS: Record<string, BatchHandler> = { [RESCORE_JOB]: rescoreBatch };

async function finish(id: string, owner: string, status: "done" | "failed", error: string | null = null): Promise<void> {
  const job = await db.job.findUnique({ where: { id }, select: { done: true, total: true } });
  await db.job.updateMany({
    where: { id, status: "running", leaseOwner: owner },
    data: { status, error, finishedAt: new Date(), leaseUntil: null, ...(job && job.done > job.total ? { total: job.done } : {}) },
  });
}

export interface RunOptions {
  /** Items per batch (default 50). */
  batchSize?: number;
  /** Stop after this many batches, leaving the job running for the next call (used by tests). */
  maxBatches?: number;
  /** Who holds the leases this run takes; this process's worker id unless a test plays two workers. */
  worker?: string;
}

/**
 * Works through every queued or running job, oldest first, until none is left (or maxBatches
 * is reached). Safe to call at any time and from several places; see the file comment.
 */
export async function runPendingJobs(actor: Principal, options: RunOptions = {}): Promise<{ batches: number; processed: number }> {
  assertCan(actor, "job:run");
  const size = options.batchSize ?? DEFAULT_BATCH;
  const owner = options.worker ?? workerId();
  await recoverAbandonedImports(actor);
  let batches = 0;
  let processed = 0;
  while (options.maxBatches === undefined || batches < options.maxBatches) {
    const now = new Date();
    // Only kinds handled here: other features keep their own jobs in the same table. A running
    // job is this worker's own, or one whose worker's lease ran out (or that never had one).
    const job = await db.job.findFirst({
      where: {
        kind: { in: Object.keys(HANDLERS) },
        OR: [{ status: "queued" }, { status: "running", OR: [{ leaseOwner: owner }, { leaseUntil: null }, { leaseUntil: { lt: now } }] }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    if (!job) break;
    // Compare-and-set on the lease as read: of two runners reaching for the same job, one wins.
    const claimed = await db.job.updateMany({
      where: { id: job.id, status: job.status, leaseOwner: job.leaseOwner, leaseUntil: job.leaseUntil },
      data: { status: "running", startedAt: job.startedAt ?? now, leaseOwner: owner, leaseUntil: leaseUntil(now) },
    });
    if (claimed.count === 0) continue;
    if (job.status === "running" && job.leaseOwner && job.leaseOwner !== owner) {
      console.warn(`[job ${job.id}] resuming after ${done(job)} items: worker ${job.leaseOwner} stopped renewing its lease`);
    }
    try {
      const n = await HANDLERS[job.kind]!(job, size, owner);
      batches += 1;
      processed += n;
      if (n < size) await finish(job.id, owner, "done");
    } catch (e) {
      if (e instanceof JobLost) {
        // Superseded, or another process is ahead on this job: look again shortly.
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      console.error(`[job ${job.id}] failed`, e);
      await finish(job.id, owner, "failed", e instanceof Error ? e.message.slice(0, 500) : String(e));
    }
    await yieldToEventLoop();
  }
  return { batches, processed };
}

const done = (job: JobRow) => `${job.done}/${job.total}`;

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
        await runPendingJobs(SYSTEM_ACTOR);
      } while (state.again);
      await recheckWhenLeasesExpire();
    } catch (e) {
      console.error("[jobs] the job runner stopped", e);
    } finally {
      state.running = false;
    }
  })();
}

/**
 * A job another worker still holds (say, one killed a moment before this server started) is
 * left alone until its lease runs out; look again then, so it is resumed or failed without
 * waiting for someone to open a page.
 */
async function recheckWhenLeasesExpire(): Promise<void> {
  const held = await db.job.findFirst({
    where: { status: "running", leaseUntil: { gt: new Date() }, NOT: { leaseOwner: workerId() } },
    orderBy: { leaseUntil: "asc" },
    select: { leaseUntil: true },
  });
  if (!held?.leaseUntil) return;
  setTimeout(startJobRunner, held.leaseUntil.getTime() - Date.now() + 1_000).unref();
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
