import { describe, expect, test } from "vitest";
import {
  bearerToken,
  generateApiKey,
  hashSecret,
  KEY_PATTERN,
  parseApiKey,
  secretMatches,
} from "@/lib/api/keys";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/api/cursor";
import { newApiKeySchema, parseScopes } from "@/lib/api/scopes";
import { ValidationError } from "@/lib/errors";

describe("API key tokens", () => {
  test("a generated key parses back to its prefix and secret, and only the hash matches", () => {
    const key = generateApiKey();
    expect(key.token).toMatch(KEY_PATTERN);
    expect(parseApiKey(key.token)).toEqual({ prefix: key.prefix, secret: key.secret });
    expect(key.secretHash).toBe(hashSecret(key.secret));
    expect(key.secretHash).not.toContain(key.secret);
    expect(secretMatches(key.secretHash, key.secret)).toBe(true);
    expect(secretMatches(key.secretHash, `${key.secret.slice(0, -1)}A`)).toBe(key.secret.endsWith("A"));
  });

  test("keys are unique", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateApiKey().token));
    expect(tokens.size).toBe(200);
  });

  test.each([["cand_abc_def"], ["sk_live_123"], [""], [`cand_${"0".repeat(12)}_${"a".repeat(42)}`]])(
    "%j is not a key",
    (token) => {
      expect(parseApiKey(token)).toBeNull();
    },
  );

  test("the bearer scheme is case-insensitive; other schemes are not keys", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});

describe("scopes", () => {
  test("accepts an array or a comma-separated list, in canonical order, without duplicates", () => {
    expect(
      newApiKeySchema.parse({ name: " ATS ", scopes: "cases:read, candidates:read,cases:read" }),
    ).toEqual({ name: "ATS", scopes: ["candidates:read", "cases:read"] });
    expect(newApiKeySchema.safeParse({ name: "ATS", scopes: [] }).success).toBe(false);
    expect(newApiKeySchema.safeParse({ name: "ATS", scopes: ["admin"] }).success).toBe(false);
    expect(newApiKeySchema.safeParse({ name: "", scopes: ["cases:read"] }).success).toBe(false);
  });

  test("stored scopes ignore anything unknown", () => {
    expect(parseScopes("candidates:read,root,cases:read")).toEqual(["candidates:read", "cases:read"]);
  });
});

describe("keyset cursors", () => {
  test("round-trip a position", () => {
    const position = { at: new Date("2026-11-25T10:00:00.123Z"), id: "cm0abc" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  test.each([
    ["not-base64!"],
    [Buffer.from("[1,2]").toString("base64url")],
    [Buffer.from('["nope","x"]').toString("base64url")],
    [""],
  ])("%j is refused with a cursor field error", (cursor) => {
    try {
      decodeCursor(cursor);
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fieldErrors).toHaveProperty("cursor");
    }
  });

  test("a page keeps `limit` rows and points past the last one only when there is more", () => {
    const rows = [3, 2, 1].map((n) => ({ id: `r${n}`, at: new Date(n * 1000) }));
    const full = pageOf(rows, 2, (r) => r);
    expect(full.items.map((r) => r.id)).toEqual(["r3", "r2"]);
    expect(decodeCursor(full.nextCursor!)).toEqual({ id: "r2", at: new Date(2000) });
    expect(pageOf(rows, 3, (r) => r).nextCursor).toBeNull();
  });
});
