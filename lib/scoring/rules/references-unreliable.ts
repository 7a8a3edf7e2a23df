// Source: FBI/ROK PSA 2023-10-18 (references that cannot be reached or are the candidate themselves).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, pct, sameEmail, samePhone } = helpers;

const NO_REFERENCES = missingOutcome(["references"]);
const NONE_CONTACTED = missingOutcome(["references.status"]);

/**
 * Unreachable references are weaker evidence than a reference who is the candidate. Half or more
 * of them out of reach is the sign the advisories name; one in several is ordinary.
 */
export function unreachableStrength(share: number): number {
  if (share <= 0) return 0;
  return share >= 0.5 ? 0.85 + 0.1 * (share - 0.5) * 2 : 0.5;
}

export const referencesUnreliable: RuleDefinition = {
  id: "references-unreliable",
  title: "References unreachable or self-provided",
  family: "background",
  defaultWeight: 40,
  description:
    "A reference shares the candidate's own email or phone number (strong), or references could not be reached (graded by the share that failed). Only contact details are compared, never names.",
  source: SOURCES.fbiPsa2023,
  inputs: ["references.email", "references.phone", "references.status", "email", "phone"],
  evaluate(p): RuleOutcome {
    const refs = p.references;
    if (refs.length === 0) return NO_REFERENCES;
    let contacted = 0;
    let unreachable = 0;
    let evidence: Evidence[] | null = null;
    let shared = false;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      if (!r) continue;
      if (r.status !== "not_contacted") contacted++;
      if (r.status === "unreachable") unreachable++;
      if (r.email !== undefined && sameEmail(r.email, p.email)) {
        shared = true;
        (evidence ??= []).push({
          field: `references[${i}].email`,
          value: r.email,
          reason: "Reference email is the candidate's own",
        });
      }
      if (r.phone !== undefined && samePhone(r.phone, p.phone)) {
        shared = true;
        (evidence ??= []).push({
          field: `references[${i}].phone`,
          value: r.phone,
          reason: "Reference phone number is the candidate's own",
        });
      }
    }
    const share = contacted > 0 ? unreachable / contacted : 0;
    const strength = Math.max(shared ? 1 : 0, unreachableStrength(share));
    if (strength === 0) return contacted === 0 ? NONE_CONTACTED : CLEAR;
    if (unreachable > 0) {
      (evidence ??= []).push({
        field: "references",
        value: `${unreachable} of ${contacted}`,
        reason: `${pct(share)} of contacted references could not be reached`,
      });
    }
    return firedOutcome(strength, evidence ?? []);
  },
};
