import { bandFor, RULES, type Band, type RuleSet, type ScoreBreakdown } from "@/lib/scoring";
import type { RuleSetContent } from "@/lib/rules-admin";

/*
 * Which candidates a what-if must score a second time, under the draft. Pure.
 *
 * score() (lib/scoring/engine.ts) combines the rules that fire, and only those: a rule that does
 * not fire adds nothing whatever its weight, and whether a rule fires depends on the profile and
 * the context, never on its weight. The band thresholds only turn the total into a band, except
 * that a hard stop lifts the total to the critical threshold. So when the draft keeps the
 * published hard stops and market rates, and only changes the settings of rules enabled in the
 * published set (and perhaps the bands), a candidate on whom none of those rules fired under the
 * published set keeps the same total under the draft, and, without a hard stop, gets the band
 * bandFor gives that total under the draft's thresholds. Everything else is scored again in full:
 * a rule the published set leaves disabled was never evaluated, so nobody knows whether it
 * would fire.
 */

export type DraftScorePlan =
  | { kind: "always" }
  /** Score again when one of `rules` fired under the published set (or a hard stop did and the bands changed). */
  | { kind: "when-fired"; rules: ReadonlySet<string>; bands: RuleSet["bands"] | null };

/** JSON with object keys sorted, so equal values give the same text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * The plan for scoring `draft` next to `published`. Any difference it cannot prove harmless (key
 * order, a setting absent on one side) only costs a second scoring, never a wrong result.
 */
export function draftScorePlan(published: RuleSetContent, draft: RuleSetContent): DraftScorePlan {
  const rest = (c: RuleSetContent) => canonical([c.ruleSet.hardStops, c.marketRates]);
  if (rest(published) !== rest(draft)) return { kind: "always" };
  const rules = new Set<string>();
  // The engine reads the settings of catalogue rules only; other keys in a set are ignored.
  for (const { id } of RULES) {
    const before = published.ruleSet.rules[id];
    if (canonical(before) === canonical(draft.ruleSet.rules[id])) continue;
    if (before?.enabled !== true) return { kind: "always" };
    rules.add(id);
  }
  const bands = canonical(published.ruleSet.bands) === canonical(draft.ruleSet.bands) ? null : draft.ruleSet.bands;
  return { kind: "when-fired", rules, bands };
}

/**
 * The draft's total and band for a candidate scored `before` under the published set, when the
 * plan shows what they are without scoring; null when the profile must be scored under the draft.
 */
export function knownDraftScore(plan: DraftScorePlan, before: ScoreBreakdown): { total: number; band: Band } | null {
  if (plan.kind === "always") return null;
  for (const f of before.fired) if (plan.rules.has(f.ruleId)) return null;
  if (!plan.bands) return before;
  return before.hardStop === null ? { total: before.total, band: bandFor(before.total, plan.bands) } : null;
}
