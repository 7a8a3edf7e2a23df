import type { LookupAddress } from "node:dns";
import { describe, expect, test } from "vitest";
import { addressProblem } from "@/lib/webhooks/address-policy";
import {
  DeliveryRefusedError,
  pinnedLookup,
  vetTarget,
  type ResolvedAddress,
  type Resolver,
} from "@/lib/webhooks/transport";

describe("which resolved addresses may receive a webhook", () => {
  test.each([
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["10.0.0.1", /private.*1918/],
    ["172.16.0.1", /private.*1918/],
    ["172.31.255.254", /private.*1918/],
    ["192.168.1.1", /private.*1918/],
    ["169.254.169.254", /link-local/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.127.255.254", /carrier-grade NAT/],
    ["198.18.0.1", /benchmarking/],
    ["198.19.255.254", /benchmarking/],
    ["224.0.0.1", /multicast/],
    ["239.255.255.250", /multicast/],
    ["240.0.0.1", /reserved/],
    ["255.255.255.255", /reserved/],
    ["0.0.0.0", /unspecified/],
    ["192.0.2.10", /documentation/],
    ["::", /unspecified/],
    ["::1", /loopback/],
    ["fc00::1", /unique-local/],
    ["fd12:3456::1", /unique-local/],
    ["fe80::1%eth0", /link-local/],
    ["ff02::1", /multicast/],
    ["::ffff:169.254.169.254", /IPv4-mapped link-local/],
    ["::ffff:a9fe:a9fe", /IPv4-mapped link-local/],
    ["::ffff:127.0.0.1", /IPv4-mapped loopback/],
    ["64:ff9b::10.0.0.1", /NAT64-embedded private/],
    ["2002:0a00:0001::1", /6to4-embedded private/],
    ["2001:db8::1", /documentation/],
    ["::10.0.0.1", /IPv4-compatible/],
  ])("%s is refused (%s)", (ip, reason) => {
    expect(addressProblem(ip)).toMatch(reason);
  });

  test.each([
    "93.184.216.34",
    "8.8.8.8",
    "100.63.255.255",
    "100.128.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "198.17.255.255",
    "198.20.0.0",
    "223.255.255.255",
    "2606:4700::1111",
    "::ffff:93.184.216.34",
  ])("%s, a public address, is allowed", (ip) => {
    expect(addressProblem(ip)).toBeNull();
  });
});

/** A resolver answering from a table, so no test depends on DNS; `calls` counts the lookups made. */
function tableResolver(table: Record<string, string[] | string[][]>) {
  const calls: string[] = [];
  const resolve: Resolver = async (hostname) => {
    const n = calls.filter((h) => h === hostname).length;
    calls.push(hostname);
    const entry = table[hostname];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    const answer = (
      Array.isArray(entry[0]) ? (entry as string[][])[Math.min(n, entry.length - 1)]! : (entry as string[])
    ) as string[];
    return answer.map((address): ResolvedAddress => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { resolve, calls };
}

describe("delivery-time check of what a host name resolves to", () => {
  // The names pass the save-time check (they spell nothing); only their DNS answers give them away.
  const { resolve } = tableResolver({
    "metadata.hooks.example.com": ["169.254.169.254"],
    "intranet.hooks.example.com": ["10.0.0.1"],
    "office.hooks.example.com": ["192.168.10.20"],
    "cgnat.hooks.example.com": ["100.64.3.4"],
    "bench.hooks.example.com": ["198.18.0.1"],
    "multicast.hooks.example.com": ["224.0.0.1"],
    "self.hooks.example.com": ["127.0.0.1"],
    "zero.hooks.example.com": ["0.0.0.0"],
    "ula.hooks.example.com": ["fd00::5"],
    "linklocal6.hooks.example.com": ["fe80::1"],
    "mapped.hooks.example.com": ["::ffff:10.0.0.1"],
    "mixed.hooks.example.com": ["93.184.216.34", "10.0.0.1"],
    "public.hooks.example.com": ["93.184.216.34"],
  });
  const policy = { resolve, allowHosts: [] };

  test.each([
    ["metadata.hooks.example.com", /169\.254\.169\.254, a link-local/],
    ["intranet.hooks.example.com", /10\.0\.0\.1, a private/],
    ["office.hooks.example.com", /192\.168\.10\.20, a private/],
    ["cgnat.hooks.example.com", /carrier-grade NAT/],
    ["bench.hooks.example.com", /benchmarking/],
    ["multicast.hooks.example.com", /multicast/],
    ["self.hooks.example.com", /loopback/],
    ["zero.hooks.example.com", /unspecified/],
    ["ula.hooks.example.com", /unique-local/],
    ["linklocal6.hooks.example.com", /link-local/],
    ["mapped.hooks.example.com", /IPv4-mapped private/],
    ["mixed.hooks.example.com", /10\.0\.0\.1, a private/],
  ])("a name resolving to a refused address (%s) is refused before any connection", async (host, reason) => {
    const refusal = vetTarget(new URL(`https://${host}/hook`), policy);
    await expect(refusal).rejects.toBeInstanceOf(DeliveryRefusedError);
    await expect(refusal).rejects.toThrow(reason);
  });

  test.each([
    ["https://169.254.169.254.nip.io/latest/meta-data/", /link-local/],
    ["https://10.0.0.1.sslip.io/", /private/],
    ["https://metadata.google.internal/computeMetadata/v1/", /internal/],
    ["https://169.254.169.254/latest/meta-data/", /link-local/],
    ["https://[::ffff:169.254.169.254]/", /IPv4-mapped link-local/],
  ])("an endpoint saved before the URL check (%s) is still refused at delivery", async (url, reason) => {
    await expect(vetTarget(new URL(url), policy)).rejects.toThrow(reason);
  });

  test.each([
    ["a9fea9fe.nip.io", /169\.254\.169\.254, a link-local/],
    ["app.0a000001.nip.io", /10\.0\.0\.1, a private/],
    ["customer.c0a80001.sslip.io", /192\.168\.0\.1, a private/],
  ])(
    "a wildcard-DNS name in hex form (%s), which no text check sees, is refused by what it resolves to",
    async (host, reason) => {
      // As the wildcard DNS service answers: the address the hex digits spell.
      const wildcard: Resolver = async (name) => {
        const hex = /(?:^|\.)([0-9a-f]{8})\./.exec(name)![1]!;
        return [{ address: [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16)).join("."), family: 4 }];
      };
      await expect(
        vetTarget(new URL(`https://${host}/`), { resolve: wildcard, allowHosts: [] }),
      ).rejects.toThrow(reason);
    },
  );

  test("a public answer is the address to connect to", async () => {
    expect(await vetTarget(new URL("https://public.hooks.example.com/hook"), policy)).toEqual({
      address: "93.184.216.34",
      family: 4,
    });
  });

  test("plain http to a public name is refused; the test allow-list admits 127.0.0.1 over http", async () => {
    await expect(vetTarget(new URL("http://public.hooks.example.com/hook"), policy)).rejects.toThrow(
      /plain http/,
    );
    expect(
      await vetTarget(new URL("http://127.0.0.1:4000/hook"), { resolve, allowHosts: ["127.0.0.1"] }),
    ).toEqual({ address: "127.0.0.1", family: 4 });
    await expect(vetTarget(new URL("http://127.0.0.1:4000/hook"), policy)).rejects.toThrow(/loopback|https/);
  });

  test("DNS rebinding: the first answer is checked and pinned; a second, private answer is never asked for or used", async () => {
    const rebinding = tableResolver({ "rebind.hooks.example.com": [["93.184.216.34"], ["169.254.169.254"]] });
    const target = await vetTarget(new URL("https://rebind.hooks.example.com/hook"), {
      resolve: rebinding.resolve,
      allowHosts: [],
    });
    expect(target).toEqual({ address: "93.184.216.34", family: 4 });
    const lookup = pinnedLookup("rebind.hooks.example.com", target);
    // The socket asks again (once with all: true as Node's happy-eyeballs connect does, once without): both get the vetted address.
    const all = await new Promise<LookupAddress[]>((ok, fail) =>
      lookup("rebind.hooks.example.com", { all: true }, (e, a) => (e ? fail(e) : ok(a as LookupAddress[]))),
    );
    const one = await new Promise<string>((ok, fail) =>
      lookup("rebind.hooks.example.com", {}, (e, a) => (e ? fail(e) : ok(a as string))),
    );
    expect(all).toEqual([{ address: "93.184.216.34", family: 4 }]);
    expect(one).toBe("93.184.216.34");
    expect(rebinding.calls).toEqual(["rebind.hooks.example.com"]);
    // The same name checked afresh now answers privately, and is refused.
    await expect(
      vetTarget(new URL("https://rebind.hooks.example.com/hook"), {
        resolve: rebinding.resolve,
        allowHosts: [],
      }),
    ).rejects.toThrow(/link-local/);
  });

  test("the pinned lookup answers for its own host only", async () => {
    const lookup = pinnedLookup("a.example.com", { address: "93.184.216.34", family: 4 });
    await expect(
      new Promise((ok, fail) => lookup("b.example.com", {}, (e, a) => (e ? fail(e) : ok(a)))),
    ).rejects.toThrow(/unexpected lookup/);
  });
});
