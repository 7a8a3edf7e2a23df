import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { appendAudit } from "@/lib/data/audit";
import { abandonedWhere } from "@/lib/data/job-lease";
import { IMPORT_JOB_KIND, importRequestId, interruptedMessage, type ImportJobParams, type JobCounts } from "@/lib/import/job";
import type { Principal } from "@/lib/data/types";

/**
 * A CSV import runs in the process that received the file, and the file lives only there: when
 * that process dies (kill -9, crash, restart) the import cannot be resumed. Its job used to stay
 * "running" for ever, at the count of its last progress save, while batches after that save had
 * been stored. Once its lease has run out it is failed here with the counts of what was stored.
 *
 * The true counts come from the audit trail: every candidate an import creates or updates is
 * audited in the same transaction as the row, under the job's own request id.
 */
export async function recoverAbandonedImports(actor: Principal, now: Date = new Date()): Promise<number> {
  assertCan(actor, "job:run");
  const abandoned = await db.job.findMany({ where: { kind: IMPORT_JOB_KIND, ...abandonedWhere(now) }, select: { id: true } });
  let failed = 0;
  for (const { id } of abandoned) if (await failAbandonedImport(actor, id, now)) failed += 1;
  return failed;
}

/** Fails one abandoned import with its true counts; false if it is not abandoned (any more). */
export async function failAbandonedImport(actor: Principal, jobId: string, now: Date = new Date()): Promise<boolean> {
  assertCan(actor, "job:run");
  return db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({ where: { id: jobId, kind: IMPORT_JOB_KIND, ...abandonedWhere(now) } });
    if (!job) return false;
    const params = job.params as unknown as ImportJobParams;
    const requestId = importRequestId(job.id);
    // A minute's margin for clocks: the (action, at) index narrows the count, the request id decides it.
    const since = new Date(job.createdAt.getTime() - 60_000);
    const stored = async (action: string) => tx.auditEvent.count({ where: { action, requestId, at: { gte: since } } });
    const created = await stored("candidate.created");
    const updated = await stored("candidate.updated");
    const saved: JobCounts = params.counts;
    const counts: JobCounts = { ...saved, created, updated };
    // Rows whose outcome is known: those counted at the last progress save, plus those stored after it.
    const done = Math.min(job.total, job.done + Math.max(0, created - saved.created) + Math.max(0, updated - saved.updated));
    // Compare-and-set on the lease as read: a worker that renewed it meanwhile keeps its job.
    const closed = await tx.job.updateMany({
      where: { id: job.id, status: "running", leaseOwner: job.leaseOwner, leaseUntil: job.leaseUntil },
      data: { status: "failed", done, finishedAt: now, leaseUntil: null, error: interruptedMessage(counts), params: { ...params, counts } as unknown as object },
    });
    if (closed.count === 0) return false;
    await appendAudit(tx, actor, { requestId, ip: null }, {
      action: "candidate.imported",
      targetType: "import",
      targetId: job.id,
      after: { ...counts, file: params.fileName, interrupted: true },
    });
    return true;
  });
}
