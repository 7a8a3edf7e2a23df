import "server-only";
import { db } from "@/lib/db";
import { loadHits, loadReuse, storedProfilePages } from "@/lib/data/what-if-inputs";
import { draftScorePlan, knownDraftScore } from "@/lib/data/what-if-plan";
import { assertCan } from "@/lib/auth/permissions";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { score, type Band, type ReuseMatch, type ScoringContext, type WatchlistHit } from "@/lib/scoring";
import {
  addToMatrix, caseChange, createFiringTally, emptyMatrix, firedRuleIdsOf, flagged, groundTruthOf, movedCount, precisionRecall, validateContent,
  type GroundTruth, type MigrationMatrix, type PrecisionRecall, type RuleSetContent,
} from "@/lib/rules-admin";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { Actor } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

/*
 * Evaluating rules against the stored candidates: the what-if of a draft, the ground truth of
 * decided cases, and how often each rule fired.
 *
 * What a draft would do to the stored candidates, before it is published:
 *
 * Each candidate's stored profile is scored twice, under the published version and under the
 * draft, with one scoring context shared by both sides, so every difference comes from the
 * rule change alone:
 * - now: today;
 * - identity reuse: rebuilt from the CandidateIdentifier table exactly as scoreAndStore finds
 *   it (the other candidates holding the same normalised email, phone, wallet, account,
 *   address or resume);
 * - watchlist hits: the stored WatchlistHit rows that scoring uses: confirmed ones, and pending
 *   ones whose entry is still on an active list (profiles are re-screened on every save, so
 *   only a list change can retire a pending match, and that is what is checked);
 * - market rates: each side's own table, since rates are part of what a draft can change.
 * Comparing with the scores stored earlier instead would mix in changes of date, lists and
 * other candidates since then. A candidate whose draft score follows from the published one
 * (lib/data/what-if-plan.ts: e.g. no rule whose weight the draft changes fired) is scored once.
 * Profiles are read in pages of 2,000 (id and profile text, lib/data/what-if-inputs.ts), and the
 * work yields to the event loop after each page and every 500 candidates scored.
 */

const PAGE = 2_000;
const DAY_MS = 86_400_000;
/** Candidates scored between two yields to the event loop. */
const SLICE = 500;
const LISTED = 50;
const MAX_CONCURRENT = 2;
const NO_REUSE: ReuseMatch[] = [];
const NO_HITS: WatchlistHit[] = [];

export interface WhatIfProgress {
  done: number;
  total: number;
}

export interface CandidateMove {
  id: string;
  name: string;
  before: { band: Band; total: number };
  after: { band: Band; total: number };
}

export interface WhatIfResult {
  draftId: string;
  publishedVersion: number;
  candidates: number;
  elapsedMs: number;
  /** [published band][draft band], in BANDS order. */
  matrix: MigrationMatrix;
  moved: number;
  caseThreshold: { before: Band; after: Band };
  /** Each sorted by the size of the score change, largest first; at most 50 listed. */
  changed: { count: number; items: CandidateMove[] };
  opening: { count: number; items: CandidateMove[] };
  dropping: { count: number; items: CandidateMove[] };
  /** "High or critical" against decided cases (rejected/reported = fraud, cleared = honest). */
  precision: { published: PrecisionRecall; draft: PrecisionRecall };
}

export interface WhatIfRun {
  total: number;
  execute(onProgress?: (p: WhatIfProgress) => void, signal?: AbortSignal): Promise<WhatIfResult>;
}

let running = 0;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The candidates whose case is decided, with what the decision found and the score it was made
 * on (a decided case keeps the score it was decided on as its latest until it is reopened).
 */
export async function decidedGroundTruth(): Promise<Map<string, { truth: GroundTruth; scoreId: string }>> {
  const rows = await db.case.findMany({
    where: { status: "decided", outcome: { in: ["cleared", "rejected", "reported"] } },
    orderBy: { openedAt: "asc" },
    select: { candidateId: true, outcome: true, latestScoreId: true },
  });
  const out = new Map<string, { truth: GroundTruth; scoreId: string }>();
  for (const r of rows) {
    const truth = groundTruthOf(r.outcome);
    if (truth) out.set(r.candidateId, { truth, scoreId: r.latestScoreId });
  }
  return out;
}

type Tally = ReturnType<typeof createFiringTally>;
let statsCache: { key: string; at: number; tally: Tally; decided: number } | null = null;
const STATS_TTL_MS = 2 * 60_000;

/**
 * For the rules overview: counts rule firings on the scores of the last 90 days and on the
 * scores cases were decided on, reading breakdowns in pages and counting in JavaScript (the same
 * on SQLite and PostgreSQL). That is slow with many candidates, so the counts are kept for two
 * minutes (or until a case is decided or a version published): a re-score in progress does not
 * recount on every refresh.
 */
export async function ruleFiringStats(now: Date, version: number): Promise<{ tally: Tally; decided: number }> {
  const since = new Date(now.getTime() - 90 * DAY_MS);
  const key = `${version}|${await db.case.count({ where: { status: "decided" } })}`;
  if (statsCache?.key === key && now.getTime() - statsCache.at < STATS_TTL_MS && now.getTime() >= statsCache.at) return statsCache;
  const tally = createFiringTally(now);
  for (let last: string | undefined; ; ) {
    const scores = await db.score.findMany({
      where: { createdAt: { gte: since }, ...(last ? { id: { gt: last } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, candidateId: true, createdAt: true, breakdown: true },
    });
    for (const s of scores) tally.addScore(s.candidateId, s.createdAt, firedRuleIdsOf(s.breakdown));
    if (scores.length < PAGE) break;
    last = scores[scores.length - 1]!.id;
    await yieldToEventLoop();
  }
  const decided = [...(await decidedGroundTruth()).values()];
  for (let i = 0; i < decided.length; i += 500) {
    const chunk = decided.slice(i, i + 500);
    const scores = await db.score.findMany({ where: { id: { in: chunk.map((d) => d.scoreId) } }, select: { id: true, breakdown: true } });
    const byId = new Map(scores.map((s) => [s.id, s.breakdown]));
    for (const d of chunk) tally.addDecision(firedRuleIdsOf(byId.get(d.scoreId)), d.truth);
  }
  statsCache = { key, at: now.getTime(), tally, decided: decided.length };
  return statsCache;
}

const bySwing = (a: CandidateMove, b: CandidateMove) =>
  Math.abs(b.after.total - b.before.total) - Math.abs(a.after.total - a.before.total) || a.name.localeCompare(b.name);

function compare(draftId: string, published: RuleSetContent, draft: RuleSetContent, total: number, candidateIds?: readonly string[]): WhatIfRun["execute"] {
  return async (onProgress, signal) => {
    const started = performance.now();
    const reuse = await loadReuse();
    const hits = await loadHits();
    const truth = await decidedGroundTruth();
    const now = new Date().toISOString().slice(0, 10);
    const thresholds = { before: published.ruleSet.caseThreshold, after: draft.ruleSet.caseThreshold };
    const plan = draftScorePlan(published, draft);
    const matrix = emptyMatrix();
    const opening: CandidateMove[] = [];
    const dropping: CandidateMove[] = [];
    const changed: CandidateMove[] = [];
    const pr = { published: [] as { predictedPositive: boolean; actual: GroundTruth }[], draft: [] as { predictedPositive: boolean; actual: GroundTruth }[] };
    // One context per side, refilled for each candidate: score() keeps nothing of it, and only band and total are used here.
    const beforeCtx: ScoringContext = { now, marketRates: published.marketRates, reuse: NO_REUSE, watchlistHits: NO_HITS };
    const afterCtx: ScoringContext = { now, marketRates: draft.marketRates, reuse: NO_REUSE, watchlistHits: NO_HITS };
    let done = 0;
    for await (const page of storedProfilePages(candidateIds)) {
      if (signal?.aborted) throw new Error("The what-if was cancelled.");
      for (let i = 0; i < page.length; i++) {
        const c = page[i]!;
        const profile = JSON.parse(c.profile) as CandidateProfile;
        beforeCtx.reuse = afterCtx.reuse = reuse.get(c.id) ?? NO_REUSE;
        beforeCtx.watchlistHits = afterCtx.watchlistHits = hits.get(c.id) ?? NO_HITS;
        const before = score(profile, beforeCtx, published.ruleSet);
        const after = knownDraftScore(plan, before) ?? score(profile, afterCtx, draft.ruleSet);
        addToMatrix(matrix, before.band, after.band);
        const moved = before.band !== after.band;
        const change = caseChange({ before: before.band, after: after.band }, thresholds);
        if (moved || change) {
          const move = { id: c.id, name: profile.fullName, before: { band: before.band, total: before.total }, after: { band: after.band, total: after.total } };
          if (moved) changed.push(move);
          if (change) (change === "opens" ? opening : dropping).push(move);
        }
        const t = truth.get(c.id);
        if (t) {
          pr.published.push({ predictedPositive: flagged(before.band), actual: t.truth });
          pr.draft.push({ predictedPositive: flagged(after.band), actual: t.truth });
        }
        if (i % SLICE === SLICE - 1) await yieldToEventLoop();
      }
      done += page.length;
      onProgress?.({ done, total });
      await yieldToEventLoop();
    }
    return {
      draftId,
      publishedVersion: published.ruleSet.version,
      candidates: done,
      elapsedMs: Math.round(performance.now() - started),
      matrix,
      moved: movedCount(matrix),
      caseThreshold: thresholds,
      changed: { count: changed.length, items: changed.sort(bySwing).slice(0, LISTED) },
      opening: { count: opening.length, items: opening.sort(bySwing).slice(0, LISTED) },
      dropping: { count: dropping.length, items: dropping.sort(bySwing).slice(0, LISTED) },
      precision: { published: precisionRecall(pr.published), draft: precisionRecall(pr.draft) },
    };
  };
}

/**
 * Checks the caller and loads the draft and the published version, so errors surface before
 * any progress is streamed; `execute` then does the work. `candidateIds` limits the run to those
 * candidates (all of them by default). At most two run at once per server.
 */
export async function prepareWhatIf(actor: Actor, draftId: string, options: { candidateIds?: readonly string[] } = {}): Promise<WhatIfRun> {
  assertCan(actor, "admin:access");
  const row = couldBeStoredId(draftId) ? await db.ruleSetDraft.findUnique({ where: { id: draftId } }) : null;
  if (!row) throw new NotFoundError("This draft no longer exists (it may have been published or discarded).");
  const v = validateContent({ definition: row.definition, marketRates: row.marketRates }, row.baseVersion);
  if (!v.ok) throw new ValidationError(v.fieldErrors, "Fix the draft before running a what-if.");
  const current = await db.$transaction((tx) => publishedRuleSet(tx));
  const total = await db.candidate.count(options.candidateIds ? { where: { id: { in: [...options.candidateIds] } } } : undefined);
  if (running >= MAX_CONCURRENT) throw new ConflictError("Other what-if runs are in progress. Try again in a moment.");
  running += 1;
  const execute = compare(draftId, { ruleSet: current.ruleSet, marketRates: current.marketRates }, v.content, total, options.candidateIds);
  let released = false;
  return {
    total,
    async execute(onProgress, signal) {
      try {
        return await execute(onProgress, signal);
      } finally {
        if (!released) {
          released = true;
          running -= 1;
        }
      }
    },
  };
}
