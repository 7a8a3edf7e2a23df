// Source: UK OFSI advisory 2024-09-12 (use of VPNs and virtual private servers to hide location).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const vpnOrHostingIp = observationRule({
  id: "vpn-or-hosting-ip",
  title: "Connects through a VPN or hosting provider",
  family: "location",
  defaultWeight: 35,
  description:
    "The candidate's connections came from a VPN, proxy or data-centre address, which hides where they really are.",
  source: SOURCES.ukOfsi2024,
  field: "vpnOrHostingIpObserved",
  reason: "Connection observed from a VPN, proxy or hosting-provider address",
});
