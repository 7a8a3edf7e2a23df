import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { OUTCOME_LABELS, type CaseOutcome } from "@/lib/cases/policy";
import { BANDS, RULE_FAMILIES, RULES, type Band, type RuleFamily, type ScoreBreakdown } from "@/lib/scoring";
import type { Actor } from "@/lib/data/types";

/** The periods the overview offers, in days; anything else falls back to the first. */
export const PERIODS = [30, 90, 365] as const;
export type PeriodDays = (typeof PERIODS)[number];

export function parsePeriod(raw: unknown): PeriodDays {
  const n = typeof raw === "string" ? Number(raw) : raw;
  return (PERIODS as readonly unknown[]).includes(n) ? (n as PeriodDays) : PERIODS[0];
}

/** How many rows one trend or median query reads at most; past this the figures say they are partial. */
export const ROW_CAP = 20_000;
/** How many candidates' latest scores the rule counts read at most (the most recently added). */
export const RULE_SAMPLE_CAP = 2_000;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface BandCount { band: Band; count: number; share: number }
export interface OutcomeCount { outcome: CaseOutcome; label: string; count: number }
export interface RuleCount { ruleId: string; title: string; family: RuleFamily | null; familyLabel: string; count: number; share: number }
export interface BandTrendPoint { start: string; label: string; low: number; medium: number; high: number; critical: number; total: number }
export interface CaseTrendPoint { start: string; label: string; opened: number; decided: number }

export interface Dashboard {
  days: PeriodDays;
  /** Start of the period (midnight UTC, `days` calendar days including today) and its end. */
  since: string;
  now: string;
  granularity: "day" | "week";
  candidates: { total: number; inPeriod: number; unscored: number };
  /** Every candidate's current band; shares are of candidates with a band. */
  bands: BandCount[];
  cases: { open: number; overdue: number; openedInPeriod: number; decidedInPeriod: number };
  /** Cases whose latest decision falls in the period (a case reopened since still counts its decision). */
  outcomes: OutcomeCount[];
  /** Hours from opening to decision over the period's decisions, null when there are none. */
  medianHoursToDecision: number | null;
  /** Rules fired on each candidate's latest score, most frequent first; share is of `scoredCandidates`. */
  rules: { items: RuleCount[]; scoredCandidates: number; capped: boolean };
  trends: { bands: BandTrendPoint[]; cases: CaseTrendPoint[]; truncated: boolean };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const startOfUtcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const shortDate = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * Buckets of the period: one per day for 30 days, otherwise one per week starting on Monday (UTC).
 * The first weekly bucket runs from the period's start to the first Monday after it.
 */
export function bucketsFor(days: PeriodDays, now: Date) {
  const since = startOfUtcDay(now) - (days - 1) * DAY;
  const granularity: Dashboard["granularity"] = days <= 30 ? "day" : "week";
  const step = granularity === "day" ? DAY : 7 * DAY;
  const dow = new Date(since).getUTCDay();
  const second = granularity === "day" ? since + DAY : since + ((8 - dow) % 7 || 7) * DAY;
  const starts = [since];
  for (let t = second; t <= now.getTime(); t += step) starts.push(t);
  const indexOf = (at: Date) => {
    const t = at.getTime();
    if (t < second) return 0;
    return Math.min(starts.length - 1, 1 + Math.floor((t - second) / step));
  };
  return { since: new Date(since), granularity, starts, indexOf };
}

async function ruleCounts(): Promise<Dashboard["rules"]> {
  const rows = await db.candidate.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RULE_SAMPLE_CAP + 1,
    select: { scores: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { breakdown: true } } },
  });
  const capped = rows.length > RULE_SAMPLE_CAP;
  const counts = new Map<string, { title: string; family: RuleFamily | null; count: number }>();
  let scored = 0;
  for (const row of rows.slice(0, RULE_SAMPLE_CAP)) {
    const latest = row.scores[0];
    if (!latest) continue;
    scored++;
    const fired = (latest.breakdown as unknown as Partial<ScoreBreakdown> | null)?.fired ?? [];
    for (const ruleId of new Set(fired.map((f) => f.ruleId))) {
      const entry = counts.get(ruleId);
      if (entry) entry.count++;
      else {
        const known = RULES.find((r) => r.id === ruleId);
        const recorded = fired.find((f) => f.ruleId === ruleId);
        counts.set(ruleId, { title: known?.title ?? recorded?.title ?? ruleId, family: known?.family ?? recorded?.family ?? null, count: 1 });
      }
    }
  }
  const items = [...counts.entries()]
    .map(([ruleId, r]) => ({ ruleId, ...r, familyLabel: r.family ? RULE_FAMILIES[r.family] : "", share: scored ? r.count / scored : 0 }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return { items, scoredCandidates: scored, capped };
}

/**
 * The team overview: screening volume and bands, the state of the case queue, decisions and
 * how long they take, the red flags seen most, and trends over the period. `now` is for tests.
 */
export async function getDashboard(actor: Actor, options: { days?: PeriodDays; now?: Date } = {}): Promise<Dashboard> {
  assertCan(actor, "case:read");
  const days = parsePeriod(options.days);
  const now = options.now ?? new Date();
  const { since, granularity, starts, indexOf } = bucketsFor(days, now);
  const inPeriod = { gte: since, lte: now };

  const [total, periodCount, bandGroups, open, overdue, outcomeGroups, openedCount, screened, opened, decided, rules] = await Promise.all([
    db.candidate.count(),
    db.candidate.count({ where: { createdAt: inPeriod } }),
    db.candidate.groupBy({ by: ["latestBand"], _count: { _all: true } }),
    db.case.count({ where: { status: { not: "decided" } } }),
    db.case.count({ where: { status: { not: "decided" }, dueAt: { lt: now } } }),
    db.case.groupBy({ by: ["outcome"], where: { decidedAt: inPeriod, outcome: { not: null } }, _count: { _all: true } }),
    db.case.count({ where: { openedAt: inPeriod } }),
    db.candidate.findMany({ where: { createdAt: inPeriod }, orderBy: { createdAt: "desc" }, take: ROW_CAP + 1, select: { createdAt: true, latestBand: true } }),
    db.case.findMany({ where: { openedAt: inPeriod }, orderBy: { openedAt: "desc" }, take: ROW_CAP + 1, select: { openedAt: true } }),
    db.case.findMany({ where: { decidedAt: inPeriod, outcome: { not: null } }, orderBy: { decidedAt: "desc" }, take: ROW_CAP + 1, select: { openedAt: true, decidedAt: true } }),
    ruleCounts(),
  ]);

  const byBand = new Map(bandGroups.map((g) => [g.latestBand, g._count._all]));
  const banded = BANDS.reduce((sum, b) => sum + (byBand.get(b) ?? 0), 0);
  const bands = BANDS.map((band) => {
    const count = byBand.get(band) ?? 0;
    return { band, count, share: banded ? count / banded : 0 };
  });

  const byOutcome = new Map(outcomeGroups.map((g) => [g.outcome, g._count._all]));
  const outcomes = (Object.keys(OUTCOME_LABELS) as CaseOutcome[]).map((outcome) => ({ outcome, label: OUTCOME_LABELS[outcome], count: byOutcome.get(outcome) ?? 0 }));
  const decidedInPeriod = outcomes.reduce((sum, o) => sum + o.count, 0);

  const bandTrend: BandTrendPoint[] = starts.map((s) => ({ start: new Date(s).toISOString(), label: shortDate(s), low: 0, medium: 0, high: 0, critical: 0, total: 0 }));
  const truncated = [screened, opened, decided].some((rows) => rows.length > ROW_CAP);
  for (const c of screened.slice(0, ROW_CAP)) {
    const point = bandTrend[indexOf(c.createdAt)]!;
    point.total++;
    if (c.latestBand) point[c.latestBand]++;
  }
  const caseTrend: CaseTrendPoint[] = starts.map((s) => ({ start: new Date(s).toISOString(), label: shortDate(s), opened: 0, decided: 0 }));
  for (const c of opened.slice(0, ROW_CAP)) caseTrend[indexOf(c.openedAt)]!.opened++;
  const hours: number[] = [];
  for (const c of decided.slice(0, ROW_CAP)) {
    if (!c.decidedAt) continue;
    caseTrend[indexOf(c.decidedAt)]!.decided++;
    hours.push((c.decidedAt.getTime() - c.openedAt.getTime()) / HOUR);
  }

  return {
    days,
    since: since.toISOString(),
    now: now.toISOString(),
    granularity,
    candidates: { total, inPeriod: periodCount, unscored: byBand.get(null) ?? 0 },
    bands,
    cases: { open, overdue, openedInPeriod: openedCount, decidedInPeriod },
    outcomes,
    medianHoursToDecision: median(hours),
    rules,
    trends: { bands: bandTrend, cases: caseTrend, truncated },
  };
}
