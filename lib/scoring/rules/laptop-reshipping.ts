// Source: FBI PSA 2024-05-16 (company laptops sent to facilitators' "laptop farms" and reshipped).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, sameAddress } = helpers;

const BOTH_MISSING = missingOutcome(["residenceAddress", "shippingAddress"]);
const RESIDENCE_MISSING = missingOutcome(["residenceAddress"]);
const SHIPPING_MISSING = missingOutcome(["shippingAddress"]);

export const laptopReshipping: RuleDefinition = {
  id: "laptop-reshipping",
  title: "Laptop to be shipped somewhere other than home",
  family: "equipment",
  defaultWeight: 45,
  description:
    "The candidate wants the work laptop sent to an address that is not where they say they live. Facilitators receive laptops at such addresses and run them for workers abroad.",
  source: SOURCES.fbiPsa2024,
  inputs: ["residenceAddress", "shippingAddress"],
  evaluate(p): RuleOutcome {
    const home = p.residenceAddress;
    const ship = p.shippingAddress;
    if (home === undefined) return ship === undefined ? BOTH_MISSING : RESIDENCE_MISSING;
    if (ship === undefined) return SHIPPING_MISSING;
    if (sameAddress(home, ship)) return CLEAR;
    return firedOutcome(1, [
      {
        field: "shippingAddress",
        value: ship,
        reason: `Shipping address differs from the residence address (${home})`,
      },
    ]);
  },
};
