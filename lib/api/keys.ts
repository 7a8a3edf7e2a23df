import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * API key tokens: `cand_<prefix>_<secret>`. The prefix (12 hex characters) is public and
 * indexed; the secret (32 random bytes, base64url) is shown once and stored only as its
 * SHA-256. A fast hash is enough here: with 256 bits of entropy there is nothing to guess,
 * unlike a password.
 */
export const KEY_PATTERN = /^cand_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedKey {
  prefix: string;
  secret: string;
  token: string;
  secretHash: string;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function generateApiKey(): GeneratedKey {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { prefix, secret, token: `cand_${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const m = KEY_PATTERN.exec(token);
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}

/** Compares in constant time, so response timing says nothing about how much of a secret was right. */
export function secretMatches(storedHash: string, secret: string): boolean {
  const a = Buffer.from(storedHash, "hex");
  const b = Buffer.from(hashSecret(secret), "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `Authorization: Bearer <token>`; anything else is no key at all. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

/** The service account each key acts as; `.invalid` can never be a real mailbox. */
export function serviceUserEmail(prefix: string): string {
  return `api-key.${prefix}@api.candor.invalid`;
}
