import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Leases on background jobs. A worker holds a job for LEASE_MS and renews the lease while it
 * works (after every batch, and on a heartbeat for work that runs longer between batches). A
 * job left "running" with its lease run out lost its worker to a kill -9, a crash or a restart:
 * the runner takes it over (lib/data/jobs.ts), instead of it showing "running" for ever.
 */
export const LEASE_MS = 60_000;
/** Rows written before leases existed carry none; one silent this long is treated as abandoned. */
export const UNLEASED_STALE_MS = 3 * 60_000;

// One id per server process, kept on globalThis because Next may load this module more than once.
const holder = globalThis as unknown as { candorWorkerId?: string };
export function workerId(): string {
  return (holder.candorWorkerId ??= `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);
}

export const leaseUntil = (now: Date = new Date()) => new Date(now.getTime() + LEASE_MS);

/** Running jobs nobody holds any more: lease expired, or an old row without one gone silent. */
export function abandonedWhere(now: Date) {
  return {
    status: "running",
    OR: [{ leaseUntil: { lt: now } }, { leaseUntil: null, updatedAt: { lt: new Date(now.getTime() - UNLEASED_STALE_MS) } }],
  };
}

/** The same test as abandonedWhere, on a row already read. */
export function isAbandoned(job: { status: string; leaseUntil: Date | null; updatedAt: Date }, now: Date = new Date()): boolean {
  if (job.status !== "running") return false;
  return job.leaseUntil ? job.leaseUntil < now : job.updatedAt.getTime() < now.getTime() - UNLEASED_STALE_MS;
}

/**
 * Renews `owner`'s lease on a job; false when the job is no longer its (finished, or taken over
 * after the lease ran out), so the worker stops instead of writing over the new holder.
 */
export async function renewLease(jobId: string, owner: string): Promise<boolean> {
  const renewed = await db.job.updateMany({ where: { id: jobId, status: "running", leaseOwner: owner }, data: { leaseUntil: leaseUntil() } });
  return renewed.count === 1;
}

/** Renews the lease every third of its length until the returned function is called. */
export function heartbeat(jobId: string, owner: string): () => void {
  const timer = setInterval(() => void renewLease(jobId, owner).catch((e: unknown) => console.error(`[job ${jobId}] lease renewal failed`, e)), LEASE_MS / 3);
  timer.unref();
  return () => clearInterval(timer);
}
