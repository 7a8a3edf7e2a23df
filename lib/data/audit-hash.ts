import { createHash } from "node:crypto";

/** The fields of an audit event that its hash covers (everything but the row number). */
export interface AuditContent {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export const GENESIS_HASH = "0".repeat(64);

/** JSON with keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * `value` as the database gives it back. Prisma's JSON columns keep about 16 significant digits
 * of a number (0.1 + 0.2 comes back as 0.3, 1.7976931348623157e308 as null), so a number that
 * needs more is recorded as its exact decimal text; hashing the value as written would otherwise
 * fail to verify once it has been read back. Every number with 15 digits or fewer is kept as is.
 */
export function storableJson(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) && Number(value.toPrecision(15)) === value ? value + 0 : String(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, storableJson(v)]));
  }
  return value;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}
