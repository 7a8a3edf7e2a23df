import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/data/audit-hash";
import { ValidationError } from "@/lib/errors";

/** Keys are what clients choose (a UUID is typical): visible ASCII, 1 to 255 characters. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function checkIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  const key = header.trim();
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError({ "Idempotency-Key": ["Use 1 to 255 visible ASCII characters, e.g. a UUID"] });
  }
  return key;
}

/**
 * What makes two requests "the same": method, path and the body as canonical JSON (keys sorted
 * at every level), so key order and whitespace do not matter but any value does.
 */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`, "utf8")
    .digest("hex");
}
