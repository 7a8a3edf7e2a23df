import { BANDS, RULES, getRule, type Band } from "@/lib/scoring";
import type { RuleSetContent, RuleSetting } from "./types";

export interface RuleChange {
  ruleId: string;
  title: string;
  /** null: the rule is absent from that set, which scores it as switched off. */
  before: RuleSetting | null;
  after: RuleSetting | null;
}

export interface ValueChange {
  /** Dotted path, e.g. "bands.high", "rates.backend_engineer.senior", "countryFactors.PL". */
  path: string;
  before: number | null;
  after: number | null;
}

export interface RuleSetDiff {
  rules: RuleChange[];
  bands: ValueChange[];
  caseThreshold: { before: Band; after: Band } | null;
  hardStops: { added: string[]; removed: string[] };
  marketRates: ValueChange[];
  /** How many individual values differ (0 when the two would score every profile alike). */
  changes: number;
}

const sameSetting = (a: RuleSetting | null, b: RuleSetting | null) =>
  a === null || b === null ? a === b : a.enabled === b.enabled && a.weight === b.weight;

/** Catalogue order first, then any id only a stored set knows, alphabetically. */
function ruleIds(a: RuleSetContent, b: RuleSetContent): string[] {
  const known = RULES.map((r) => r.id);
  const extra = [...new Set([...Object.keys(a.ruleSet.rules), ...Object.keys(b.ruleSet.rules)])]
    .filter((id) => !getRule(id))
    .sort();
  return [...known, ...extra];
}

function numberChanges(
  prefix: string,
  a: Record<string, number> | undefined,
  b: Record<string, number> | undefined,
  order?: readonly string[],
): ValueChange[] {
  const keys = order ?? [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
  const out: ValueChange[] = [];
  for (const key of keys) {
    const before = a?.[key] ?? null;
    const after = b?.[key] ?? null;
    if (before !== after) out.push({ path: `${prefix}.${key}`, before, after });
  }
  return out;
}

/**
 * What changes from `a` to `b`: rules switched or re-weighted, band thresholds, the band that
 * opens a case, hard stops, and every market-rate cell and country factor. Pure; neither input
 * is modified.
 */
export function diffRuleSets(a: RuleSetContent, b: RuleSetContent): RuleSetDiff {
  const rules: RuleChange[] = [];
  for (const id of ruleIds(a, b)) {
    const before = a.ruleSet.rules[id] ?? null;
    const after = b.ruleSet.rules[id] ?? null;
    if (!sameSetting(before, after))
      rules.push({ ruleId: id, title: getRule(id)?.title ?? id, before, after });
  }
  const bands = numberChanges("bands", a.ruleSet.bands, b.ruleSet.bands, BANDS.slice(1));
  const caseThreshold =
    a.ruleSet.caseThreshold === b.ruleSet.caseThreshold
      ? null
      : { before: a.ruleSet.caseThreshold, after: b.ruleSet.caseThreshold };
  const stopsA = new Set(a.ruleSet.hardStops);
  const stopsB = new Set(b.ruleSet.hardStops);
  const hardStops = {
    added: [...stopsB].filter((id) => !stopsA.has(id)),
    removed: [...stopsA].filter((id) => !stopsB.has(id)),
  };

  const marketRates: ValueChange[] = [];
  const roles = [...new Set([...Object.keys(a.marketRates.rates), ...Object.keys(b.marketRates.rates)])];
  for (const role of roles) {
    const ra = (a.marketRates.rates as Record<string, Record<string, number>>)[role];
    const rb = (b.marketRates.rates as Record<string, Record<string, number>>)[role];
    marketRates.push(...numberChanges(`rates.${role}`, ra, rb));
  }
  marketRates.push(
    ...numberChanges("countryFactors", a.marketRates.countryFactors, b.marketRates.countryFactors),
  );

  const changes =
    rules.length +
    bands.length +
    (caseThreshold ? 1 : 0) +
    hardStops.added.length +
    hardStops.removed.length +
    marketRates.length;
  return { rules, bands, caseThreshold, hardStops, marketRates, changes };
}
