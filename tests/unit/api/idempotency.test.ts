import { describe, expect, test } from "vitest";
import { checkIdempotencyKey, requestFingerprint } from "@/lib/api/idempotency-hash";
import { ValidationError } from "@/lib/errors";

describe("idempotency fingerprints", () => {
  const body = {
    fullName: "Ann Lee",
    skills: ["go", "sql"],
    workHistory: [{ employer: "Acme", title: "Dev" }],
  };

  test("key order and whitespace do not change the fingerprint", () => {
    const reordered = JSON.parse(
      JSON.stringify({
        workHistory: [{ title: "Dev", employer: "Acme" }],
        skills: ["go", "sql"],
        fullName: "Ann Lee",
      }),
    );
    expect(requestFingerprint("POST", "/api/v1/candidates", reordered)).toBe(
      requestFingerprint("post", "/api/v1/candidates", body),
    );
  });

  test.each([
    ["a changed value", { ...body, fullName: "Ann Leigh" }],
    ["a reordered array", { ...body, skills: ["sql", "go"] }],
    ["an added field", { ...body, notes: "x" }],
    ["null instead of a missing field", { ...body, notes: null }],
  ])("%s changes it", (_label, other) => {
    expect(requestFingerprint("POST", "/api/v1/candidates", other)).not.toBe(
      requestFingerprint("POST", "/api/v1/candidates", body),
    );
  });

  test("so do the method and the path", () => {
    const base = requestFingerprint("POST", "/api/v1/candidates", body);
    expect(requestFingerprint("PATCH", "/api/v1/candidates", body)).not.toBe(base);
    expect(requestFingerprint("POST", "/api/v1/cases", body)).not.toBe(base);
  });

  test("is a SHA-256 hex digest", () => {
    expect(requestFingerprint("POST", "/x", {})).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("Idempotency-Key header", () => {
  test("absent means no idempotency; a UUID is fine and trimmed", () => {
    expect(checkIdempotencyKey(null)).toBeNull();
    expect(checkIdempotencyKey(" 4f0c2c8e-1b7a-4c61-9a55-0f5a9d3c2b11 ")).toBe(
      "4f0c2c8e-1b7a-4c61-9a55-0f5a9d3c2b11",
    );
  });

  test.each([[""], ["has space"], ["é"], ["x".repeat(256)]])("%j is refused with a field error", (raw) => {
    expect(() => checkIdempotencyKey(raw)).toThrow(ValidationError);
  });
});
