import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createDb, db, type Db } from "@/lib/db";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";
import { verifyAuditChain, verifyAuditTrail } from "@/lib/data/audit-verify";
import {
  getCheckpointStatus,
  loadCheckpointSetup,
  maybeWriteCheckpoint,
  writeCheckpoint,
  type CheckpointSetup,
} from "@/lib/data/audit-checkpoint";
import {
  checkpointLine,
  generateKeyFile,
  parseSigningKey,
  signCheckpoint,
  type Checkpoint,
} from "@/lib/audit/checkpoint";
import { ForbiddenError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/lib/data/types";
import { createActor, provider, rejectionOf, uid } from "./support/fixtures";
import { migrate } from "./setup/migrate";

/**
 * Signed checkpoints against an attacker who can write to the database (but holds neither the
 * signing key nor the external checkpoint file). The attacks run on a database of this file's
 * own (a temp SQLite file, or a fresh database on the run's PostgreSQL server), with the
 * append-only triggers dropped as such an attacker would: the shared database keeps its trail.
 */

const ROOT = path.resolve(__dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "candor-checkpoints-"));
const keyText = generateKeyFile().text;
const key = parseSigningKey(keyText);

let scratch: Db;
let scratchUrl: string;
let dropScratch: () => Promise<void>;

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === "sqlite")
    return { url: `file:${path.join(tmp, "audit.db")}`, drop: async () => undefined };
  const name = `candor_checkpoints_${uid()}`;
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  return {
    url: url.toString(),
    drop: async () => void (await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

const DROP_TRIGGERS = {
  sqlite: [
    `DROP TRIGGER "AuditEvent_no_update"`,
    `DROP TRIGGER "AuditEvent_no_delete"`,
    `DROP TRIGGER "AuditCheckpoint_no_update"`,
    `DROP TRIGGER "AuditCheckpoint_no_delete"`,
  ],
  postgresql: [
    `DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"`,
    `DROP TRIGGER "AuditCheckpoint_no_update_delete" ON "AuditCheckpoint"`,
  ],
};

beforeAll(async () => {
  const s = await scratchDatabase();
  scratchUrl = s.url;
  dropScratch = s.drop;
  migrate(scratchUrl);
  scratch = createDb(scratchUrl);
  // The triggers stand until the attacker removes them.
  await scratch.auditEvent.create({
    data: { id: randomUUID(), action: "test.seed", prevHash: GENESIS_HASH, hash: "f".repeat(64) },
  });
  await expect(scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  await scratch.auditCheckpoint.create({
    data: { seq: 1, headHash: "f".repeat(64), at: new Date(), keyId: "k", signature: "s" },
  });
  await expect(scratch.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`)).rejects.toThrow(/append-only/);
  for (const sql of DROP_TRIGGERS[provider]) await scratch.$executeRawUnsafe(sql);
});
afterAll(async () => {
  await scratch?.$disconnect();
  await dropScratch?.();
  fs.rmSync(tmp, { recursive: true, force: true });
});

let file: string;
/** Signs with the real key; `withFile` also appends to the external checkpoint file. */
function setupWith(opts: { withFile: boolean; every?: number; minutes?: number }): CheckpointSetup {
  return loadCheckpointSetup({
    signingKey: keyText,
    signingKeyFile: null,
    publicKey: null,
    file: opts.withFile ? file : null,
    every: opts.every ?? 100,
    minutes: opts.minutes ?? 10,
  });
}

let head = GENESIS_HASH;
/** Appends `n` correctly chained events, as the application would have written them. */
async function appendEvents(n: number): Promise<number[]> {
  const base = Date.now();
  const rows = [];
  for (let i = 0; i < n; i++) {
    const content: AuditContent = {
      id: randomUUID(),
      at: new Date(base + i).toISOString(),
      actorId: "user-1",
      actorEmail: "lead@candor.test",
      action: "case.viewed",
      targetType: "case",
      targetId: `case-${i}`,
      before: null,
      after: { n: i },
      requestId: `req-${uid()}`,
      ip: "203.0.113.7",
    };
    const hash = auditHash(head, content);
    rows.push({
      ...content,
      at: new Date(content.at),
      before: undefined,
      after: content.after as object,
      prevHash: head,
      hash,
    });
    head = hash;
  }
  await scratch.auditEvent.createMany({ data: rows });
  return (await scratch.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true } })).map(
    (r) => r.seq,
  );
}

/** A fresh trail of `n` events and a fresh checkpoint file for each test. */
async function freshTrail(n: number): Promise<number[]> {
  await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent"`);
  await scratch.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`);
  head = GENESIS_HASH;
  return appendEvents(n);
}

beforeEach(() => {
  file = path.join(tmp, `checkpoints-${uid()}.jsonl`);
});

async function written(setup: CheckpointSetup, now = new Date()): Promise<Checkpoint> {
  const result = await writeCheckpoint(SYSTEM_ACTOR, setup, now, scratch);
  if (!("written" in result)) throw new Error(`no checkpoint written: ${result.skipped}`);
  return result.written;
}

describe("truncation: deleting the newest events", () => {
  test("deleting the newest 50 events is detected as the range the checkpoint covers, from the file and from the table", async () => {
    const seqs = await freshTrail(200);
    const cp = await written(setupWith({ withFile: true }));
    expect(cp.seq).toBe(seqs[199]);
    expect(await verifyAuditTrail(setupWith({ withFile: true }), scratch)).toMatchObject({
      ok: true,
      checkpoint: { status: "verified", seq: seqs[199], source: "file" },
    });

    await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" > ${seqs[149]}`);
    // The hash chain alone is fooled: what is left is a consistent, shorter chain.
    expect(await verifyAuditChain(scratch)).toMatchObject({ ok: true, events: 150 });

    for (const withFile of [true, false]) {
      const report = await verifyAuditTrail(setupWith({ withFile }), scratch);
      expect(report.ok).toBe(false);
      expect(report.checkpoint).toMatchObject({
        status: "truncated",
        seq: seqs[199],
        missingFrom: seqs[150],
        missingTo: seqs[199],
        source: withFile ? "file" : "table",
      });
      expect(report.checkpoint.message).toMatch(
        new RegExp(`^events ${seqs[150]}\\.\\.${seqs[199]} are missing`),
      );
    }
  });

  test("events deleted and new ones appended on top are still missing below the checkpoint", async () => {
    const seqs = await freshTrail(60);
    await written(setupWith({ withFile: true }));
    await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" > ${seqs[39]}`);
    // The attacker re-links new events to the shortened head, so the chain is whole again.
    const rest = (await scratch.auditEvent.findMany({ orderBy: { seq: "asc" } })).at(-1)!;
    head = rest.hash;
    await appendEvents(5);
    expect((await verifyAuditChain(scratch)).ok).toBe(true);
    expect((await verifyAuditTrail(setupWith({ withFile: true }), scratch)).checkpoint).toMatchObject({
      status: "truncated",
      missingFrom: seqs[40],
      missingTo: seqs[59],
    });
  });
});

describe("re-chaining: editing an event and re-hashing everything after it", () => {
  test("a full re-chain is detected: the hash at the checkpoint's seq differs from the signed one", async () => {
    const seqs = await freshTrail(200);
    await written(setupWith({ withFile: true }));
    // The attacker edits event #100 and recomputes every hash from there to the head.
    const rows = await scratch.auditEvent.findMany({
      where: { seq: { gte: seqs[99] } },
      orderBy: { seq: "asc" },
    });
    let prev = rows[0]!.prevHash;
    for (const [i, row] of rows.entries()) {
      const action = i === 0 ? "case.unviewed" : row.action;
      const content: AuditContent = {
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorEmail: row.actorEmail,
        action,
        targetType: row.targetType,
        targetId: row.targetId,
        before: row.before ?? null,
        after: row.after ?? null,
        requestId: row.requestId,
        ip: row.ip,
      };
      const hash = auditHash(prev, content);
      await scratch.auditEvent.update({ where: { seq: row.seq }, data: { action, prevHash: prev, hash } });
      prev = hash;
    }
    expect(await verifyAuditChain(scratch)).toMatchObject({ ok: true, events: 200 });

    for (const withFile of [true, false]) {
      const report = await verifyAuditTrail(setupWith({ withFile }), scratch);
      expect(report.ok).toBe(false);
      expect(report.checkpoint).toMatchObject({ status: "rewritten", seq: seqs[199] });
      expect(report.checkpoint.message).toMatch(
        new RegExp(`hash of event #${seqs[199]} differs from checkpoint #${seqs[199]}`),
      );
    }
  });
});

describe("forged checkpoints", () => {
  test("an attacker who truncates the trail and writes a checkpoint of the new head with their own key is refused", async () => {
    const seqs = await freshTrail(100);
    await written(setupWith({ withFile: false }));
    // The attacker cuts the trail, removes the honest checkpoint and signs the new head themselves.
    await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" > ${seqs[49]}`);
    await scratch.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`);
    const attacker = parseSigningKey(generateKeyFile().text);
    const newHead = (await scratch.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } })).hash;
    const forged = {
      ...signCheckpoint(attacker, { seq: seqs[49]!, headHash: newHead, at: new Date(Date.now() + 1000) }),
      keyId: key.keyId,
    };
    await scratch.auditCheckpoint.create({ data: { ...forged, at: new Date(forged.at) } });

    const report = await verifyAuditTrail(setupWith({ withFile: false }), scratch);
    expect(report).toMatchObject({
      ok: false,
      chain: { ok: true },
      checkpoint: { status: "forged", source: "table" },
    });
    expect(report.checkpoint.message).toMatch(/does not verify under the configured public key/);
  });

  test("a forged or garbled line appended to the checkpoint file is refused, never skipped", async () => {
    await freshTrail(20);
    const real = await written(setupWith({ withFile: true }));
    fs.appendFileSync(file, checkpointLine({ ...real, headHash: "0".repeat(64) }));
    expect((await verifyAuditTrail(setupWith({ withFile: true }), scratch)).checkpoint).toMatchObject({
      status: "forged",
      source: "file",
    });
    fs.appendFileSync(file, "{torn");
    expect(await verifyAuditTrail(setupWith({ withFile: true }), scratch)).toMatchObject({
      ok: false,
      checkpoint: { status: "forged", message: expect.stringMatching(/not a checkpoint/) },
    });
  });
});

describe("the external file", () => {
  test("defeats a database-only attacker who also deletes the checkpoint rows", async () => {
    const seqs = await freshTrail(120);
    await written(setupWith({ withFile: true }));
    await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" > ${seqs[69]}`);
    await scratch.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`);
    // With the table alone there is nothing left to compare with …
    expect((await verifyAuditTrail(setupWith({ withFile: false }), scratch)).checkpoint).toMatchObject({
      status: "none",
    });
    // … but the file still holds the signed head.
    expect(await verifyAuditTrail(setupWith({ withFile: true }), scratch)).toMatchObject({
      ok: false,
      checkpoint: { status: "truncated", missingFrom: seqs[70], missingTo: seqs[119] },
    });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("when checkpoints are written", () => {
  test("after N events or M minutes with something new, never inside a write, deterministically", async () => {
    await freshTrail(3);
    const setup = setupWith({ withFile: true, every: 5, minutes: 10 });
    const t0 = new Date("2026-12-04T12:00:00.000Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, t0, scratch)).toMatchObject({
      written: { seq: expect.any(Number) },
    });
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(1), scratch)).toEqual({ skipped: "not due" });
    await appendEvents(4);
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(2), scratch)).toEqual({ skipped: "not due" });
    await appendEvents(1);
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(3), scratch)).toMatchObject({ written: {} });
    await appendEvents(1);
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(12), scratch)).toEqual({ skipped: "not due" });
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(13), scratch)).toMatchObject({ written: {} });
    // Nothing new: no checkpoint, however long it has been.
    expect(await maybeWriteCheckpoint(SYSTEM_ACTOR, setup, at(600), scratch)).toEqual({ skipped: "not due" });
    expect(await scratch.auditCheckpoint.count()).toBe(3);
    expect(fs.readFileSync(file, "utf8").trim().split("\n")).toHaveLength(3);
  });

  test("without a signing key checkpoints are skipped with a warning, and verify checks the chain alone", async () => {
    await freshTrail(5);
    const none = loadCheckpointSetup({
      signingKey: null,
      signingKeyFile: null,
      publicKey: null,
      file: null,
      every: 100,
      minutes: 10,
    });
    expect(await writeCheckpoint(SYSTEM_ACTOR, none, new Date(), scratch)).toEqual({
      skipped: expect.stringMatching(/no signing key is configured/),
    });
    expect(await verifyAuditTrail(none, scratch)).toMatchObject({
      ok: true,
      checkpoint: { status: "skipped", message: expect.stringMatching(/checkpoints are off/) },
    });
    // A missing key file is a warning too, not a crash.
    const missing = loadCheckpointSetup({
      signingKey: null,
      signingKeyFile: path.join(tmp, "nope.json"),
      publicKey: null,
      file: null,
      every: 100,
      minutes: 10,
    });
    expect(missing).toMatchObject({ signing: null, warning: expect.stringMatching(/could not be read/) });
  });
});

describe("the audit page's checkpoint panel", () => {
  test("shows security leads and admins the public key and the newest checkpoint; a recruiter is refused", async () => {
    const [lead, admin, recruiter] = await Promise.all([
      createActor("security_lead"),
      createActor("admin"),
      createActor("recruiter"),
    ]);
    fs.writeFileSync(
      file,
      checkpointLine(
        signCheckpoint(key, { seq: 7, headHash: "ab".repeat(32), at: new Date("2026-12-04T12:00:00.000Z") }),
      ),
    );
    for (const actor of [lead, admin]) {
      expect(await getCheckpointStatus(actor, setupWith({ withFile: true }))).toMatchObject({
        warning: null,
        keyId: key.keyId,
        publicKeyPem: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----/),
        latest: { seq: 7, headHash: "ab".repeat(32), source: "file", signatureValid: true },
      });
    }
    await rejectionOf(getCheckpointStatus(recruiter, setupWith({ withFile: true })), ForbiddenError);
  });

  test("without a key it says checkpoints are off instead of failing", async () => {
    const lead = await createActor("security_lead");
    const none = loadCheckpointSetup({
      signingKey: null,
      signingKeyFile: null,
      publicKey: null,
      file: null,
      every: 100,
      minutes: 10,
    });
    expect(await getCheckpointStatus(lead, none)).toMatchObject({
      warning: expect.stringMatching(/checkpoints are off/),
      publicKeyPem: null,
      keyId: null,
    });
  });
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "lib/cli/main.ts", ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the commands", () => {
  test("audit keygen writes a 0600 key file, audit checkpoint signs the head, and audit verify names the events cut off", async () => {
    const keyFile = path.join(tmp, `key-${uid()}.json`);
    const gen = await cli(["audit", "keygen", "--out", keyFile], {});
    expect(gen).toMatchObject({ code: 0, stdout: expect.stringMatching(/-----BEGIN PUBLIC KEY-----/) });
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(await cli(["audit", "keygen", "--out", keyFile], {})).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/already exists/),
    });

    const seqs = await freshTrail(80);
    const env = {
      DATABASE_URL: scratchUrl,
      CANDOR_AUDIT_SIGNING_KEY_FILE: keyFile,
      CANDOR_AUDIT_CHECKPOINT_FILE: file,
    };
    expect(await cli(["audit", "checkpoint"], env)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^Checkpoint: event #${seqs[79]}, head ${head}`)),
    });
    expect(await cli(["audit", "verify"], env)).toEqual({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(`^ok, 80 events, head ${head}\\ncheckpoint #${seqs[79]} .* verified`),
      ),
      stderr: "",
    });

    await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" > ${seqs[29]}`);
    const verify = await cli(["audit", "verify"], env);
    expect(verify).toMatchObject({ code: 1, stdout: expect.stringMatching(/^chain intact, 30 events/) });
    expect(verify.stderr).toMatch(new RegExp(`^truncated: events ${seqs[30]}\\.\\.${seqs[79]} are missing`));
  });
});
