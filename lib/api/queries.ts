import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { decodeCursor, pageOf } from "@/lib/api/cursor";
import type {
  candidateListQuery,
  caseListQuery,
  CandidateListItem,
  CandidateResource,
  CaseListItem,
  CaseResource,
} from "@/lib/api/schemas";
import type { CandidateDetail } from "@/lib/data/candidates";
import type { CaseDetail } from "@/lib/data/case-detail";
import { CASE_ROW_SELECT, caseRowView } from "@/lib/data/case-queue";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { Actor } from "@/lib/data/types";
import { likeLiteral } from "@/lib/infra/like";

/**
 * Keyset-paginated lists for the API (newest first, ties broken by id). The dashboard's lists
 * page by number, which shifts when rows are added; an integration pages through everything,
 * so the API pages by position instead. The same permission checks as the data layer apply.
 *
 * "Before the cursor" is written as `at <= cursor AND (at < cursor OR id < cursor id)` rather
 * than the equivalent `at < cursor OR (at = cursor AND id < cursor id)`: SQLite plans the OR form
 * as two index searches whose union it sorts in full (about a second a page with 100,000
 * candidates), while this form is one range search on the timestamp index that stops after a page.
 */
export async function listCandidatesPage(
  actor: Actor,
  q: z.output<typeof candidateListQuery>,
): Promise<{ data: CandidateListItem[]; nextCursor: string | null }> {
  assertCan(actor, "candidate:read");
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const rows = await db.candidate.findMany({
    where: {
      ...(q.q ? { searchText: { contains: likeLiteral(q.q.toLowerCase()) } } : {}),
      ...(q.band ? { latestBand: q.band } : {}),
      ...(after
        ? { createdAt: { lte: after.at }, OR: [{ createdAt: { lt: after.at } }, { id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: {
      id: true,
      externalId: true,
      fullName: true,
      email: true,
      role: true,
      seniority: true,
      claimedCountry: true,
      latestScore: true,
      latestBand: true,
      createdAt: true,
      updatedAt: true,
      version: true,
    },
  });
  const page = pageOf(rows, q.limit, (r) => ({ at: r.createdAt, id: r.id }));
  return {
    data: page.items.map((r) => ({
      id: r.id,
      externalId: r.externalId,
      fullName: r.fullName,
      email: r.email,
      role: r.role,
      seniority: r.seniority,
      claimedCountry: r.claimedCountry,
      score: r.latestScore,
      band: r.latestBand,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function listCasesPage(
  actor: Actor,
  q: z.output<typeof caseListQuery>,
): Promise<{ data: CaseListItem[]; nextCursor: string | null }> {
  assertCan(actor, "case:read");
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const now = new Date();
  const rows = await db.case.findMany({
    where: {
      ...(q.status === "active"
        ? { status: { not: "decided" as const } }
        : q.status
          ? { status: q.status }
          : {}),
      ...(q.band ? { band: q.band } : {}),
      ...(after
        ? { openedAt: { lte: after.at }, OR: [{ openedAt: { lt: after.at } }, { id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: CASE_ROW_SELECT,
  });
  const page = pageOf(rows, q.limit, (r) => ({ at: r.openedAt, id: r.id }));
  return {
    data: page.items.map((r) => caseRowView(r, now)),
    nextCursor: page.nextCursor,
  };
}

/** The stored profile a merge patch applies to. */
export async function storedProfile(actor: Actor, id: string): Promise<CandidateProfile> {
  assertCan(actor, "candidate:update");
  const row = await db.candidate.findUnique({ where: { id }, select: { profile: true } });
  if (!row) throw new NotFoundError("Candidate not found.");
  return row.profile as unknown as CandidateProfile;
}

/**
 * RFC 7396 at the top level (the profile's fields are values or arrays): null removes, anything
 * else replaces. Keys are defined, not assigned: `merged["__proto__"] = {...}` would replace the
 * prototype, and the schema would then read the fields it holds as if they had been sent.
 */
export function mergePatch(
  profile: CandidateProfile,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...profile };
  for (const [key, value] of Object.entries(patch)) {
    if (key === "version") continue;
    if (value === null) delete merged[key];
    else Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

export function candidateResource(d: CandidateDetail): CandidateResource {
  return {
    id: d.id,
    version: d.version,
    profile: d.profile,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    createdBy: d.createdBy,
    score: d.score
      ? {
          total: d.score.total,
          band: d.score.band,
          ruleSetVersion: d.score.ruleSetVersion,
          createdAt: d.score.createdAt,
          breakdown: d.score.breakdown,
        }
      : null,
    history: d.history,
  };
}

/** What an integration may read about a case: the working detail without the viewer-specific flags or timeline. */
export function caseResource(c: CaseDetail): CaseResource {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    priority: c.priority,
    band: c.band,
    openReason: c.openReason,
    openedAt: c.openedAt,
    dueAt: c.dueAt,
    overdue: c.overdue,
    assignee: c.assignee,
    candidate: {
      id: c.candidate.id,
      fullName: c.candidate.profile.fullName,
      email: c.candidate.profile.email,
    },
    openedScore: c.openedScore ?? null,
    latestScore: c.latestScore ?? null,
    decision: c.decision,
    pending: c.pending
      ? {
          outcome: c.pending.outcome,
          reasonCode: c.pending.reasonCode,
          reasonLabel: c.pending.reasonLabel,
          rationale: c.pending.rationale,
          requestedBy: c.pending.requestedBy,
          at: c.pending.at,
        }
      : null,
    notes: c.notes,
    evidence: c.evidence,
  };
}
