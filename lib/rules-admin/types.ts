import type { MarketRateTable, RuleSet } from "@/lib/scoring";

/** Everything a published version or a draft fixes: the rule set and the market rates it prices against. */
export interface RuleSetContent {
  ruleSet: RuleSet;
  marketRates: MarketRateTable;
}

export type RuleSetting = RuleSet["rules"][string];
