// Source: US State/Treasury/FBI guidance 2022-05-16 (pay sent to accounts of others, often abroad).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOTHING_RECORDED = missingOutcome(["paymentAccountInOwnName", "paymentAccountCountry"]);
const NAME_NOT_RECORDED = missingOutcome(["paymentAccountInOwnName"]);
const COUNTRY_NOT_RECORDED = missingOutcome(["paymentAccountCountry"]);

export const paymentAccountMismatch: RuleDefinition = {
  id: "payment-account-mismatch",
  title: "Payment account is someone else's or abroad",
  family: "payment",
  defaultWeight: 40,
  description:
    "The account for wages is not in the candidate's own name, or is held in a different country from the one the candidate says they live in. Payment platforms often hold accounts abroad, so a foreign platform account counts less.",
  source: SOURCES.usGuidance2022,
  inputs: ["paymentAccountInOwnName", "paymentAccountCountry", "claimedCountry", "paymentMethod"],
  evaluate(p): RuleOutcome {
    const own = p.paymentAccountInOwnName;
    const country = p.paymentAccountCountry;
    if (own === null && country === undefined) return NOTHING_RECORDED;
    let strength = 0;
    const evidence: Evidence[] = [];
    if (own === false) {
      strength = 1;
      evidence.push({
        field: "paymentAccountInOwnName",
        value: "no",
        reason: "The payment account is not in the candidate's name",
      });
    }
    if (country !== undefined && country !== p.claimedCountry) {
      // Wise, Payoneer and the like routinely open accounts in the US or the EU for everyone.
      const viaPlatform = p.paymentMethod === "payment_platform";
      strength = Math.max(strength, viaPlatform ? 0.4 : 0.8);
      evidence.push({
        field: "paymentAccountCountry",
        value: country,
        reason: `Payment account is held in ${country} but the candidate says they live in ${p.claimedCountry}${viaPlatform ? " (through a payment platform)" : ""}`,
      });
    }
    if (strength > 0) return firedOutcome(strength, evidence);
    if (own === null) return NAME_NOT_RECORDED;
    return country === undefined ? COUNTRY_NOT_RECORDED : CLEAR;
  },
};
