// Source: OFAC SDN list (DPRK IT-worker designations) and UK OFSI advisory 2024-09-12 (paying designated persons is a sanctions breach).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome } = helpers;

export const sanctionsConfirmed: RuleDefinition = {
  id: "sanctions-confirmed",
  title: "Confirmed sanctions or watchlist match",
  family: "watchlist",
  defaultWeight: 100,
  description:
    "A reviewer confirmed that the candidate's details match a sanctions or watchlist entry. Hiring or paying this person may breach sanctions, so this is a hard stop in the default rule set.",
  source: SOURCES.ofacSdn,
  inputs: ["ctx.watchlistHits"],
  evaluate(_p, ctx): RuleOutcome {
    let evidence: Evidence[] | null = null;
    for (const h of ctx.watchlistHits) {
      if (h.status !== "confirmed") continue;
      (evidence ??= []).push({
        field: h.matchedField,
        value: h.matchedValue,
        reason: `Confirmed match with ${h.list} entry ${h.entryId} (${h.entryName})`,
      });
    }
    return evidence === null ? CLEAR : firedOutcome(1, evidence);
  },
};
