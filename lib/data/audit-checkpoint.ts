import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { KeyObject } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { auditCheckpointSettings, type AuditCheckpointSettings } from "@/lib/env";
import {
  checkpointDue,
  checkpointLine,
  checkpointSignatureValid,
  keyIdOf,
  parseCheckpointLine,
  parsePublicKey,
  parseSigningKey,
  publicKeyPem,
  signCheckpoint,
  type Checkpoint,
  type SigningKey,
} from "@/lib/audit/checkpoint";
import { SYSTEM_ACTOR, type Actor, type Principal } from "@/lib/data/types";

/**
 * Writing and reading signed audit checkpoints (see lib/audit/checkpoint.ts). Signing happens
 * outside every write transaction: a background tick (instrumentation.ts) calls
 * maybeWriteCheckpoint(), and `npm run cli -- audit checkpoint` calls writeCheckpoint().
 * Each checkpoint goes to the AuditCheckpoint table and, when CANDOR_AUDIT_CHECKPOINT_FILE is
 * set, is appended to that file: the copy that someone with only database access cannot rewrite.
 */
export interface CheckpointSetup {
  signing: SigningKey | null;
  /** The key checkpoints are verified with: the signing key's public half, or CANDOR_AUDIT_PUBLIC_KEY. */
  verifyKey: KeyObject | null;
  file: string | null;
  every: number;
  minutes: number;
  /** Why checkpoints are off or cannot be verified; null when all is configured. */
  warning: string | null;
}

export function loadCheckpointSetup(s: AuditCheckpointSettings): CheckpointSetup {
  const base = { file: s.file, every: s.every, minutes: s.minutes };
  let signing: SigningKey | null = null;
  let verifyKey: KeyObject | null = null;
  let warning: string | null = null;
  try {
    if (s.signingKey) signing = parseSigningKey(s.signingKey);
    else if (s.signingKeyFile) signing = parseSigningKey(fs.readFileSync(s.signingKeyFile, "utf8"));
    verifyKey = s.publicKey ? parsePublicKey(s.publicKey) : (signing?.publicKey ?? null);
  } catch (e) {
    // A bad key must not take the server down: checkpoints stop, and verify and the audit page say why.
    const source = s.signingKey ? "CANDOR_AUDIT_SIGNING_KEY" : s.signingKeyFile ? `the key file ${s.signingKeyFile}` : "CANDOR_AUDIT_PUBLIC_KEY";
    return { ...base, signing: null, verifyKey: null, warning: `Audit checkpoints are off: ${source} could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!signing && !verifyKey) warning = "Audit checkpoints are off: no signing key is configured (CANDOR_AUDIT_SIGNING_KEY or CANDOR_AUDIT_SIGNING_KEY_FILE), so truncation and re-chaining of the trail cannot be detected";
  else if (!signing) warning = "No signing key here (verify-only): this process checks checkpoints but writes none";
  else if (verifyKey && keyIdOf(verifyKey) !== signing.keyId) warning = "CANDOR_AUDIT_PUBLIC_KEY is not the public half of the signing key";
  return { ...base, signing, verifyKey, warning };
}

let cached: CheckpointSetup | undefined;

/** The process's setup from the environment, read once. */
export function checkpointSetup(): CheckpointSetup {
  cached ??= loadCheckpointSetup(auditCheckpointSettings());
  return cached;
}

export type CheckpointSource = "file" | "table";

/** The newest checkpoint from the file when one is configured, else from the table; unverified. */
export async function latestCheckpoint(setup: Pick<CheckpointSetup, "file">, db: Db = defaultDb): Promise<{ checkpoint: Checkpoint; source: CheckpointSource } | { checkpoint: null; source: CheckpointSource; problem?: string }> {
  if (setup.file) {
    let text: string;
    try {
      text = fs.readFileSync(setup.file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return { checkpoint: null, source: "file" };
      // Unreadable is not "no checkpoint": verification must fail rather than pass unchecked.
      return { checkpoint: null, source: "file", problem: `${setup.file} cannot be read (${code ?? String(e)})` };
    }
    const last = text.split("\n").filter((l) => l.trim()).at(-1);
    if (last === undefined) return { checkpoint: null, source: "file" };
    const checkpoint = parseCheckpointLine(last);
    // An unreadable last line is itself tampering (or a torn write): never skip back to an older one silently.
    return checkpoint ? { checkpoint, source: "file" } : { checkpoint: null, source: "file", problem: `the last line of ${setup.file} is not a checkpoint` };
  }
  const row = await db.auditCheckpoint.findFirst({ orderBy: [{ seq: "desc" }, { at: "desc" }] });
  if (!row) return { checkpoint: null, source: "table" };
  return { checkpoint: { seq: row.seq, headHash: row.headHash, at: row.at.toISOString(), keyId: row.keyId, signature: row.signature }, source: "table" };
}

export type CheckpointWrite = { written: Checkpoint } | { skipped: string };

/** Signs the trail's current head now, unless there is nothing new since the last checkpoint. */
export async function writeCheckpoint(actor: Principal, setup: CheckpointSetup = checkpointSetup(), now = new Date(), db: Db = defaultDb): Promise<CheckpointWrite> {
  assertCan(actor, "audit:checkpoint");
  if (!setup.signing) return { skipped: setup.warning ?? "no signing key" };
  const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  if (!head) return { skipped: "the audit trail is empty" };
  const last = await db.auditCheckpoint.findFirst({ orderBy: [{ seq: "desc" }, { at: "desc" }], select: { seq: true, headHash: true } });
  if (last && last.seq === head.seq && last.headHash === head.hash) return { skipped: `event #${head.seq} is already checkpointed` };
  const checkpoint = signCheckpoint(setup.signing, { seq: head.seq, headHash: head.hash, at: now });
  if (setup.file) {
    fs.mkdirSync(path.dirname(path.resolve(setup.file)), { recursive: true });
    fs.appendFileSync(setup.file, checkpointLine(checkpoint), { mode: 0o600 });
  }
  await db.auditCheckpoint.create({ data: { seq: checkpoint.seq, headHash: checkpoint.headHash, at: new Date(checkpoint.at), keyId: checkpoint.keyId, signature: checkpoint.signature } });
  return { written: checkpoint };
}

/** The periodic check: a checkpoint after `every` new events, or `minutes` after the last one. */
export async function maybeWriteCheckpoint(actor: Principal, setup: CheckpointSetup = checkpointSetup(), now = new Date(), db: Db = defaultDb): Promise<CheckpointWrite> {
  assertCan(actor, "audit:checkpoint");
  if (!setup.signing) return { skipped: setup.warning ?? "no signing key" };
  const last = await db.auditCheckpoint.findFirst({ orderBy: [{ seq: "desc" }, { at: "desc" }], select: { seq: true, at: true } });
  const newEvents = await db.auditEvent.count({ where: last ? { seq: { gt: last.seq } } : {} });
  if (!checkpointDue(newEvents, last?.at.toISOString() ?? null, now, setup)) return { skipped: "not due" };
  return writeCheckpoint(actor, setup, now, db);
}

const loop = globalThis as unknown as { candorCheckpointLoop?: NodeJS.Timeout };

/** Started once per server; without a key it warns once and stays off. Timers are unref'd. */
export function startAuditCheckpointer(intervalMs = 30_000): void {
  if (loop.candorCheckpointLoop) return;
  let setup: CheckpointSetup;
  try {
    setup = checkpointSetup();
  } catch (e) {
    console.error("[audit] checkpoints are off: invalid settings", e);
    return;
  }
  if (!setup.signing) {
    console.warn(`[audit] ${setup.warning}`);
    return;
  }
  const tick = async () => {
    try {
      await maybeWriteCheckpoint(SYSTEM_ACTOR, setup);
    } catch (e) {
      console.error("[audit] checkpoint failed", e);
    }
    loop.candorCheckpointLoop = setTimeout(tick, intervalMs).unref();
  };
  // The first look soon after start, so a restart does not leave the head unsigned for a whole interval.
  loop.candorCheckpointLoop = setTimeout(tick, 5_000).unref();
}

export interface CheckpointStatusView {
  warning: string | null;
  publicKeyPem: string | null;
  keyId: string | null;
  every: number;
  minutes: number;
  /** signatureValid is null when there is no key to check it with. */
  latest: { seq: number; headHash: string; at: string; source: CheckpointSource; signatureValid: boolean | null } | null;
  problem: string | null;
}

/** What the audit page shows: the public key to verify with and the newest checkpoint. */
export async function getCheckpointStatus(actor: Actor, setup: CheckpointSetup = checkpointSetup()): Promise<CheckpointStatusView> {
  assertCan(actor, "audit:read");
  const latest = await latestCheckpoint(setup, defaultDb);
  const key = setup.verifyKey;
  return {
    warning: setup.warning,
    publicKeyPem: key ? publicKeyPem(key) : null,
    keyId: key ? keyIdOf(key) : null,
    every: setup.every,
    minutes: setup.minutes,
    latest: latest.checkpoint
      ? { seq: latest.checkpoint.seq, headHash: latest.checkpoint.headHash, at: latest.checkpoint.at, source: latest.source, signatureValid: key ? checkpointSignatureValid(key, latest.checkpoint) : null }
      : null,
    problem: "problem" in latest ? (latest.problem ?? null) : null,
  };
}
