import { z } from "zod";
import { ROLES, SENIORITIES } from "@/lib/schemas/candidate";
import type { MarketRateTable } from "./types";

/**
 * Hourly contractor rates in USD for the US market, by role and seniority, and a
 * multiplier per country for local market levels. They only set the baseline for the
 * underpricing rule: a candidate is compared with the market where they say they live,
 * so asking a local rate is never a red flag. Figures are rounded medians from public
 * salary surveys (2024), converted at ~1,900 billable hours a year; revise them per rule
 * set version.
 */
export const DEFAULT_MARKET_RATES: MarketRateTable = {
  currency: "USD",
  rates: {
    software_engineer: { junior: 40, mid: 60, senior: 85, lead: 105 },
    frontend_engineer: { junior: 38, mid: 55, senior: 78, lead: 95 },
    backend_engineer: { junior: 42, mid: 62, senior: 85, lead: 105 },
    fullstack_engineer: { junior: 40, mid: 60, senior: 82, lead: 100 },
    mobile_engineer: { junior: 40, mid: 60, senior: 82, lead: 100 },
    devops_engineer: { junior: 45, mid: 65, senior: 90, lead: 110 },
    data_engineer: { junior: 45, mid: 65, senior: 88, lead: 108 },
    data_scientist: { junior: 42, mid: 62, senior: 85, lead: 105 },
    ml_engineer: { junior: 50, mid: 72, senior: 100, lead: 125 },
    qa_engineer: { junior: 30, mid: 42, senior: 58, lead: 72 },
    security_engineer: { junior: 48, mid: 70, senior: 95, lead: 118 },
  },
  countryFactors: {
    US: 1,
    CA: 0.85,
    GB: 0.85,
    IE: 0.85,
    DE: 0.85,
    NL: 0.85,
    CH: 1.05,
    AT: 0.8,
    BE: 0.8,
    FR: 0.75,
    ES: 0.6,
    IT: 0.6,
    PT: 0.55,
    SE: 0.8,
    NO: 0.9,
    DK: 0.85,
    FI: 0.75,
    EE: 0.6,
    LT: 0.5,
    LV: 0.5,
    PL: 0.55,
    CZ: 0.5,
    SK: 0.5,
    HU: 0.45,
    RO: 0.45,
    BG: 0.4,
    HR: 0.45,
    RS: 0.45,
    UA: 0.45,
    GE: 0.35,
    TR: 0.35,
    IL: 0.85,
    AE: 0.75,
    AU: 0.85,
    NZ: 0.75,
    JP: 0.7,
    KR: 0.65,
    SG: 0.8,
    HK: 0.75,
    TW: 0.55,
    CN: 0.45,
    MY: 0.35,
    TH: 0.35,
    VN: 0.3,
    PH: 0.3,
    ID: 0.3,
    IN: 0.3,
    PK: 0.25,
    BD: 0.22,
    LK: 0.25,
    BR: 0.4,
    MX: 0.4,
    AR: 0.35,
    CO: 0.35,
    CL: 0.4,
    PE: 0.3,
    UY: 0.4,
    ZA: 0.4,
    NG: 0.25,
    KE: 0.25,
    EG: 0.25,
  },
};

const rate = z.number().positive("Rates must be above zero").max(2000, "At most 2000 USD per hour");
const seniorityRates = z.object(
  Object.fromEntries(SENIORITIES.map((s) => [s, rate])) as Record<(typeof SENIORITIES)[number], typeof rate>,
);

/** Validates a market-rate table stored alongside a rule set version. */
export const marketRateTableSchema = z.object({
  currency: z.literal("USD"),
  rates: z.object(
    Object.fromEntries(ROLES.map((r) => [r, seniorityRates])) as Record<
      (typeof ROLES)[number],
      typeof seniorityRates
    >,
  ),
  countryFactors: z.record(
    z.string().regex(/^[A-Z]{2}$/, "Country keys are two-letter codes such as US"),
    z.number().positive("Country factors must be above zero").max(5, "Country factors are at most 5"),
  ),
});
