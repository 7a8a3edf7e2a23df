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
  title: "Rate far below the posted range or the local market",
  family: "pricing",
  defaultWeight: 35,
  description:
    "The hourly rate asked is far below the job's posted range, or, when no range was recorded, below the market for the role and seniority in the country the candidate says they live in. It starts counting at 40% below the posted minimum (or the market) and is strongest at 70% below. Local rates are respected: the market baseline is adjusted for that country.",
  source: SOURCES.rokAdvisory2022,
  inputs: [
    "requestedRate",
    "postedRateMin",
    "postedRateMax",
    "role",
    "seniority",
    "claimedCountry",
    "ctx.marketRates",
  ],
  evaluate(p, ctx): RuleOutcome {
    // The employer's own posted range is a better yardstick than any table: it is the price of
    // this very job. The table is the fallback for jobs posted without one.
    const postedMin = p.postedRateMin;
    if (postedMin !== undefined && postedMin > 0) {
      const below = 1 - p.requestedRate / postedMin;
      const fromPosted = underpricingStrength(below);
      if (fromPosted === 0) return CLEAR;
      const range = p.postedRateMax === undefined ? `from ${postedMin}` : `${postedMin}-${p.postedRateMax}`;
      return firedOutcome(fromPosted, [
        {
          field: "requestedRate",
          value: `${p.requestedRate} USD/h`,
          reason: `${pct(below)} below the minimum of the job's posted range (${range} USD/h)`,
        },
      ]);
    }
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
