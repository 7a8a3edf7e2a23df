/**
 * Candor's rules engine: scores a candidate profile for the red flags of DPRK IT-worker
 * fraud described in public advisories. Pure functions only; callers supply the clock,
 * market rates, identity-reuse matches and watchlist hits through the ScoringContext.
 */
export * from "./types";
export { RULES, getRule } from "./catalogue";
export { DEFAULT_RULE_SET, ruleSetSchema } from "./rule-set";
export { DEFAULT_MARKET_RATES, marketRateTableSchema } from "./market-rates";
export { SOURCES } from "./sources";
export { bandAtLeast, bandFor, score } from "./engine";
