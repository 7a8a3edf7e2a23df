import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { caseQueueQuerySchema, type CaseQueueQuery } from "@/lib/schemas/case";
import type { Band } from "@/lib/scoring";
import type { CaseOutcome, CaseStatus } from "@/lib/cases/policy";
import type { Actor } from "@/lib/data/types";
import { likeLiteral } from "@/lib/infra/like";

export interface CaseQueueItem {
  id: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  priority: number;
  band: Band;
  candidateId: string;
  candidateName: string;
  score: number | null;
  /** A possible sanctions or watchlist match nobody has reviewed yet. */
  sanctionsReviewPending: boolean;
  assignee: string | null;
  assignedToMe: boolean;
  openedAt: string;
  dueAt: string;
  overdue: boolean;
  version: number;
}

/** What a case list row reads: the queue and the API's case list show the same columns. */
export const CASE_ROW_SELECT = {
  id: true, status: true, outcome: true, priority: true, band: true, openedAt: true, dueAt: true, version: true, candidateId: true, assigneeId: true,
  candidate: { select: { fullName: true, latestScore: true, _count: { select: { watchHits: { where: { status: "pending" } } } } } },
  assignee: { select: { name: true } },
} as const;

interface CaseRow {
  id: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  priority: number;
  band: Band;
  candidateId: string;
  openedAt: Date;
  dueAt: Date;
  version: number;
  candidate: { fullName: string; latestScore: number | null; _count: { watchHits: number } };
  assignee: { name: string } | null;
}

/** One listed case as the queue and the API show it; a decided case's outcome only once decided. */
export function caseRowView(r: CaseRow, now: Date): Omit<CaseQueueItem, "assignedToMe"> {
  return {
    id: r.id,
    status: r.status,
    outcome: r.status === "decided" ? r.outcome : null,
    priority: r.priority,
    band: r.band,
    candidateId: r.candidateId,
    candidateName: r.candidate.fullName,
    score: r.candidate.latestScore,
    sanctionsReviewPending: r.candidate._count.watchHits > 0,
    assignee: r.assignee?.name ?? null,
    openedAt: r.openedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    overdue: r.status !== "decided" && r.dueAt < now,
    version: r.version,
  };
}

// Listed rather than "not decided", so the (status, priority, openedAt) index can serve the queue.
const UNDECIDED = ["open", "in_review", "awaiting_approval", "reopened"] as const;

const ORDER = {
  priority: [{ priority: "asc" }, { openedAt: "asc" }],
  oldest: [{ openedAt: "asc" }],
  newest: [{ openedAt: "desc" }],
  due: [{ dueAt: "asc" }],
} as const;

function whereFor(actor: Actor, q: CaseQueueQuery, now: Date) {
  const status =
    q.status === "active" || q.status === undefined ? { status: { in: [...UNDECIDED] } } : { status: q.status };
  const assignee =
    q.assignee === "me" ? { assigneeId: actor.id } : q.assignee === "unassigned" ? { assigneeId: null } : q.assignee ? { assigneeId: q.assignee } : {};
  return {
    ...status,
    ...assignee,
    ...(q.band ? { band: q.band } : {}),
    ...(q.olderThanDays ? { openedAt: { lt: new Date(now.getTime() - q.olderThanDays * 86_400_000) } } : {}),
    ...(q.family ? { ruleFamilies: { contains: likeLiteral(q.family) } } : {}),
  };
}

/** The security leads' queue: filtered, sorted and paged in the database. */
export async function listCases(actor: Actor, raw: unknown) {
  assertCan(actor, "case:read");
  const q = caseQueueQuerySchema.parse(raw ?? {});
  const now = new Date();
  const where = whereFor(actor, q, now);
  const [total, rows, grouped, overdue] = await Promise.all([
    db.case.count({ where }),
    db.case.findMany({
      where,
      orderBy: [...ORDER[q.sort], { id: "asc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: CASE_ROW_SELECT,
    }),
    db.case.groupBy({ by: ["status"], _count: { _all: true } }),
    db.case.count({ where: { status: { in: [...UNDECIDED] }, dueAt: { lt: now } } }),
  ]);
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<Record<CaseStatus, number>>;
  const items: CaseQueueItem[] = rows.map((r) => ({ ...caseRowView(r, now), assignedToMe: r.assigneeId === actor.id }));
  return { items, total, counts, overdue, page: q.page, pageSize: q.pageSize, pageCount: Math.max(1, Math.ceil(total / q.pageSize)), query: q };
}
