import type { GroundTruth } from "./precision";

export interface FiringCount {
  /** Scores recorded in the window on which the rule fired (a re-score counts again). */
  scores: number;
  /** Distinct candidates with at least one such score. */
  candidates: number;
}

export interface RuleFiringStats {
  last30: FiringCount;
  last90: FiringCount;
  /** Decided candidates whose deciding score fired the rule, by what the decision found. */
  fraud: number;
  honest: number;
  /** fraud / (fraud + honest); null before any such decision. */
  precision: number | null;
}

/**
 * Counts rule firings in the JavaScript process rather than in SQL, so the same code runs on
 * SQLite and PostgreSQL: feed it scores (newest 90 days) and the scores cases were decided on.
 */
export function createFiringTally(now: Date) {
  const since30 = now.getTime() - 30 * 86_400_000;
  const scores30 = new Map<string, number>();
  const scores90 = new Map<string, number>();
  const candidates30 = new Map<string, Set<string>>();
  const candidates90 = new Map<string, Set<string>>();
  const truth = new Map<string, { fraud: number; honest: number }>();
  const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);
  const note = (m: Map<string, Set<string>>, id: string, candidateId: string) => {
    let s = m.get(id);
    if (!s) m.set(id, (s = new Set()));
    s.add(candidateId);
  };
  return {
    /** One score from the last 90 days. */
    addScore(candidateId: string, createdAt: Date, firedRuleIds: readonly string[]): void {
      const recent = createdAt.getTime() >= since30;
      for (const id of new Set(firedRuleIds)) {
        bump(scores90, id);
        note(candidates90, id, candidateId);
        if (recent) {
          bump(scores30, id);
          note(candidates30, id, candidateId);
        }
      }
    },
    /** The score a case was decided on, with what the decision found. */
    addDecision(firedRuleIds: readonly string[], actual: GroundTruth): void {
      for (const id of new Set(firedRuleIds)) {
        const t = truth.get(id) ?? { fraud: 0, honest: 0 };
        t[actual] += 1;
        truth.set(id, t);
      }
    },
    statsFor(ruleId: string): RuleFiringStats {
      const t = truth.get(ruleId) ?? { fraud: 0, honest: 0 };
      return {
        last30: { scores: scores30.get(ruleId) ?? 0, candidates: candidates30.get(ruleId)?.size ?? 0 },
        last90: { scores: scores90.get(ruleId) ?? 0, candidates: candidates90.get(ruleId)?.size ?? 0 },
        fraud: t.fraud,
        honest: t.honest,
        precision: t.fraud + t.honest === 0 ? null : t.fraud / (t.fraud + t.honest),
      };
    },
  };
}

/** The rule ids a stored breakdown says fired; tolerant of rows written by older code. */
export function firedRuleIdsOf(breakdown: unknown): string[] {
  const fired = (breakdown as { fired?: unknown } | null)?.fired;
  if (!Array.isArray(fired)) return [];
  const out: string[] = [];
  for (const f of fired) {
    const id = (f as { ruleId?: unknown } | null)?.ruleId;
    if (typeof id === "string") out.push(id);
  }
  return out;
}
