import "server-only";
import { db, type Tx } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { scoreAndStore } from "@/lib/data/candidate-scoring";
import { assertCan } from "@/lib/auth/permissions";
import { ConflictError, fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/errors";
import {
  candidateInputSchema,
  candidateListQuerySchema,
  type CandidateProfile,
} from "@/lib/schemas/candidate";
import type { Band, ScoreBreakdown } from "@/lib/scoring";
import type { Actor, RequestMeta } from "@/lib/data/types";
import { likeLiteral } from "@/lib/infra/like";

export interface CandidateListItem {
  id: string;
  fullName: string;
  email: string;
  role: string;
  seniority: string;
  claimedCountry: string;
  score: number | null;
  band: Band | null;
  createdAt: string;
}

export interface CandidatePage {
  items: CandidateListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface ScoreSummary {
  total: number;
  band: Band;
  ruleSetVersion: number;
  createdAt: string;
}

export interface CandidateDetail {
  id: string;
  version: number;
  profile: CandidateProfile;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  score: (ScoreSummary & { breakdown: ScoreBreakdown }) | null;
  history: ScoreSummary[];
  /** A possible sanctions or watchlist match nobody has reviewed yet. */
  sanctionsReviewPending: boolean;
}

/** Two saves racing for the same external id: the database's unique index decides, and the loser gets a field error. */
function externalIdTaken(e: unknown): boolean {
  if (!e || typeof e !== "object" || (e as { code?: unknown }).code !== "P2002") return false;
  const target = (e as { meta?: { target?: unknown } }).meta?.target;
  return JSON.stringify(target ?? "").includes("externalId") || String((e as { message?: unknown }).message).includes("externalId");
}

async function mapUniqueErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (externalIdTaken(e)) throw new ValidationError({ externalId: ["Another candidate already has this external id"] });
    throw e;
  }
}

function parseProfile(raw: unknown): CandidateProfile {
  const parsed = candidateInputSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return parsed.data;
}

function columnsOf(p: CandidateProfile) {
  return {
    externalId: p.externalId ?? null,
    fullName: p.fullName,
    email: p.email,
    phone: p.phone,
    searchText: `${p.fullName} ${p.email}`.toLowerCase(),
    claimedCountry: p.claimedCountry,
    role: p.role,
    seniority: p.seniority,
    requestedRate: p.requestedRate,
    profile: p as unknown as object,
  };
}

async function writeWorkHistory(tx: Tx, candidateId: string, p: CandidateProfile): Promise<void> {
  await tx.workHistory.deleteMany({ where: { candidateId } });
  if (p.workHistory.length === 0) return;
  await tx.workHistory.createMany({
    data: p.workHistory.map((w, position) => ({
      candidateId,
      position,
      employer: w.employer,
      title: w.title,
      startDate: w.startDate,
      endDate: w.endDate ?? null,
      verification: w.verification,
    })),
  });
}

async function assertExternalIdFree(tx: Tx, externalId: string | undefined, exceptId?: string): Promise<void> {
  if (!externalId) return;
  const other = await tx.candidate.findUnique({ where: { externalId }, select: { id: true } });
  if (other && other.id !== exceptId) {
    throw new ValidationError({ externalId: ["Another candidate already has this external id"] });
  }
}

/** Validates, stores and scores a new candidate; the candidate, its score and the audit events are one transaction. */
export async function createCandidate(actor: Actor, raw: unknown, meta: RequestMeta): Promise<{ id: string; score: ScoreBreakdown }> {
  assertCan(actor, "candidate:create");
  const profile = parseProfile(raw);
  return mapUniqueErrors(db.$transaction(async (tx) => {
    await assertExternalIdFree(tx, profile.externalId);
    const candidate = await tx.candidate.create({ data: { ...columnsOf(profile), createdById: actor.id }, select: { id: true } });
    await writeWorkHistory(tx, candidate.id, profile);
    await appendAudit(tx, actor, meta, { action: "candidate.created", targetType: "candidate", targetId: candidate.id, after: profile });
    const breakdown = await scoreAndStore(tx, candidate.id, profile, { actor, meta });
    return { id: candidate.id, score: breakdown };
  }));
}

/**
 * Saves an edit made from `expectedVersion`. If someone else saved in between, the edit is
 * refused rather than silently overwriting theirs.
 */
export async function updateCandidate(
  actor: Actor,
  id: string,
  expectedVersion: number,
  raw: unknown,
  meta: RequestMeta,
): Promise<{ id: string; version: number; score: ScoreBreakdown }> {
  assertCan(actor, "candidate:update");
  const profile = parseProfile(raw);
  return mapUniqueErrors(db.$transaction(async (tx) => {
    const current = await tx.candidate.findUnique({ where: { id }, select: { profile: true, version: true } });
    if (!current) throw new NotFoundError("Candidate not found.");
    await assertExternalIdFree(tx, profile.externalId, id);
    const updated = await tx.candidate.updateMany({
      where: { id, version: expectedVersion },
      data: { ...columnsOf(profile), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new ConflictError("Someone else changed this candidate after you opened it. Reload to see their changes, then edit again.");
    }
    await writeWorkHistory(tx, id, profile);
    await appendAudit(tx, actor, meta, { action: "candidate.updated", targetType: "candidate", targetId: id, before: current.profile, after: profile });
    const breakdown = await scoreAndStore(tx, id, profile, { actor, meta });
    return { id, version: expectedVersion + 1, score: breakdown };
  }));
}

const ORDER = {
  score_desc: [{ latestScore: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  score_asc: [{ latestScore: "asc" }, { createdAt: "desc" }, { id: "desc" }],
  date_desc: [{ createdAt: "desc" }, { id: "desc" }],
  date_asc: [{ createdAt: "asc" }, { id: "asc" }],
} as const;

export async function listCandidates(actor: Actor, rawQuery: unknown): Promise<CandidatePage> {
  assertCan(actor, "candidate:read");
  const q = candidateListQuerySchema.parse(rawQuery ?? {});
  const where = {
    ...(q.q ? { searchText: { contains: likeLiteral(q.q.toLowerCase()) } } : {}),
    ...(q.band ? { latestBand: q.band } : {}),
  };
  const [total, rows] = await Promise.all([
    db.candidate.count({ where }),
    db.candidate.findMany({
      where,
      orderBy: [...ORDER[q.sort]],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: {
        id: true,
        fullName: true,
        email: true,
        role: true,
        seniority: true,
        claimedCountry: true,
        latestScore: true,
        latestBand: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.fullName,
      email: r.email,
      role: r.role,
      seniority: r.seniority,
      claimedCountry: r.claimedCountry,
      score: r.latestScore,
      band: r.latestBand,
      createdAt: r.createdAt.toISOString(),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    pageCount: Math.max(1, Math.ceil(total / q.pageSize)),
  };
}

/** The full profile and its scores. Opening it is itself an audited event. */
export async function getCandidate(actor: Actor, id: string, meta: RequestMeta): Promise<CandidateDetail> {
  assertCan(actor, "candidate:read");
  const row = await db.candidate.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      profile: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      scores: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50, select: { total: true, band: true, ruleSetVersion: true, createdAt: true, breakdown: true } },
      _count: { select: { watchHits: { where: { status: "pending" } } } },
    },
  });
  if (!row) throw new NotFoundError("Candidate not found.");
  await db.$transaction((tx) => appendAudit(tx, actor, meta, { action: "candidate.viewed", targetType: "candidate", targetId: id }));
  const [latest] = row.scores;
  const summary = (s: (typeof row.scores)[number]): ScoreSummary => ({
    total: s.total,
    band: s.band,
    ruleSetVersion: s.ruleSetVersion,
    createdAt: s.createdAt.toISOString(),
  });
  return {
    id: row.id,
    version: row.version,
    profile: row.profile as unknown as CandidateProfile,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy.name,
    score: latest ? { ...summary(latest), breakdown: latest.breakdown as unknown as ScoreBreakdown } : null,
    history: row.scores.map(summary),
    sanctionsReviewPending: row._count.watchHits > 0,
  };
}
