import "server-only";
import type { Tx } from "@/lib/db";
import { DEFAULT_MARKET_RATES, DEFAULT_RULE_SET, ruleSetSchema, type MarketRateTable, type RuleSet } from "@/lib/scoring";

export interface PublishedRuleSet {
  ruleSet: RuleSet;
  marketRates: MarketRateTable;
}

/**
 * The rule set that scores new candidates: the newest published version. A database with no
 * version yet gets version 1, the shipped defaults, recorded like any other publication.
 */
export async function publishedRuleSet(tx: Tx): Promise<PublishedRuleSet> {
  const latest = await tx.ruleSetVersion.findFirst({ orderBy: { version: "desc" } });
  if (latest) {
    const ruleSet = ruleSetSchema.parse({ ...(latest.definition as object), version: latest.version });
    return { ruleSet, marketRates: latest.marketRates as unknown as MarketRateTable };
  }
  await tx.ruleSetVersion.upsert({
    where: { version: DEFAULT_RULE_SET.version },
    update: {},
    create: {
      version: DEFAULT_RULE_SET.version,
      definition: DEFAULT_RULE_SET as unknown as object,
      marketRates: DEFAULT_MARKET_RATES as unknown as object,
      note: "Shipped defaults",
    },
  });
  return { ruleSet: DEFAULT_RULE_SET, marketRates: DEFAULT_MARKET_RATES };
}
