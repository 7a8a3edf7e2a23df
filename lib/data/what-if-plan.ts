import { RULES, type ScoreBreakdown } from "@/lib/scoring";
import type { RuleSetContent } from "@/lib/rules-admin";

/*
 * Which candidates a what-if must score a second time, under the draft. Pure.
 *
 * score() (lib/scoring/engine.ts) combines the rules that fire, and only those: a rule that does
 * not fire adds nothing whatever its weight, and whether a rule fires depends on the profile and
 * the context, never on its weight. So when the draft keeps the published bands, hard stops and
 * market rates, and only changes the settings of rules that are enabled in the published set, a
 * candidate on whom none of those rules fired under the published set gets exactly the same
 * total and band under the draft. Everything else is scored again in full: a rule the published
 * set leaves disabled was never evaluated, so nobody knows whether it would fire.
 */

export type DraftScorePlan =
  /** score() cannot tell the two sets apart: the published breakdown stands for both. */
  | { kind: "same" }
  /** Score again only when one of these rules fired under the published set. */
  | { kind: "when-fired"; rules: ReadonlySet<string> }
  | { kind: "always" };

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
  const rest = (c: RuleSetContent) => canonical([c.ruleSet.bands, c.ruleSet.hardStops, c.marketRates]);
  if (rest(published) !== rest(draft)) return { kind: "always" };
  const changed = new Set<string>();
  // The engine reads the settings of catalogue rules only; other keys in a set are ignored.
  for (const { id } of RULES) {
    const before = published.ruleSet.rules[id];
    if (canonical(before) === canonical(draft.ruleSet.rules[id])) continue;
    if (before?.enabled !== true) return { kind: "always" };
    changed.add(id);
  }
  return changed.size === 0 ? { kind: "same" } : { kind: "when-fired", rules: changed };
}

/** True when the candidate scored `before` under the published set must be scored under the draft too. */
export function needsDraftScore(plan: DraftScorePlan, before: ScoreBreakdown): boolean {
  if (plan.kind !== "when-fired") return plan.kind === "always";
  for (const f of before.fired) if (plan.rules.has(f.ruleId)) return true;
  return false;
}
