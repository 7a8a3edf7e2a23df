import "server-only";
import type { Tx } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { caseSlaHours } from "@/lib/data/settings";
import { enqueueWebhookEvent } from "@/lib/data/webhook-outbox";
import { BAND_RANK, dueAtFor, newRedFlags, priorityFor, reachesThreshold } from "@/lib/cases/policy";
import type { RuleSet, ScoreBreakdown } from "@/lib/scoring";
import type { Actor, RequestMeta } from "@/lib/data/types";

export interface ScoreEventContext {
  actor: Pick<Actor, "id" | "email"> | null;
  meta: RequestMeta;
}

function familiesOf(b: ScoreBreakdown): string {
  return [...new Set(b.fired.map((f) => f.family))].sort().join(",");
}

/**
 * Keeps a candidate's case in step with a new score, inside the score's transaction:
 * - no case yet and the band reaches the rule set's case threshold: open one;
 * - an undecided case: record the new score on it, raising priority if the band rose;
 * - a decided case and red flags that were not there when it was decided: reopen it.
 */
export async function syncCaseWithScore(
  tx: Tx,
  candidateId: string,
  scoreId: string,
  breakdown: ScoreBreakdown,
  ruleSet: RuleSet,
  ctx: ScoreEventContext,
): Promise<void> {
  const now = new Date();
  const current = await tx.case.findFirst({ where: { candidateId }, orderBy: { openedAt: "desc" } });
  const reaches = reachesThreshold(breakdown.band, ruleSet.caseThreshold);

  if (!current) {
    if (!reaches) return;
    const priority = priorityFor(breakdown.band);
    const created = await tx.case.create({
      data: {
        candidateId,
        priority,
        band: breakdown.band,
        openReason: `Score ${breakdown.total} (${breakdown.band}) reached the case threshold (${ruleSet.caseThreshold}) of rule set v${ruleSet.version}`,
        openedById: ctx.actor?.id ?? null,
        // Set here rather than by the database default, so the due date is exactly the SLA after it.
        openedAt: now,
        dueAt: dueAtFor(priority, now, await caseSlaHours(tx)),
        openedScoreId: scoreId,
        latestScoreId: scoreId,
        ruleFamilies: familiesOf(breakdown),
      },
    });
    await appendAudit(tx, ctx.actor, ctx.meta, { action: "case.opened", targetType: "case", targetId: created.id, after: { candidateId, band: breakdown.band, total: breakdown.total, automatic: true } });
    await enqueueWebhookEvent(tx, "case.opened", { caseId: created.id, candidateId, band: breakdown.band, automatic: true });
    return;
  }

  if (current.status !== "decided") {
    const rose = BAND_RANK[breakdown.band] > BAND_RANK[current.band];
    const priority = rose ? priorityFor(breakdown.band) : current.priority;
    await tx.case.update({
      where: { id: current.id },
      data: {
        latestScoreId: scoreId,
        ruleFamilies: familiesOf(breakdown),
        ...(rose ? { band: breakdown.band, priority, dueAt: dueAtFor(priority, current.openedAt, await caseSlaHours(tx)) } : {}),
        version: { increment: 1 },
      },
    });
    await appendAudit(tx, ctx.actor, ctx.meta, {
      action: rose ? "case.escalated_by_score" : "case.rescored",
      targetType: "case",
      targetId: current.id,
      before: { band: current.band },
      after: { band: breakdown.band, total: breakdown.total },
    });
    return;
  }

  const decidedOn = await tx.score.findUnique({ where: { id: current.latestScoreId }, select: { breakdown: true } });
  const before = ((decidedOn?.breakdown as unknown as ScoreBreakdown | undefined)?.fired ?? []).map((f) => f.ruleId);
  const added = newRedFlags(before, breakdown.fired.map((f) => f.ruleId));
  if (added.length === 0 || !reaches) return;
  const priority = priorityFor(breakdown.band);
  await tx.case.update({
    where: { id: current.id },
    data: {
      status: "reopened",
      band: breakdown.band,
      priority,
      dueAt: dueAtFor(priority, now, await caseSlaHours(tx)),
      latestScoreId: scoreId,
      ruleFamilies: familiesOf(breakdown),
      version: { increment: 1 },
    },
  });
  await appendAudit(tx, ctx.actor, ctx.meta, {
    action: "case.reopened",
    targetType: "case",
    targetId: current.id,
    before: { status: "decided", outcome: current.outcome },
    after: { status: "reopened", newRedFlags: added, band: breakdown.band },
  });
}
