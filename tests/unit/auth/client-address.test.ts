import { BlockList } from "node:net";
import { describe, expect, test } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { CLIENT_IP_HEADER, stampClientAddress } from "@/lib/server-header.mjs";

const none = new BlockList();
const proxies = new BlockList();
proxies.addSubnet("10.0.0.0", 8, "ipv4");
proxies.addSubnet("fd00::", 8, "ipv6");

describe("spoofed X-Forwarded-For: the address comes from the socket", () => {
  test.each([
    {
      label: "a client-sent X-Forwarded-For is ignored without trusted proxies",
      socket: "198.51.100.7",
      xff: "203.0.113.9",
      list: none,
      ip: "198.51.100.7",
    },
    {
      label: "rotating X-Forwarded-For does not change the address",
      socket: "198.51.100.7",
      xff: "192.0.2.1, 192.0.2.2",
      list: none,
      ip: "198.51.100.7",
    },
    {
      label: "a victim's address in X-Forwarded-For is ignored",
      socket: "198.51.100.7",
      xff: "192.0.2.50",
      list: none,
      ip: "198.51.100.7",
    },
    {
      label: "a client-sent X-Forwarded-For from an untrusted peer is ignored even with proxies set",
      socket: "198.51.100.7",
      xff: "192.0.2.50",
      list: proxies,
      ip: "198.51.100.7",
    },
    {
      label: "behind a trusted proxy the right-most hop is the client",
      socket: "10.1.2.3",
      xff: "192.0.2.50",
      list: proxies,
      ip: "192.0.2.50",
    },
    {
      label: "hops to the left of the right-most untrusted one are the client's own text",
      socket: "10.1.2.3",
      xff: "192.0.2.77, 203.0.113.5, 10.9.9.9",
      list: proxies,
      ip: "203.0.113.5",
    },
    {
      label: "a non-address hop behind a trusted proxy gives null",
      socket: "10.1.2.3",
      xff: '=HYPERLINK("http://evil.example")',
      list: proxies,
      ip: null,
    },
    {
      label: "IPv4 on a dual-stack socket is stored as IPv4",
      socket: "::ffff:198.51.100.7",
      xff: undefined,
      list: none,
      ip: "198.51.100.7",
    },
    {
      label: "IPv6 through a trusted IPv6 proxy",
      socket: "fd00::1",
      xff: "2001:db8::5",
      list: proxies,
      ip: "2001:db8::5",
    },
    { label: "no socket address gives null", socket: undefined, xff: "203.0.113.9", list: none, ip: null },
  ])("$label", ({ socket, xff, list, ip }) => {
    expect(clientAddress(socket, xff, list)).toBe(ip);
  });
});

describe("spoofed client-address header: the server entry overwrites it", () => {
  test("a client-sent x-candor-client-ip is replaced by the socket's address", () => {
    const req = {
      headers: { [CLIENT_IP_HEADER]: "192.0.2.50", "x-forwarded-for": "192.0.2.50" },
      socket: { remoteAddress: "198.51.100.7" },
    };
    stampClientAddress(req as never);
    expect(req.headers[CLIENT_IP_HEADER]).toBe("198.51.100.7");
  });

  test("without a socket address the client's header is removed, not kept", () => {
    const req = { headers: { [CLIENT_IP_HEADER]: "192.0.2.50" } as Record<string, string>, socket: {} };
    stampClientAddress(req as never);
    expect(req.headers[CLIENT_IP_HEADER]).toBeUndefined();
  });
});

describe("audit address injection: the stored ip is an IP address or null", () => {
  test.each([
    { label: "a formula", value: '=HYPERLINK("http://evil.example","x")' },
    { label: "free text", value: "not an address" },
    { label: "an address with a port", value: "198.51.100.7:443" },
  ])("$label in the socket header is stored as null", ({ value }) => {
    expect(
      metaFromHeaders(new Headers({ [CLIENT_IP_HEADER]: value }), {
        socketHeaderTrusted: true,
        proxies: none,
      }).ip,
    ).toBeNull();
  });

  test("without the server entry no header is believed at all", () => {
    const headers = new Headers({
      [CLIENT_IP_HEADER]: "192.0.2.50",
      "x-forwarded-for": "192.0.2.50",
      "x-real-ip": "192.0.2.50",
    });
    expect(metaFromHeaders(headers, { socketHeaderTrusted: false, proxies: none }).ip).toBeNull();
  });

  test("through the server entry the socket's address is used and X-Forwarded-For ignored", () => {
    const headers = new Headers({ [CLIENT_IP_HEADER]: "198.51.100.7", "x-forwarded-for": "192.0.2.50" });
    expect(metaFromHeaders(headers, { socketHeaderTrusted: true, proxies: none }).ip).toBe("198.51.100.7");
  });
});
