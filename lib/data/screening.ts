import "server-only";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { screeningIndex } from "@/lib/data/watchlist-screening";
import { hitsForCandidate, type HitStatus } from "@/lib/data/watchlist-views";
import { assertCan } from "@/lib/auth/permissions";
import { fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/errors";
import { screen, type MatchedField, type ScreeningSubject, type WatchlistList } from "@/lib/screening";
import { screenRequestSchema, type ScreenRequest } from "@/lib/schemas/screening";
import { isStorableText } from "@/lib/schemas/storable";
import type { Actor, RequestMeta } from "@/lib/data/types";

export interface ScreenMatchView {
  list: WatchlistList;
  entryId: string;
  entryName: string;
  matchedField: MatchedField;
  matchedValue: string;
  score: number;
  reasons: string[];
}

export interface ScreenedListView {
  source: WatchlistList;
  publishedAt: string | null;
  /** For the internal list, when its newest active item was added (null when it is empty). */
  importedAt: string | null;
  entries: number;
}

export interface ScreenResultView {
  matches: ScreenMatchView[];
  lists: ScreenedListView[];
  threshold: number;
}

/** A stored match as the API shows it: the match, and where its review stands. */
export interface CandidateMatchView extends ScreenMatchView {
  id: string;
  status: HitStatus;
  stillListed: boolean;
  listedKind: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

const IDENTIFIER_FIELDS = ["emails", "phones", "wallets", "bankAccounts", "addresses"] as const;

function subjectOf(input: ScreenRequest): ScreeningSubject {
  const subject: ScreeningSubject = input.kind === "organisation" ? { names: [], companies: [input.name] } : { names: [input.name] };
  for (const field of IDENTIFIER_FIELDS) {
    const given = input[field];
    if (given?.length) subject[field] = given;
  }
  if (input.dateOfBirth) subject.dateOfBirth = input.dateOfBirth;
  return subject;
}

async function activeLists(): Promise<ScreenedListView[]> {
  const [snapshots, internal] = await Promise.all([
    db.watchlistSnapshot.findMany({ where: { active: true }, orderBy: [{ source: "asc" }, { importedAt: "desc" }], select: { source: true, publishedAt: true, importedAt: true, entryCount: true } }),
    db.internalWatchlistItem.aggregate({ where: { active: true }, _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  return [
    ...snapshots.map((s) => ({ source: s.source as WatchlistList, publishedAt: s.publishedAt, importedAt: s.importedAt.toISOString(), entries: s.entryCount })),
    { source: "internal", publishedAt: null, importedAt: internal._max.createdAt?.toISOString() ?? null, entries: internal._count._all },
  ];
}

/**
 * Screens a name and its details against the active lists without storing anything about the
 * subject: what an applicant tracking system asks before it creates a candidate. Matches come
 * best first, with the reasons the engine gives; `lists` says which snapshots were searched.
 */
export async function screenSubject(actor: Actor, raw: unknown, meta: RequestMeta): Promise<ScreenResultView> {
  assertCan(actor, "watchlist:screen");
  const parsed = screenRequestSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const input = parsed.data;
  const [index, lists] = await Promise.all([screeningIndex(db), activeLists()]);
  const found = index.entries.length ? screen(index, subjectOf(input), { nameThreshold: input.threshold, limit: input.limit }) : [];
  const matches = found.map((m) => ({
    list: m.list,
    entryId: m.entryId,
    // Identifier-only internal items have no name; the stored matches show the value instead.
    entryName: m.entryName || m.matchedValue,
    matchedField: m.matchedField,
    matchedValue: m.matchedValue,
    score: m.score,
    reasons: m.reasons,
  }));
  // Screening stores nothing, but it is still recorded: who asked the lists about someone, how
  // often, and what came back is what an examiner of a sanctions programme looks for, and a key
  // screening thousands of names should show up. The name and details are left out on purpose:
  // the person was never entered into Candor, and the audit trail is append-only and
  // hash-chained, so personal data written there could never be erased. Counts only.
  await db.$transaction((tx) =>
    appendAudit(tx, actor, meta, {
      action: "watchlist.screened",
      targetType: "watchlist",
      after: {
        kind: input.kind,
        detailsGiven: [...(input.dateOfBirth ? ["dateOfBirth"] : []), ...IDENTIFIER_FIELDS.filter((f) => input[f]?.length)],
        threshold: input.threshold,
        limit: input.limit,
        matches: matches.length,
      },
    }),
  );
  return { matches, lists, threshold: input.threshold };
}

/** Ids are cuids; anything else (or text PostgreSQL cannot compare) cannot name a candidate. */
const MAX_ID_LENGTH = 200;
const couldBeId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= MAX_ID_LENGTH && isStorableText(id);

/**
 * A stored candidate's watchlist matches and where their review stands: unreviewed first, then
 * by score. Reading them is recorded like reading the candidate. The review note and the
 * internal list's reason are left out: they are the security team's own words, for the case page.
 */
export async function candidateMatches(actor: Actor, candidateId: string, meta: RequestMeta): Promise<{ candidateId: string; matches: CandidateMatchView[] }> {
  assertCan(actor, "case:read");
  const candidate = couldBeId(candidateId) ? await db.candidate.findUnique({ where: { id: candidateId }, select: { id: true } }) : null;
  if (!candidate) throw new NotFoundError("Candidate not found.");
  const hits = await hitsForCandidate(actor, candidate.id);
  await db.$transaction((tx) =>
    appendAudit(tx, actor, meta, { action: "watchlist.matches_viewed", targetType: "candidate", targetId: candidate.id, after: { matches: hits.length } }),
  );
  return {
    candidateId: candidate.id,
    matches: hits.map((h) => ({
      id: h.id,
      list: h.list as WatchlistList,
      entryId: h.entryId,
      entryName: h.entryName,
      matchedField: h.matchedField as MatchedField,
      matchedValue: h.matchedValue,
      score: h.score,
      reasons: h.reasons,
      status: h.status,
      stillListed: h.stillListed,
      listedKind: h.listedKind,
      reviewedBy: h.reviewedBy,
      reviewedAt: h.reviewedAt,
    })),
  };
}
