// Source: OFAC SDN list (DPRK IT-worker designations list their email addresses, phone numbers and digital currency addresses) and the UN consolidated list.
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome, WatchlistHit } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome } = helpers;

/** Details that belong to one person or account: an exact one on a list is near-certain, unlike a similar name. */
export const LISTED_IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  "email",
  "phone",
  "wallet",
  "bank_account",
]);

/** Exact means exact after normalisation; the screening reports such a hit at full score. */
const EXACT = 0.999;

/** True for a pending hit this rule answers for (sanctions-possible leaves it out, so one hit counts once). */
export function isListedIdentifierHit(h: WatchlistHit): boolean {
  return h.status === "pending" && LISTED_IDENTIFIER_FIELDS.has(h.matchedField) && h.score >= EXACT;
}

export const listedIdentifier: RuleDefinition = {
  id: "listed-identifier",
  title: "A listed wallet, email, phone or bank account",
  family: "watchlist",
  defaultWeight: 80,
  description:
    "One of the candidate's payment or contact details is, exactly, a detail a sanctions list or the internal watchlist names. A reviewer still confirms or dismisses it, but the case opens at once.",
  source: SOURCES.ofacSdn,
  inputs: ["ctx.watchlistHits"],
  evaluate(_p, ctx): RuleOutcome {
    let evidence: Evidence[] | null = null;
    for (const h of ctx.watchlistHits) {
      if (!isListedIdentifierHit(h)) continue;
      (evidence ??= []).push({
        field: h.matchedField,
        value: h.matchedValue,
        reason: `Exactly the ${h.matchedField.replace("_", " ")} of ${h.list} entry ${h.entryId} (${h.entryName}); not yet reviewed`,
      });
    }
    return evidence === null ? CLEAR : firedOutcome(1, evidence);
  },
};
