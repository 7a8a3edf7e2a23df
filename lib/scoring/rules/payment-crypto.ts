// Source: US State/Treasury/FBI guidance 2022-05-16 (requests for payment in cryptocurrency).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, fixedOutcome } = helpers;

const PREFERRED = fixedOutcome(1, [
  { field: "paymentMethod", value: "crypto", reason: "Candidate asks to be paid in cryptocurrency" },
]);

export const paymentCrypto: RuleDefinition = {
  id: "payment-crypto",
  title: "Asks to be paid in cryptocurrency",
  family: "payment",
  defaultWeight: 40,
  description:
    "The candidate wants wages in cryptocurrency (strong), or has supplied a crypto wallet while choosing another method (weaker).",
  source: SOURCES.usGuidance2022,
  inputs: ["paymentMethod", "cryptoWallet"],
  evaluate(p) {
    if (p.paymentMethod === "crypto") return PREFERRED;
    if (p.cryptoWallet === undefined) return CLEAR;
    return firedOutcome(0.5, [
      {
        field: "cryptoWallet",
        value: p.cryptoWallet,
        reason: "Candidate supplied a cryptocurrency wallet for payment",
      },
    ]);
  },
};
