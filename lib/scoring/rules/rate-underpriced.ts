// Source: ROK MOFA/MOU/NIS advisory 2022-12-08 (bids well below the going rate to win contracts).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, pct, ramp } = helpers;

const NO_MARKET_RATE = missingOutcome(["ctx.marketRates"]);

/** Discounts below the local market at which the flag starts and reaches full strength. */
export const UNDERPRICING_START = 0.4;
export const UNDERPRICING_FULL = 0.7;

export function underpricingStrength(discount: number): number {
  if (discount < UNDERPRICING_START) return 0;
  return 0.85 + 0.15 * ramp(discount, UNDERPRICING_START, UNDERPRICING_FULL);
}

export const rateUnderpriced: RuleDefinition = {
  id: "rate-underpriced",
  title: "Rate far below the local market",
  family: "pricing",
  defaultWeight: 35,
  description:
    "The hourly rate asked is far below the market for the role and seniority in the country the candidate says they live in. It starts counting at 40% below market and is strongest at 70% below. Local rates are respected: the baseline is adjusted for that country.",
  source: SOURCES.rokAdvisory2022,
  inputs: ["requestedRate", "role", "seniority", "claimedCountry", "ctx.marketRates"],
  evaluate(p, ctx): RuleOutcome {
    const table = ctx.marketRates;
    const base = table.rates[p.role]?.[p.seniority];
    if (base === undefined || !(base > 0)) return NO_MARKET_RATE;
    const expected = base * (table.countryFactors[p.claimedCountry] ?? 1);
    const discount = 1 - p.requestedRate / expected;
    const strength = underpricingStrength(discount);
    if (strength === 0) return CLEAR;
    return firedOutcome(strength, [
      {
        field: "requestedRate",
        value: `${p.requestedRate} USD/h`,
        reason: `${pct(discount)} below the ~${Math.round(expected)} USD/h market for a ${p.seniority} ${p.role.replaceAll("_", " ")} in ${p.claimedCountry}`,
      },
    ]);
  },
};
