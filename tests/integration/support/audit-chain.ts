import { db } from "@/lib/db";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";
import type { AuditEvent } from "@/lib/generated/sqlite/client";

/**
 * An independent check of the hash chain, written from the documented rule rather than from
 * lib/data/audit-verify.ts: each row's hash is auditHash(prevHash, content), and each row's
 * prevHash is the hash of the row before it (the first row links to GENESIS_HASH).
 */
export type ChainCheck =
  { ok: true; events: number; head: string } | { ok: false; seq: number; problem: "prevHash" | "hash" };

export function contentOf(row: AuditEvent): AuditContent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
  };
}

export function checkChain(rows: readonly AuditEvent[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const row of rows) {
    if (row.prevHash !== prev) return { ok: false, seq: row.seq, problem: "prevHash" };
    if (auditHash(row.prevHash, contentOf(row)) !== row.hash)
      return { ok: false, seq: row.seq, problem: "hash" };
    prev = row.hash;
  }
  return { ok: true, events: rows.length, head: prev };
}

/** The whole trail in chain order. */
export function allAuditRows(): Promise<AuditEvent[]> {
  return db.auditEvent.findMany({ orderBy: { seq: "asc" } });
}
