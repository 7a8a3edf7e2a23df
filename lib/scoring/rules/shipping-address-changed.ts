// Source: Mandiant UNC5267 2024-09-23 (requests to change the laptop delivery address to a laptop farm).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const shippingAddressChanged = observationRule({
  id: "shipping-address-changed",
  title: "Shipping address changed before the laptop shipped",
  family: "equipment",
  defaultWeight: 35,
  description:
    "After the offer the candidate asked for the work laptop to go to a different address than first given. Facilitators redirect laptops this way to the places where they keep them running for workers abroad.",
  source: SOURCES.mandiant2024,
  field: "shippingAddressChangedBeforeShipment",
  reason: "The equipment shipping address was changed before the laptop shipped",
});
