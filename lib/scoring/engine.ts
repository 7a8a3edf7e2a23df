/*
 * Scoring formula (noisy-OR).
 *
 * Every enabled rule that fires contributes   p_i = min(1, weight_i × strength_i / 100)
 * (weight 0..100 from the rule set, strength 0..1 from the rule), and
 *
 *     total = round(100 × (1 − Π_i (1 − p_i)))
 *
 * read as "the chance that at least one red flag is real, if each were independent
 * evidence". The total needs no clipping to stay in 0..100, never falls when a flag is added or
 * a strength rises, and several weak flags count for less than one strong flag of the same
 * summed weight, which matches how the advisories ask recruiters to weigh indicators in
 * context. A fired hard-stop rule forces the critical band and lifts the total to at least
 * the critical threshold. The points shown per rule split the total in proportion to
 * −ln(1 − p_i), each rule's additive share of the product, so they add up to the total.
 *
 * score() is pure: no clock, no randomness, no I/O. Per-rule-set work is compiled once and
 * cached by object identity, so treat a RuleSet as immutable once used (publish a new
 * version instead of editing one).
 */
import { DEFAULT_RULE_SET } from "./rule-set";
import { RULES } from "./catalogue";
import * as helpers from "./helpers";
import {
  BANDS,
  type Band,
  type CandidateProfile,
  type FiredRule,
  type NotEvaluatedRule,
  type RuleDefinition,
  type RuleSet,
  type ScoreBreakdown,
  type ScoringContext,
} from "./types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { nowMs } = helpers;

interface CompiledRule {
  rule: RuleDefinition;
  weight: number;
  hardStop: boolean;
  /**
   * Rules report "not recorded" with the same frozen array every time, so the matching
   * breakdown entry is built once and shared instead of allocated per profile.
   */
  missingSeen: readonly string[] | null;
  missingEntry: NotEvaluatedRule | null;
}

const compiledSets = new WeakMap<RuleSet, readonly CompiledRule[]>();

function notEvaluatedEntry(c: CompiledRule, missing: string[]): NotEvaluatedRule {
  if (c.missingSeen === missing && c.missingEntry) return c.missingEntry;
  const entry: NotEvaluatedRule = { ruleId: c.rule.id, title: c.rule.title, family: c.rule.family, missing };
  if (Object.isFrozen(missing)) {
    c.missingSeen = missing;
    c.missingEntry = Object.freeze(entry);
  }
  return entry;
}

function compile(ruleSet: RuleSet): readonly CompiledRule[] {
  let compiled = compiledSets.get(ruleSet);
  if (compiled) return compiled;
  const hardStops = new Set(ruleSet.hardStops);
  const list: CompiledRule[] = [];
  for (const rule of RULES) {
    const setting = ruleSet.rules[rule.id];
    // Absent from the set means disabled: older versions predate newer rules.
    if (!setting || !setting.enabled) continue;
    const weight = setting.weight < 0 ? 0 : setting.weight > 100 ? 100 : setting.weight;
    list.push({ rule, weight, hardStop: hardStops.has(rule.id), missingSeen: null, missingEntry: null });
  }
  compiled = Object.freeze(list);
  compiledSets.set(ruleSet, compiled);
  return compiled;
}

/** Keeps −ln(1 − p) finite when a rule alone reaches 100. */
const MAX_SHARE_P = 1 - 1e-9;

function byPointsDescending(a: FiredRule, b: FiredRule): number {
  return b.points - a.points;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function bandFor(total: number, bands: RuleSet["bands"]): Band {
  if (total >= bands.critical) return "critical";
  if (total >= bands.high) return "high";
  return total >= bands.medium ? "medium" : "low";
}

/** True when `band` is `threshold` or worse, e.g. to decide whether a case opens. */
export function bandAtLeast(band: Band, threshold: Band): boolean {
  return BANDS.indexOf(band) >= BANDS.indexOf(threshold);
}

export function score(
  profile: CandidateProfile,
  ctx: ScoringContext,
  ruleSet: RuleSet = DEFAULT_RULE_SET,
): ScoreBreakdown {
  const rules = compile(ruleSet);
  nowMs(ctx); // reject an unparseable ctx.now before any rule runs
  const fired: FiredRule[] = [];
  const notEvaluated: NotEvaluatedRule[] = [];
  let clean = 1;
  let shareSum = 0;
  let hardStop: FiredRule | null = null;

  for (let i = 0; i < rules.length; i++) {
    const compiled = rules[i] as CompiledRule;
    const { rule, weight } = compiled;
    const outcome = rule.evaluate(profile, ctx);
    if (!outcome.fired) {
      if (outcome.missing.length > 0) notEvaluated.push(notEvaluatedEntry(compiled, outcome.missing));
      continue;
    }
    const strength = outcome.strength > 1 ? 1 : outcome.strength > 0 ? outcome.strength : 0;
    const raw = (weight * strength) / 100;
    const p = raw > 1 ? 1 : raw;
    clean *= 1 - p;
    const share = -Math.log(1 - (p > MAX_SHARE_P ? MAX_SHARE_P : p));
    shareSum += share;
    const entry: FiredRule = {
      ruleId: rule.id,
      title: rule.title,
      family: rule.family,
      weight,
      strength: round3(strength),
      points: share, // converted to points below, once the sum of shares is known
      evidence: outcome.evidence,
      source: rule.source,
    };
    fired.push(entry);
    if (compiled.hardStop && hardStop === null) hardStop = entry;
  }

  // Rounded to 1e-6 first so that float noise from the multiplication order cannot move a
  // total sitting exactly on .5 (54.4999999 and 54.5000001 both mean 54.5, which rounds up).
  const rawTotal = Math.round(100 * (1 - clean) * 1e6) / 1e6;
  let total = Math.round(rawTotal);
  for (const f of fired) f.points = shareSum > 0 ? round1((rawTotal * f.points) / shareSum) : 0;
  if (hardStop !== null && total < ruleSet.bands.critical) {
    hardStop.points = round1(hardStop.points + ruleSet.bands.critical - rawTotal);
    total = ruleSet.bands.critical;
  }
  if (fired.length > 1) fired.sort(byPointsDescending); // stable: ties keep catalogue order

  return {
    total,
    band: hardStop !== null ? "critical" : bandFor(total, ruleSet.bands),
    ruleSetVersion: ruleSet.version,
    hardStop: hardStop === null ? null : hardStop.ruleId,
    fired,
    notEvaluated,
    evaluatedAt: ctx.now,
  };
}
