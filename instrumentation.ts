/**
 * Next.js calls register() once when a server starts. It starts the webhook delivery loop
 * (lib/data/webhooks.ts), which sends the outbox rows queued by changes, and the job runner
 * (lib/data/jobs.ts), which resumes re-scoring after a restart, and the audit checkpointer
 * (lib/data/audit-checkpoint.ts), which signs the trail's head every N events or M minutes; all
 * outside any request.
 * Only in the Node.js runtime of a running server: not in the edge runtime, not during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebhookDispatcher } = await import("@/lib/data/webhooks");
  startWebhookDispatcher();
  // Resume any re-score job a restart interrupted.
  const { startJobRunner } = await import("@/lib/data/jobs");
  startJobRunner();
  // Signing stays off the write path: a periodic tick, never inside an audited transaction.
  const { startAuditCheckpointer } = await import("@/lib/data/audit-checkpoint");
  startAuditCheckpointer();
}
