import { isIP, type BlockList } from "node:net";

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is the IPv4 address 192.0.2.1. */
function normalise(raw: string | undefined): string | null {
  const candidate = raw?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!candidate) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(candidate)?.[1];
  const address = mapped ?? candidate;
  return isIP(address) ? address.toLowerCase() : null;
}

function trusted(address: string, proxies: BlockList): boolean {
  return proxies.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer, unless that peer is one of our trusted proxies; then
 * the right-most hop of X-Forwarded-For that is not itself a trusted proxy (hops to its left were
 * written by the client and prove nothing). Anything that is not an IP address gives null, so
 * no client-chosen text reaches the throttle keys or the audit trail.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  proxies: BlockList,
): string | null {
  const peer = normalise(socketAddress);
  if (!peer || !trusted(peer, proxies)) return peer;
  const hops = (forwardedFor ?? "").split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalise(hops[i]);
    if (!hop) return null;
    if (!trusted(hop, proxies)) return hop;
  }
  // Every hop is one of ours (or there were none): the left-most one we saw is the best we know.
  return normalise(hops[0]) ?? peer;
}
