import { isIP } from "node:net";

/**
 * Which network addresses a webhook may be delivered to. Pure (no DNS, no sockets): the
 * delivery path (lib/webhooks/transport.ts) resolves the host and asks addressProblem() about
 * every answer; the endpoint form asks hostProblem() about the host as typed.
 *
 * A webhook URL is chosen by an admin but fetched by the server, from inside its network: left
 * unchecked it reaches the cloud metadata service (169.254.169.254), the database, or anything
 * else only the server can see. Only globally routable unicast addresses are allowed.
 */

interface Range4 {
  base: number;
  bits: number;
  reason: string;
}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function r4(cidr: string, reason: string): Range4 {
  const [base, bits] = cidr.split("/");
  return { base: ipv4ToInt(base!), bits: Number(bits), reason };
}

// IANA's IPv4 special-purpose registry, less the few ranges that are globally reachable.
const IPV4_REFUSED: Range4[] = [
  r4("0.0.0.0/8", 'unspecified ("this network") address'),
  r4("10.0.0.0/8", "private address (RFC 1918)"),
  r4("100.64.0.0/10", "carrier-grade NAT address (RFC 6598)"),
  r4("127.0.0.0/8", "loopback address"),
  r4("169.254.0.0/16", "link-local address (this range holds the cloud metadata service)"),
  r4("172.16.0.0/12", "private address (RFC 1918)"),
  r4("192.0.0.0/24", "reserved address (IETF protocol assignments)"),
  r4("192.0.2.0/24", "reserved address (documentation)"),
  r4("192.88.99.0/24", "reserved address (6to4 relay anycast)"),
  r4("192.168.0.0/16", "private address (RFC 1918)"),
  r4("198.18.0.0/15", "benchmarking address (RFC 2544)"),
  r4("198.51.100.0/24", "reserved address (documentation)"),
  r4("203.0.113.0/24", "reserved address (documentation)"),
  r4("224.0.0.0/4", "multicast address"),
  r4("240.0.0.0/4", "reserved address (including broadcast)"),
];

function ipv4Problem(ip: string): string | null {
  const n = ipv4ToInt(ip);
  for (const r of IPV4_REFUSED) {
    const size = 2 ** (32 - r.bits);
    if (Math.floor(n / size) === Math.floor(r.base / size)) return r.reason;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad becomes two groups). */
function ipv6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split("%")[0]!;
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const n = ipv4ToInt(quad[1]!);
    text = `${text.slice(0, quad.index)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const parse = (s: string | undefined) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

const groupsToIpv4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

function ipv6Problem(ip: string): string | null {
  const g = ipv6Groups(ip);
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return "unspecified address";
  if (zeroTo(7) && g7 === 1) return "loopback address";
  // ::ffff:a.b.c.d reaches a.b.c.d: judge it by its IPv4 address.
  if (zeroTo(5) && g5 === 0xffff) {
    const problem = ipv4Problem(groupsToIpv4(g6, g7));
    return problem ? `IPv4-mapped ${problem}` : null;
  }
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 address that a gateway reaches.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const problem = ipv4Problem(groupsToIpv4(g6, g7));
    return problem ? `NAT64-embedded ${problem}` : null;
  }
  if (g0 === 0x2002) {
    const problem = ipv4Problem(groupsToIpv4(g1, g2));
    return problem ? `6to4-embedded ${problem}` : null;
  }
  if (zeroTo(6)) return "reserved address (IPv4-compatible IPv6)";
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local address (IPv6 ULA)";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local address";
  if ((g0 & 0xffc0) === 0xfec0) return "site-local address";
  if ((g0 & 0xff00) === 0xff00) return "multicast address";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved address (documentation)";
  if (g0 === 0x2001 && g1 < 0x0200) return "reserved address (IETF protocol assignments)";
  // Everything outside 2000::/3 is unallocated or special-purpose.
  if ((g0 & 0xe000) !== 0x2000) return "reserved address";
  return null;
}

/** Why `ip` (an IPv4 or IPv6 literal, without brackets) may not receive a webhook, or null if it may. */
export function addressProblem(ip: string): string | null {
  const family = isIP(ip.split("%")[0]!);
  if (family === 4) return ipv4Problem(ip);
  if (family === 6) return ipv6Problem(ip);
  return "not an IP address";
}

const LOCAL_SUFFIXES = [
  ".localhost",
  ".local",
  ".internal",
  ".localdomain",
  ".home.arpa",
  ".lan",
  ".intranet",
  ".corp",
];

/**
 * Why the host as typed is obviously not a public webhook receiver, or null. This is the cheap
 * check at save time, for a clear message on the form: names are judged again, by what they
 * resolve to, at every delivery.
 */
export function hostProblem(rawHost: string): string | null {
  const host = rawHost
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (isIP(host)) {
    const problem = addressProblem(host);
    return problem ? `The URL points at a ${problem}` : null;
  }
  if (host === "localhost" || LOCAL_SUFFIXES.some((s) => host.endsWith(s)))
    return "The URL points at a local or internal host name";
  if (!host.includes(".")) return "Use a fully qualified public host name (e.g. hooks.example.com)";
  // Wildcard-DNS names such as 10.0.0.1.nip.io or 169-254-169-254.sslip.io resolve to the address they spell.
  const spelled = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=[.-]|$)/.exec(host);
  if (spelled) {
    const ip = spelled.slice(1, 5).join(".");
    const problem = isIP(ip) === 4 ? addressProblem(ip) : null;
    if (problem) return `The URL's host name spells out a ${problem} (${ip})`;
  }
  return null;
}
