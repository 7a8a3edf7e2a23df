import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { dbProvider } from "@/lib/env";
import { auditHash, GENESIS_HASH, storableJson, type AuditContent } from "@/lib/data/audit-hash";
import { isServiceActor, type Actor, type Principal, type RequestMeta } from "@/lib/data/types";

export interface AuditInput {
  action: string;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
}

// Any fixed number: the lock serialises appends so two transactions never chain onto the
// same previous row.
const AUDIT_LOCK_KEY = 734_221;

/**
 * Appends one event to the hash-chained audit trail. Always called inside the transaction
 * that makes the change, so the change and its record exist together or not at all.
 */
export async function appendAudit(
  tx: Tx,
  actor: Pick<Actor, "id" | "email"> | Principal | null,
  meta: RequestMeta,
  input: AuditInput,
): Promise<void> {
  if (dbProvider() === "postgresql") {
    await tx.$executeRawUnsafe(`SELECT 1 FROM pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  }
  const head = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = head?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    id: randomUUID(),
    at: new Date().toISOString(),
    // The service principals have no user row; the request id ("cli", "seed", "job-…") says
    // where such a change came from. null is also anonymous sign-in events.
    actorId: actor && !isServiceActor(actor) ? actor.id : null,
    actorEmail: actor && !isServiceActor(actor) ? actor.email : null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    before: storableJson(input.before ?? null),
    after: storableJson(input.after ?? null),
    requestId: meta.requestId,
    ip: meta.ip,
  };
  await tx.auditEvent.create({
    data: {
      ...content,
      at: new Date(content.at),
      before: content.before === null ? undefined : (content.before as object),
      after: content.after === null ? undefined : (content.after as object),
      prevHash,
      hash: auditHash(prevHash, content),
    },
  });
}
