/*
 * Scoring formula (noisy-OR over families).
 *
 * Every enabled rule that fires contributes   p_i = min(1, weight_i × strength_i / 100)
 * (weight 0..100 from the rule set, strength 0..1 from the rule), read as evidence
 * e_i = −ln(1 − p_i). Red flags of one family often share one cause (a VPN also explains a
 * foreign IP address; one vague employer explains both an unverified job and a gap), so within a
 * family the strongest flag counts in full and each further one at CORRELATED_SHARE of its
 * evidence. Flags of different families are independent evidence and add up in full, which is
 * how the advisories ask recruiters to weigh indicators: two unrelated moderate signs together
 * are worth a case, one alone is not. With E the sum,
 *
 *     total = round(100 × (1 − e^(−E)))
 *
 * which for flags of distinct families is exactly 100 × (1 − Π(1 − p_i)), "the chance that at
 * least one red flag is real". The total stays in 0..100 without clipping and never falls when
 * a flag is added or a strength rises. A fired hard-stop rule forces the critical band and lifts
 * the total to at least the critical threshold. The points shown per rule split the total in
 * proportion to each rule's counted evidence, so they add up to the total.
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

/** The share of its evidence that a second or further flag of an already-flagged family adds. */
export const CORRELATED_SHARE = 0.5;

function byPointsDescending(a: FiredRule, b: FiredRule): number {
  return b.points - a.points;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Replaces each fired rule's evidence by the share it counts once its family is weighed (the
 * strongest in full, the others at CORRELATED_SHARE) and returns the sum. Ties keep catalogue
 * order, so the result does not depend on anything but the profile and the rule set.
 */
/** Scratch for countFamilies: which fired rules are not their family's strongest. */
let damped = new Uint8Array(64);

function countFamilies(fired: FiredRule[]): number {
  const n = fired.length;
  if (n === 0) return 0;
  // Decided on the undamped evidence first, then applied, so the order of rules cannot matter.
  if (damped.length < n) damped = new Uint8Array(n * 2);
  damped.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const f = fired[i] as FiredRule;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const g = fired[j] as FiredRule;
      if (g.family === f.family && (g.points > f.points || (g.points === f.points && j < i))) {
        damped[i] = 1;
        break;
      }
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const f = fired[i] as FiredRule;
    if (damped[i] === 1) f.points *= CORRELATED_SHARE;
    sum += f.points;
  }
  return sum;
}

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
  let certain = false;
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
    if (p === 1) certain = true;
    const entry: FiredRule = {
      ruleId: rule.id,
      title: rule.title,
      family: rule.family,
      weight,
      strength: round3(strength),
      // The rule's evidence −ln(1 − p) for now; converted to points below, once the families are weighed.
      points: -Math.log(1 - (p > MAX_SHARE_P ? MAX_SHARE_P : p)),
      evidence: outcome.evidence,
      source: rule.source,
    };
    fired.push(entry);
    if (compiled.hardStop && hardStop === null) hardStop = entry;
  }

  const shareSum = countFamilies(fired);
  // Rounded to 1e-6 first so that float noise from the summation order cannot move a
  // total sitting exactly on .5 (54.4999999 and 54.5000001 both mean 54.5, which rounds up).
  const rawTotal = certain ? 100 : Math.round(100 * -Math.expm1(-shareSum) * 1e6) / 1e6;
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
