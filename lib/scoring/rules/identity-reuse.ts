// Source: US State/Treasury/FBI guidance 2022-05-16 (same contact, payment and resume details across many accounts).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, ReuseKind, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome } = helpers;

/**
 * How telling a shared detail is. A mailbox, wallet or bank account belongs to one person;
 * relatives share an address and people copy resume templates, so those count less.
 */
export const REUSE_KIND_STRENGTH: Readonly<Record<ReuseKind, number>> = {
  email: 1,
  wallet: 1,
  bank_account: 1,
  phone: 0.8,
  address: 0.6,
  resume_text: 0.5,
};

/** More candidates sharing the detail makes coincidence less likely. */
export function reuseCountFactor(others: number): number {
  return others >= 3 ? 1 : others === 2 ? 0.9 : 0.75;
}

export const identityReuse: RuleDefinition = {
  id: "identity-reuse",
  title: "Details shared with other candidates",
  family: "identity_reuse",
  defaultWeight: 60,
  description:
    "An email, phone, wallet, bank account, address or resume text of this candidate also appears on other candidates. One operator running several identities is a pattern named in the advisories.",
  source: SOURCES.usGuidance2022,
  inputs: ["ctx.reuse"],
  evaluate(_p, ctx): RuleOutcome {
    const matches = ctx.reuse;
    if (matches.length === 0) return CLEAR;
    let clean = 1;
    let evidence: Evidence[] | null = null;
    for (const m of matches) {
      const ids = m.otherCandidateIds;
      // Callers should send distinct ids; count them as distinct anyway so a duplicate cannot inflate the score.
      const others = ids.length < 2 ? ids.length : new Set(ids).size;
      if (others === 0) continue;
      clean *= 1 - REUSE_KIND_STRENGTH[m.kind] * reuseCountFactor(others);
      (evidence ??= []).push({
        field: `reuse.${m.kind}`,
        value: m.value,
        reason: `Also used by ${others} other candidate${others === 1 ? "" : "s"}`,
        candidateIds: [...new Set(ids)],
      });
    }
    if (evidence === null) return CLEAR;
    return firedOutcome(1 - clean, evidence);
  },
};
