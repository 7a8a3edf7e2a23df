import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { endpointUrlProblem, generateSecret, MAX_ATTEMPTS, retryDelaySeconds, signatureHeader, verifySignature } from "@/lib/webhooks/signing";

const body = JSON.stringify({ event: "candidate.scored", occurredAt: "2026-11-25T12:00:00.000Z", data: { candidateId: "c1", total: 71 } });
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
    expect(verifySignature(key, signatureHeader(secret, body, now), received, { now: new Date(now.getTime() + later) })).toBe(false);
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
  test.each([
    ["https://hooks.example.com/candor", false, null],
    ["https://hooks.example.com/candor", true, null],
    ["http://localhost:4000/hook", false, null],
    ["http://127.0.0.1:4000/hook", false, null],
    ["http://localhost:4000/hook", true, /https/],
    ["http://hooks.example.com/candor", false, /https/],
    ["ftp://hooks.example.com", false, /https/],
    ["not a url", false, /full URL/],
    ["https://user:pw@hooks.example.com", true, /credentials/],
    ["https://hooks.example.com/#x", true, /fragment/],
    ["https://10.0.0.5/hook", true, /private/],
    ["https://192.168.1.2/hook", true, /private/],
    ["https://169.254.169.254/latest", true, /private/],
    ["https://localhost/hook", true, /private/],
    ["https://[::1]/hook", true, /private/],
    ["https://10.0.0.5/hook", false, null],
  ] as const)("%s (production %s)", (url, production, problem) => {
    const found = endpointUrlProblem(url, { production });
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
