// Source: US State/Treasury/FBI guidance 2022-05-16 (frequent changes of payment details, many accounts).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOTHING_RECORDED = missingOutcome(["paymentAccountCount", "paymentDetailChanges"]);
const COUNT_NOT_RECORDED = missingOutcome(["paymentAccountCount"]);
const CHANGES_NOT_RECORDED = missingOutcome(["paymentDetailChanges"]);

/** Two accounts can be a personal and a business account; four is a pattern. */
export function accountCountStrength(n: number): number {
  if (n >= 4) return 1;
  if (n === 3) return 0.85;
  return n === 2 ? 0.5 : 0;
}

/** A single change (a new bank) is ordinary. */
export function detailChangeStrength(n: number): number {
  if (n >= 3) return 1;
  return n === 2 ? 0.85 : 0;
}

export const paymentDetailsChurn: RuleDefinition = {
  id: "payment-details-churn",
  title: "Several payment accounts or frequent changes",
  family: "payment",
  defaultWeight: 35,
  description:
    "The candidate gave several payment accounts or keeps changing payment details. One change is normal; the signal grows with each further change or account.",
  source: SOURCES.usGuidance2022,
  inputs: ["paymentAccountCount", "paymentDetailChanges"],
  evaluate(p): RuleOutcome {
    const accounts = p.paymentAccountCount;
    const changes = p.paymentDetailChanges;
    if (accounts === undefined && changes === undefined) return NOTHING_RECORDED;
    const a = accounts === undefined ? 0 : accountCountStrength(accounts);
    const c = changes === undefined ? 0 : detailChangeStrength(changes);
    if (a === 0 && c === 0) {
      if (accounts === undefined) return COUNT_NOT_RECORDED;
      return changes === undefined ? CHANGES_NOT_RECORDED : CLEAR;
    }
    const evidence: Evidence[] = [];
    if (a > 0) {
      evidence.push({
        field: "paymentAccountCount",
        value: String(accounts),
        reason: `${accounts} payment accounts supplied`,
      });
    }
    if (c > 0) {
      evidence.push({
        field: "paymentDetailChanges",
        value: String(changes),
        reason: `Payment details changed ${changes} times`,
      });
    }
    return firedOutcome(Math.max(a, c), evidence);
  },
};
