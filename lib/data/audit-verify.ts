import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";
import { checkpointSignatureValid } from "@/lib/audit/checkpoint";
import { checkpointSetup, latestCheckpoint, type CheckpointSetup, type CheckpointSource } from "@/lib/data/audit-checkpoint";

export type ChainReport =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; seq: number; id: string; problem: string };

const BATCH = 1000;

/**
 * Walks the audit trail in order and recomputes every hash. A row edited, removed or
 * inserted out of band breaks the chain at that row: its own hash no longer matches its
 * content, or its previous-hash no longer matches the row before it.
 */
export function verifyAuditChain(client: Db = defaultDb): Promise<ChainReport> {
  return walkAuditChain(client);
}

/** The chain walk, telling `visit` each row that links correctly (in order). */
async function walkAuditChain(db: Db, visit?: (row: { seq: number; hash: string }) => void): Promise<ChainReport> {
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
      visit?.(row);
    }
    after = rows[rows.length - 1]!.seq;
  }
  return { ok: true, events, head: prev };
}

export type CheckpointReport =
  /** The trail still holds event #seq with exactly the signed hash. */
  | { status: "verified"; seq: number; at: string; source: CheckpointSource; eventsAfter: number; message: string }
  /** Events the checkpoint signed are gone (the newest events were deleted). */
  | { status: "truncated"; seq: number; at: string; source: CheckpointSource; missingFrom: number; missingTo: number; message: string }
  /** Event #seq is there with another hash: the trail up to it was edited and re-hashed. */
  | { status: "rewritten"; seq: number; at: string; source: CheckpointSource; message: string }
  /** The newest checkpoint does not verify under the configured public key. */
  | { status: "forged"; source: CheckpointSource; message: string }
  /** No key (checkpoints are off) or no checkpoint yet: a warning, not a failure. */
  | { status: "skipped" | "none"; message: string };

export interface TrailReport {
  ok: boolean;
  chain: ChainReport;
  checkpoint: CheckpointReport;
}

/**
 * The hash chain (verifyAuditChain) and then the newest signed checkpoint: a database-only
 * attacker can re-chain or cut the trail consistently, but not re-sign what a checkpoint says.
 */
export async function verifyAuditTrail(setup: CheckpointSetup = checkpointSetup(), client: Db = defaultDb): Promise<TrailReport> {
  const found = setup.verifyKey ? await latestCheckpoint(setup, client) : null;
  const cp = found?.checkpoint ?? null;
  let hashAtCp: string | undefined;
  let lastBeforeCp = 0;
  let eventsAfter = 0;
  const chain = await walkAuditChain(client, (row) => {
    if (!cp) return;
    if (row.seq === cp.seq) hashAtCp = row.hash;
    else if (row.seq < cp.seq) lastBeforeCp = row.seq;
    else eventsAfter += 1;
  });
  const checkpoint: CheckpointReport =
    !chain.ok && cp && hashAtCp === undefined
      ? { status: "skipped", message: `checkpoint #${cp.seq} not compared: the chain breaks first, at event #${chain.seq}` }
      : judge(setup, found, hashAtCp, lastBeforeCp, eventsAfter);
  return { ok: chain.ok && !["truncated", "rewritten", "forged"].includes(checkpoint.status), chain, checkpoint };
}

function judge(setup: CheckpointSetup, found: Awaited<ReturnType<typeof latestCheckpoint>> | null, hashAtCp: string | undefined, lastBeforeCp: number, eventsAfter: number): CheckpointReport {
  if (!setup.verifyKey || !found) return { status: "skipped", message: setup.warning ?? "Audit checkpoints are off" };
  const { checkpoint: cp, source } = found;
  const where = source === "file" ? `the checkpoint file ${setup.file}` : "the AuditCheckpoint table";
  if (!cp) {
    if ("problem" in found && found.problem) return { status: "forged", source, message: `Refused: ${found.problem}` };
    return { status: "none", message: `No checkpoint in ${where} yet` };
  }
  if (!checkpointSignatureValid(setup.verifyKey, cp)) {
    return { status: "forged", source, message: `Refused: checkpoint #${cp.seq} in ${where} does not verify under the configured public key (key id ${cp.keyId} claimed): forged or signed by another key` };
  }
  const label = `checkpoint #${cp.seq} signed ${cp.at} (${source})`;
  if (hashAtCp === undefined) {
    const missingFrom = lastBeforeCp + 1;
    return { status: "truncated", seq: cp.seq, at: cp.at, source, missingFrom, missingTo: cp.seq, message: `events ${missingFrom}..${cp.seq} are missing: ${label} covers them, but the trail has none of them (deleted)` };
  }
  if (hashAtCp !== cp.headHash) {
    return { status: "rewritten", seq: cp.seq, at: cp.at, source, message: `the hash of event #${cp.seq} differs from ${label}: the trail up to #${cp.seq} was rewritten and re-hashed` };
  }
  return { status: "verified", seq: cp.seq, at: cp.at, source, eventsAfter, message: `${label} verified; ${eventsAfter} event(s) since` };
}
