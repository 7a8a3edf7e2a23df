import "server-only";
import { db } from "@/lib/db";
import { assertCan, roleHas } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/cases/markdown";
import { reasonCode } from "@/lib/cases/reason-codes";
import type { CaseOutcome, CaseStatus } from "@/lib/cases/policy";
import { NotFoundError } from "@/lib/errors";
import type { Band, ScoreBreakdown } from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { appendAudit } from "@/lib/data/audit";
import type { Actor, RequestMeta } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

export interface CaseDetail {
  id: string;
  version: number;
  status: CaseStatus;
  priority: number;
  band: Band;
  openReason: string;
  openedAt: string;
  dueAt: string;
  overdue: boolean;
  assignee: string | null;
  assignedToMe: boolean;
  candidate: { id: string; profile: CandidateProfile };
  openedScore: ScoreBreakdown;
  latestScore: ScoreBreakdown;
  decision: { outcome: CaseOutcome; reasonCode: string; reasonLabel: string; rationale: string; decidedBy: string | null; decidedAt: string } | null;
  pending: { outcome: CaseOutcome; reasonCode: string; reasonLabel: string; rationale: string; requestedBy: string | null; requestedByMe: boolean; at: string } | null;
  notes: { id: string; author: string; at: string; html: string }[];
  evidence: { id: string; fileName: string; mimeType: string; size: number; sha256: string; uploader: string; at: string }[];
  timeline: { seq: number; at: string; actor: string | null; action: string; detail: string | null }[];
  canWork: boolean;
}

function timelineDetail(after: unknown): string | null {
  if (!after || typeof after !== "object") return null;
  const a = after as Record<string, unknown>;
  const parts = ["band", "total", "outcome", "reasonCode", "reason", "fileName", "sha256"].filter((k) => a[k] !== undefined && a[k] !== null).map((k) => `${k}: ${String(a[k])}`);
  if (Array.isArray(a.newRedFlags)) parts.push(`new red flags: ${a.newRedFlags.join(", ")}`);
  return parts.length ? parts.join(" · ") : null;
}

export async function getCase(actor: Actor, id: string): Promise<CaseDetail> {
  assertCan(actor, "case:read");
  if (!couldBeStoredId(id)) throw new NotFoundError("Case not found.");
  const c = await db.case.findUnique({
    where: { id },
    include: {
      candidate: { select: { id: true, profile: true } },
      assignee: { select: { name: true } },
      notes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      evidence: { orderBy: { createdAt: "asc" }, include: { uploader: { select: { name: true } } } },
    },
  });
  if (!c) throw new NotFoundError("Case not found.");
  const [scores, events, people] = await Promise.all([
    db.score.findMany({ where: { id: { in: [c.openedScoreId, c.latestScoreId] } }, select: { id: true, breakdown: true } }),
    db.auditEvent.findMany({ where: { targetType: "case", targetId: id }, orderBy: { seq: "asc" }, take: 500 }),
    db.user.findMany({ where: { id: { in: [c.decidedById, c.pendingById].filter((x): x is string => Boolean(x)) } }, select: { id: true, name: true } }),
  ]);
  const breakdown = (sid: string) => scores.find((s) => s.id === sid)?.breakdown as unknown as ScoreBreakdown;
  const nameOf = (uid: string | null) => people.find((p) => p.id === uid)?.name ?? null;
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    priority: c.priority,
    band: c.band,
    openReason: c.openReason,
    openedAt: c.openedAt.toISOString(),
    dueAt: c.dueAt.toISOString(),
    overdue: c.status !== "decided" && c.dueAt < new Date(),
    assignee: c.assignee?.name ?? null,
    assignedToMe: c.assigneeId === actor.id,
    candidate: { id: c.candidate.id, profile: c.candidate.profile as unknown as CandidateProfile },
    openedScore: breakdown(c.openedScoreId),
    latestScore: breakdown(c.latestScoreId),
    decision:
      c.status === "decided" && c.outcome && c.reasonCode
        ? { outcome: c.outcome, reasonCode: c.reasonCode, reasonLabel: reasonCode(c.reasonCode)?.label ?? c.reasonCode, rationale: c.rationale ?? "", decidedBy: nameOf(c.decidedById), decidedAt: (c.decidedAt ?? c.updatedAt).toISOString() }
        : null,
    pending:
      c.status === "awaiting_approval" && c.pendingOutcome && c.pendingReasonCode
        ? { outcome: c.pendingOutcome, reasonCode: c.pendingReasonCode, reasonLabel: reasonCode(c.pendingReasonCode)?.label ?? c.pendingReasonCode, rationale: c.pendingRationale ?? "", requestedBy: nameOf(c.pendingById), requestedByMe: c.pendingById === actor.id, at: (c.pendingAt ?? c.updatedAt).toISOString() }
        : null,
    notes: c.notes.map((n) => ({ id: n.id, author: n.author.name, at: n.createdAt.toISOString(), html: renderMarkdown(n.body) })),
    evidence: c.evidence.map((e) => ({ id: e.id, fileName: e.fileName, mimeType: e.mimeType, size: e.size, sha256: e.sha256, uploader: e.uploader.name, at: e.createdAt.toISOString() })),
    timeline: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), actor: e.actorEmail, action: e.action, detail: timelineDetail(e.after ?? e.before) })),
    canWork: roleHas(actor.role, "case:work"),
  };
}

/** What a recruiter may know about a candidate's review: status, outcome and reason code, never the notes. */
export async function caseOutcomeForCandidate(actor: Actor, candidateId: string) {
  assertCan(actor, "case:outcome:read");
  const c = await db.case.findFirst({ where: { candidateId }, orderBy: { openedAt: "desc" }, select: { id: true, status: true, outcome: true, reasonCode: true, decidedAt: true, openedAt: true } });
  if (!c) return null;
  return {
    id: roleHas(actor.role, "case:read") ? c.id : null,
    status: c.status,
    outcome: c.status === "decided" ? c.outcome : null,
    reasonLabel: c.status === "decided" && c.reasonCode ? (reasonCode(c.reasonCode)?.label ?? c.reasonCode) : null,
    decidedAt: c.status === "decided" ? (c.decidedAt?.toISOString() ?? null) : null,
    openedAt: c.openedAt.toISOString(),
  };
}

/** The case as a self-contained report. Producing one is an export, so it is audited. */
export async function exportCaseReport(actor: Actor, id: string, meta: RequestMeta): Promise<CaseDetail> {
  const detail = await getCase(actor, id);
  await db.$transaction((tx) => appendAudit(tx, actor, meta, { action: "case.exported", targetType: "case", targetId: id, after: { format: "printable-html" } }));
  return detail;
}
