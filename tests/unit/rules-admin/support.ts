import { DEFAULT_MARKET_RATES, DEFAULT_RULE_SET, type MarketRateTable, type RuleSet } from "@/lib/scoring";
import type { RuleSetContent } from "@/lib/rules-admin";

/** The shipped version 1 as content, deep-copied so a test can change it freely. */
export function shipped(): RuleSetContent {
  return {
    ruleSet: structuredClone(DEFAULT_RULE_SET) as RuleSet,
    marketRates: structuredClone(DEFAULT_MARKET_RATES) as MarketRateTable,
  };
}

/** The editor's payload for a content: `{ definition, marketRates }`. */
export function payload(c: RuleSetContent): { definition: unknown; marketRates: unknown } {
  return { definition: structuredClone(c.ruleSet), marketRates: structuredClone(c.marketRates) };
}
