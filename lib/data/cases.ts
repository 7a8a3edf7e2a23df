import "server-only";
import { db, type Tx } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { caseSlaHours } from "@/lib/data/settings";
import { enqueueWebhookEvent } from "@/lib/data/webhook-outbox";
import { assertCan } from "@/lib/auth/permissions";
import { dueAtFor, priorityFor } from "@/lib/cases/policy";
import { reasonCodeProblem } from "@/lib/cases/reason-codes";
import { decisionSchema, manualCaseSchema, noteSchema, versionOnlySchema } from "@/lib/schemas/case";
import { ConflictError, fieldErrorsFromIssues, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { ScoreBreakdown } from "@/lib/scoring";
import type { Actor, RequestMeta } from "@/lib/data/types";

export const CASE_CHANGED = "This case changed since you opened it (someone else acted on it). Reload to see the latest, then try again.";

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new ValidationError(fieldErrorsFromIssues(r.error.issues));
  return r.data;
}

/** Applies a change only if nobody else changed the case since `version`; otherwise nothing is written. */
async function guardedUpdate(tx: Tx, id: string, version: number, where: object, data: object): Promise<void> {
  const r = await tx.case.updateMany({ where: { id, version, ...where }, data: { ...data, version: { increment: 1 } } });
  if (r.count === 0) throw new ConflictError(CASE_CHANGED);
}

async function loadCase(tx: Tx, id: string) {
  const c = await tx.case.findUnique({ where: { id } });
  if (!c) throw new NotFoundError("Case not found.");
  return c;
}

/** A recruiter (or security lead) asks for a review by hand, with a reason. */
export async function openCaseManually(actor: Actor, candidateId: string, raw: unknown, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, "case:open");
  const { reason } = parse(manualCaseSchema, raw);
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: { latestBand: true, scores: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, breakdown: true } } } });
    const score = candidate?.scores[0];
    if (!candidate || !score || !candidate.latestBand) throw new NotFoundError("Candidate not found.");
    const existing = await tx.case.findFirst({ where: { candidateId }, orderBy: { openedAt: "desc" } });
    if (existing && existing.status !== "decided") throw new ConflictError("This candidate already has an open case.");
    const priority = priorityFor(candidate.latestBand);
    const families = [...new Set((score.breakdown as unknown as ScoreBreakdown).fired.map((f) => f.family))].sort().join(",");
    const data = { band: candidate.latestBand, priority, dueAt: dueAtFor(priority, new Date(), await caseSlaHours(tx)), latestScoreId: score.id, ruleFamilies: families };
    if (existing) {
      await guardedUpdate(tx, existing.id, existing.version, {}, { ...data, status: "reopened" });
      await appendAudit(tx, actor, meta, { action: "case.reopened", targetType: "case", targetId: existing.id, before: { status: "decided", outcome: existing.outcome }, after: { status: "reopened", reason } });
      return { id: existing.id };
    }
    const created = await tx.case.create({ data: { ...data, candidateId, openReason: reason, openedById: actor.id, openedScoreId: score.id } });
    await appendAudit(tx, actor, meta, { action: "case.opened", targetType: "case", targetId: created.id, after: { candidateId, band: data.band, automatic: false, reason } });
    await enqueueWebhookEvent(tx, "case.opened", { caseId: created.id, candidateId, band: data.band, automatic: false });
    return { id: created.id };
  });
}

export async function assignCaseToMe(actor: Actor, caseId: string, raw: unknown, meta: RequestMeta): Promise<void> {
  assertCan(actor, "case:work");
  const { version } = parse(versionOnlySchema, raw);
  await db.$transaction(async (tx) => {
    const c = await loadCase(tx, caseId);
    if (c.status === "decided") throw new ConflictError("This case is already decided.");
    const status = c.status === "open" || c.status === "reopened" ? "in_review" : c.status;
    await guardedUpdate(tx, caseId, version, {}, { assigneeId: actor.id, status });
    await appendAudit(tx, actor, meta, { action: "case.assigned", targetType: "case", targetId: caseId, before: { assigneeId: c.assigneeId, status: c.status }, after: { assigneeId: actor.id, status } });
  });
}

export async function addCaseNote(actor: Actor, caseId: string, raw: unknown, meta: RequestMeta): Promise<void> {
  assertCan(actor, "case:work");
  const { body } = parse(noteSchema, raw);
  await db.$transaction(async (tx) => {
    await loadCase(tx, caseId);
    const note = await tx.caseNote.create({ data: { caseId, authorId: actor.id, body } });
    await appendAudit(tx, actor, meta, { action: "case.note_added", targetType: "case", targetId: caseId, after: { noteId: note.id, length: body.length } });
  });
}

/**
 * Records a decision. Clearing a critical case needs a second security lead (four-eyes): the
 * decision waits as "awaiting approval" until someone other than its author approves it.
 */
export async function decideCase(actor: Actor, caseId: string, raw: unknown, meta: RequestMeta): Promise<{ status: "decided" | "awaiting_approval" }> {
  assertCan(actor, "case:work");
  const input = parse(decisionSchema, raw);
  return db.$transaction(async (tx) => {
    const c = await loadCase(tx, caseId);
    if (c.version !== input.version) throw new ConflictError(CASE_CHANGED);
    if (c.status === "decided") throw new ConflictError("This case is already decided.");
    if (c.status === "awaiting_approval") throw new ConflictError("A decision on this case is already waiting for approval.");
    const latest = await tx.score.findUnique({ where: { id: c.latestScoreId }, select: { breakdown: true } });
    const fired = ((latest?.breakdown as unknown as ScoreBreakdown | undefined)?.fired ?? []).map((f) => f.ruleId);
    const problem = reasonCodeProblem(input.reasonCode, input.outcome, fired);
    if (problem) throw new ValidationError({ reasonCode: [problem] });
    const decision = { outcome: input.outcome, reasonCode: input.reasonCode, rationale: input.rationale };
    if (input.outcome === "cleared" && c.band === "critical") {
      await guardedUpdate(tx, caseId, input.version, { status: { notIn: ["decided", "awaiting_approval"] } }, {
        status: "awaiting_approval", pendingOutcome: input.outcome, pendingReasonCode: input.reasonCode, pendingRationale: input.rationale, pendingById: actor.id, pendingAt: new Date(),
      });
      await appendAudit(tx, actor, meta, { action: "case.approval_requested", targetType: "case", targetId: caseId, before: { status: c.status }, after: decision });
      return { status: "awaiting_approval" as const };
    }
    await guardedUpdate(tx, caseId, input.version, { status: { notIn: ["decided", "awaiting_approval"] } }, { ...decision, status: "decided", decidedById: actor.id, decidedAt: new Date() });
    await appendAudit(tx, actor, meta, { action: "case.decided", targetType: "case", targetId: caseId, before: { status: c.status }, after: { ...decision, ruleSetVersion: (latest?.breakdown as unknown as ScoreBreakdown | undefined)?.ruleSetVersion } });
    await enqueueWebhookEvent(tx, "case.decided", { caseId, candidateId: c.candidateId, outcome: input.outcome, reasonCode: input.reasonCode });
    return { status: "decided" as const };
  });
}

/** The second security lead's answer to a pending decision. */
export async function reviewPendingDecision(actor: Actor, caseId: string, raw: unknown, approve: boolean, meta: RequestMeta): Promise<void> {
  assertCan(actor, "case:work");
  const { version } = parse(versionOnlySchema, raw);
  await db.$transaction(async (tx) => {
    const c = await loadCase(tx, caseId);
    if (c.status !== "awaiting_approval") throw new ConflictError(CASE_CHANGED);
    if (c.pendingById === actor.id) throw new ForbiddenError("You asked for this decision, so another security lead must approve it.");
    const clearPending = { pendingOutcome: null, pendingReasonCode: null, pendingRationale: null, pendingById: null, pendingAt: null };
    if (approve) {
      await guardedUpdate(tx, caseId, version, { status: "awaiting_approval" }, {
        ...clearPending, status: "decided", outcome: c.pendingOutcome, reasonCode: c.pendingReasonCode, rationale: c.pendingRationale, decidedById: c.pendingById, decidedAt: new Date(),
      });
      await appendAudit(tx, actor, meta, { action: "case.decided", targetType: "case", targetId: caseId, after: { outcome: c.pendingOutcome, reasonCode: c.pendingReasonCode, requestedBy: c.pendingById, approvedBy: actor.id } });
      await enqueueWebhookEvent(tx, "case.decided", { caseId, candidateId: c.candidateId, outcome: c.pendingOutcome, reasonCode: c.pendingReasonCode });
    } else {
      await guardedUpdate(tx, caseId, version, { status: "awaiting_approval" }, { ...clearPending, status: "in_review" });
      await appendAudit(tx, actor, meta, { action: "case.approval_declined", targetType: "case", targetId: caseId, before: { outcome: c.pendingOutcome, reasonCode: c.pendingReasonCode, requestedBy: c.pendingById } });
    }
  });
}
