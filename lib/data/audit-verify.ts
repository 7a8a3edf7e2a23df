import "server-only";
import { db } from "@/lib/db";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";

export type ChainReport =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; seq: number; id: string; problem: string };

const BATCH = 1000;

/**
 * Walks the audit trail in order and recomputes every hash. A row edited, removed or
 * inserted out of band breaks the chain at that row: its own hash no longer matches its
 * content, or its previous-hash no longer matches the row before it.
 */
export async function verifyAuditChain(): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let events = 0;
  let after = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prevHash !== prev) {
        return { ok: false, events, seq: row.seq, id: row.id, problem: `previous-hash ${row.prevHash.slice(0, 12)}… does not match the hash of the row before it (${prev.slice(0, 12)}…): a row was removed or inserted` };
      }
      const content: AuditContent = {
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
      if (auditHash(row.prevHash, content) !== row.hash) {
        return { ok: false, events, seq: row.seq, id: row.id, problem: "its content does not match its hash: the row was edited" };
      }
      prev = row.hash;
      events += 1;
    }
    after = rows[rows.length - 1]!.seq;
  }
  return { ok: true, events, head: prev };
}
