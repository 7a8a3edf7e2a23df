import { describe, expect, test } from "vitest";
import {
  contentSecurityPolicy,
  newNonce,
  securityHeaders,
  servedOverHttps,
  STATIC_SECURITY_HEADERS,
} from "@/lib/http/security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("Content-Security-Policy against injected scripts", () => {
  test("scripts run only with the response's nonce, or loaded by one that had it", () => {
    const csp = directives(contentSecurityPolicy("abc123=="));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  });

  test.each([
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["default-src", ["'self'"]],
    ["form-action", ["'self'"]],
    ["connect-src", ["'self'"]],
  ])("%s is %j", (name, values) => {
    expect(directives(contentSecurityPolicy("n")).get(name)).toEqual(values);
  });

  test("only the development build may eval (React's dev error stacks)", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  test("every response gets a fresh, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("Strict-Transport-Security against https downgrade", () => {
  test.each([
    ["https://candor.example.com", null, true],
    [undefined, "https", true],
    ["http://127.0.0.1:3000", "https, http", true],
    ["http://127.0.0.1:3000", "HTTPS", true],
    ["http://127.0.0.1:3000", null, false],
    [undefined, "http", false],
    [undefined, null, false],
  ] as const)("app URL %s, X-Forwarded-Proto %s: %s", (url, proto, https) => {
    expect(servedOverHttps(url, proto)).toBe(https);
  });

  test("sent with the static headers when over https, and only then", () => {
    expect(securityHeaders("n", { https: true })).toMatchObject({
      ...STATIC_SECURITY_HEADERS,
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
    expect(securityHeaders("n", { https: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});
