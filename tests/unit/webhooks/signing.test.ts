import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  endpointUrlProblem,
  generateSecret,
  MAX_ATTEMPTS,
  retryDelaySeconds,
  signatureHeader,
  verifySignature,
} from "@/lib/webhooks/signing";

const body = JSON.stringify({
  event: "candidate.scored",
  occurredAt: "2026-11-25T12:00:00.000Z",
  data: { candidateId: "c1", total: 71 },
});
const secret = "whsec_test-secret";
const now = new Date("2026-11-25T12:00:00Z");

describe("webhook signatures", () => {
  test("t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'> keyed with the secret", () => {
    const header = signatureHeader(secret, body, now);
    const t = Math.floor(now.getTime() / 1000);
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  test("a receiver accepts the signature of the exact body, recently", () => {
    const header = signatureHeader(secret, body, now);
    expect(verifySignature(secret, header, body, { now })).toBe(true);
    expect(verifySignature(secret, header, body, { now: new Date(now.getTime() + 299_000) })).toBe(true);
  });

  test.each([
    ["another secret", "whsec_other", body, 0],
    ["a changed body", secret, body.replace("71", "17"), 0],
    ["a replay six minutes later", secret, body, 360_000],
  ])("a receiver rejects %s", (_label, key, received, later) => {
    expect(
      verifySignature(key, signatureHeader(secret, body, now), received, {
        now: new Date(now.getTime() + later),
      }),
    ).toBe(false);
  });

  test("malformed headers are rejected, extra v1 values (secret rotation) accepted", () => {
    expect(verifySignature(secret, undefined, body)).toBe(false);
    expect(verifySignature(secret, "v1=abc", body, { now })).toBe(false);
    expect(verifySignature(secret, "t=x,v1=zz", body, { now })).toBe(false);
    const good = signatureHeader(secret, body, now);
    const rotated = good.replace("v1=", `v1=${"0".repeat(64)},v1=`);
    expect(verifySignature(secret, rotated, body, { now })).toBe(true);
  });

  test("secrets are long, random and prefixed", () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateSecret()).not.toBe(a);
  });
});

describe("retry schedule", () => {
  test("30 s, 2 min, 10 min, 1 h, 6 h after the 1st to 5th failure; then dead", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelaySeconds)).toEqual([30, 120, 600, 3_600, 21_600, null]);
    expect(MAX_ATTEMPTS).toBe(6);
    expect(retryDelaySeconds(0)).toBe(0);
  });
});

describe("endpoint URLs", () => {
  const TEST_LIST = ["127.0.0.1"];
  test.each([
    ["https://hooks.example.com/candor", [], null],
    ["http://127.0.0.1:4000/hook", TEST_LIST, null],
    ["https://127.0.0.1:4000/hook", TEST_LIST, null],
    ["http://127.0.0.1:4000/hook", [], /https/],
    ["http://localhost:4000/hook", [], /https/],
    ["http://localhost:4000/hook", TEST_LIST, /https/],
    ["http://hooks.example.com/candor", [], /https/],
    ["ftp://hooks.example.com", [], /https/],
    ["not a url", [], /full URL/],
    ["https://user:pw@hooks.example.com", [], /credentials/],
    ["https://hooks.example.com/#x", [], /fragment/],
    ["https://10.0.0.5/hook", [], /private/],
    ["https://10.0.0.5/hook", TEST_LIST, /private/],
    ["https://192.168.1.2/hook", [], /private/],
    ["https://169.254.169.254/latest", [], /link-local/],
    ["https://198.18.0.1/hook", [], /benchmarking/],
    ["https://224.0.0.1/hook", [], /multicast/],
    ["https://localhost/hook", [], /local/],
    ["https://[::1]/hook", [], /loopback/],
    ["https://[fd00::1]/hook", [], /unique-local/],
    ["https://[::ffff:10.0.0.1]/hook", [], /IPv4-mapped private/],
    ["https://metadata.google.internal/computeMetadata/v1/", [], /internal/],
    ["https://printer.local/hook", [], /local/],
    ["https://169.254.169.254.nip.io/", [], /spells out a link-local/],
    ["https://10.0.0.1.sslip.io/", [], /spells out a private/],
    ["https://10-0-0-1.sslip.io/", [], /spells out a private/],
    ["https://0x7f000001/hook", [], /loopback/],
    ["https://2130706433/hook", [], /loopback/],
    ["https://0251.0376.0251.0376/latest", [], /link-local/],
    ["https://localhost./hook", [], /local/],
    ["https://intranet/hook", [], /fully qualified/],
    ["https://8.8.8.8.nip.io/", [], null],
  ] as const)("%s (allow-list %j)", (url, allowHosts, problem) => {
    const found = endpointUrlProblem(url, { allowHosts });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
