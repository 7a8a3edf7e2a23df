// Source: OFAC SDN list (DPRK IT-worker designations); pending matches still need a reviewer.
import * as helpers from "../helpers";
import { isListedIdentifierHit } from "./listed-identifier";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome } = helpers;

export const sanctionsPossible: RuleDefinition = {
  id: "sanctions-possible",
  title: "Possible sanctions or watchlist match",
  family: "watchlist",
  defaultWeight: 45,
  description:
    "The candidate's details resemble a sanctions or watchlist entry and a reviewer has not yet confirmed or dismissed it. Graded by the match score; dismissed matches are ignored, and an exact listed wallet, email, phone or bank account counts under its own, stronger rule.",
  source: SOURCES.ofacSdn,
  inputs: ["ctx.watchlistHits"],
  evaluate(_p, ctx): RuleOutcome {
    let best = 0;
    let evidence: Evidence[] | null = null;
    for (const h of ctx.watchlistHits) {
      if (h.status !== "pending" || isListedIdentifierHit(h)) continue;
      const s = h.score > 1 ? 1 : h.score > 0 ? h.score : 0;
      if (s === 0) continue;
      if (s > best) best = s;
      (evidence ??= []).push({
        field: h.matchedField,
        value: h.matchedValue,
        reason: `Unreviewed ${Math.round(s * 100)}% match with ${h.list} entry ${h.entryId} (${h.entryName})`,
      });
    }
    return evidence === null ? CLEAR : firedOutcome(best, evidence);
  },
};
