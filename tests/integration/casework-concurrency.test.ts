import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, db, type Db } from "@/lib/db";
import { decideCase } from "@/lib/data/cases";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";
import type { CaseOutcome } from "@/lib/cases/policy";
import { ConflictError } from "@/lib/errors";
import { createActor, provider, requestMeta, uid, type TestActor } from "./support/fixtures";
import { caseActions, caseRow, candidateWithCase, decision } from "./support/case-fixtures";
import { migrate } from "./setup/migrate";

/**
 * Many security leads acting on one case at once, and the audit-verify command on a database
 * whose trail was tampered with. The tampering happens on a database of this file's own (a
 * temp SQLite file, or a fresh database on the run's PostgreSQL server): the run's shared
 * database keeps its append-only trail intact for every other file.
 */

const ROOT = path.resolve(__dirname, "../..");
const LEADS = 20;

let recruiter: TestActor;
let leads: TestActor[];
beforeAll(async () => {
  recruiter = await createActor("recruiter");
  leads = await Promise.all(Array.from({ length: LEADS }, () => createActor("security_lead")));
});

describe(`${LEADS} security leads deciding one case from the same version`, () => {
  const FINAL: [CaseOutcome, string][] = [
    ["rejected", "fraud_indicators_confirmed"],
    ["escalated", "possible_insider_threat"],
    ["reported", "reported_to_fbi_ic3"],
  ];

  test("exactly one decision is recorded; every other lead gets a ConflictError", async () => {
    const { caseId } = await candidateWithCase(recruiter, "critical");
    const { version } = await caseRow(caseId);
    const attempts = leads.map((actor, i) => ({
      actor,
      outcome: FINAL[i % FINAL.length]![0],
      reasonCode: FINAL[i % FINAL.length]![1],
    }));
    const results = await Promise.allSettled(
      attempts.map((a) =>
        decideCase(a.actor, caseId, decision(version, a.outcome, a.reasonCode), requestMeta()),
      ),
    );

    const won = attempts.filter((_, i) => results[i]!.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(LEADS - 1);
    for (const e of lost) expect(e).toBeInstanceOf(ConflictError);
    expect(results.find((r) => r.status === "fulfilled")).toEqual({
      status: "fulfilled",
      value: { status: "decided" },
    });

    const winner = won[0]!;
    expect(await caseRow(caseId)).toMatchObject({
      status: "decided",
      outcome: winner.outcome,
      reasonCode: winner.reasonCode,
      decidedById: winner.actor.id,
      version: version + 1,
      pendingOutcome: null,
    });
    const decided = await db.auditEvent.findMany({
      where: { targetType: "case", targetId: caseId, action: "case.decided" },
    });
    expect(decided.map((e) => e.actorId)).toEqual([winner.actor.id]);
    expect((await caseActions(caseId)).filter((a) => a !== "case.opened")).toEqual(["case.decided"]);

    const chain = await verifyAuditChain();
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(chain).toEqual({ ok: true, events: await db.auditEvent.count(), head: head.hash });
  });

  test("clearing a critical case (four-eyes): exactly one request for approval is recorded", async () => {
    const { caseId } = await candidateWithCase(recruiter, "critical");
    const { version } = await caseRow(caseId);
    const results = await Promise.allSettled(
      leads.map((lead) =>
        decideCase(
          lead,
          caseId,
          decision(version, "cleared", "payment_in_own_name_confirmed"),
          requestMeta(),
        ),
      ),
    );

    const winners = leads.filter((_, i) => results[i]!.status === "fulfilled");
    expect(winners).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    expect(await caseRow(caseId)).toMatchObject({
      status: "awaiting_approval",
      outcome: null,
      pendingOutcome: "cleared",
      pendingById: winners[0]!.id,
      version: version + 1,
    });
    expect((await caseActions(caseId)).filter((a) => a !== "case.opened")).toEqual([
      "case.approval_requested",
    ]);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- audit verify` against `url`, as an operator would run it. */
function auditVerify(url: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "lib/cli/main.ts", "audit", "verify"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A database of this file's own, with the real migrations, dropped afterwards. */
async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-tamper-"));
    return {
      url: `file:${path.join(dir, "audit.db")}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `candor_tamper_${uid()}`;
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  return {
    url: url.toString(),
    drop: async () => void (await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

const DROP_TRIGGERS = {
  sqlite: [`DROP TRIGGER "AuditEvent_no_update"`, `DROP TRIGGER "AuditEvent_no_delete"`],
  postgresql: [`DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"`],
};

function events(): AuditContent[] {
  const actor = { actorId: "user-1", actorEmail: "lead@candor.test" };
  const base = Date.parse("2026-11-20T09:00:00.000Z");
  const rows: Omit<AuditContent, "id" | "at" | "requestId" | "ip">[] = [
    {
      actorId: null,
      actorEmail: null,
      action: "user.created",
      targetType: "user",
      targetId: "user-1",
      before: null,
      after: { email: "lead@candor.test", role: "security_lead" },
    },
    {
      ...actor,
      action: "candidate.created",
      targetType: "candidate",
      targetId: "cand-1",
      before: null,
      after: { fullName: "Ada Example", rate: 35.5, skills: ["go", "k8s"], address: { city: "Austin" } },
    },
    {
      ...actor,
      action: "score.computed",
      targetType: "candidate",
      targetId: "cand-1",
      before: null,
      after: { total: 83, band: "critical", ruleSetVersion: 1 },
    },
    {
      ...actor,
      action: "case.opened",
      targetType: "case",
      targetId: "case-1",
      before: null,
      after: { candidateId: "cand-1", band: "critical", automatic: true },
    },
    {
      ...actor,
      action: "case.assigned",
      targetType: "case",
      targetId: "case-1",
      before: { assigneeId: null, status: "open" },
      after: { assigneeId: "user-1", status: "in_review" },
    },
    {
      ...actor,
      action: "case.decided",
      targetType: "case",
      targetId: "case-1",
      before: { status: "in_review" },
      after: { outcome: "rejected", reasonCode: "fraud_indicators_confirmed" },
    },
  ];
  return rows.map((r, i) => ({
    ...r,
    id: `evt-${uid()}`,
    at: new Date(base + i * 60_000).toISOString(),
    requestId: `req-${uid()}`,
    ip: i === 0 ? null : "203.0.113.7",
  }));
}

// No signing key is configured here, so verify warns that checkpoints are off (and checks the chain alone).
const NO_KEY_WARNING = expect.stringMatching(
  /^warning: Audit checkpoints are off: no signing key is configured/,
);

describe("audit verify (the CLI) on a tampered trail", () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let scratchDb: Db;
  beforeAll(async () => {
    scratch = await scratchDatabase();
    migrate(scratch.url);
    scratchDb = createDb(scratch.url);
  });
  afterAll(async () => {
    await scratchDb?.$disconnect();
    await scratch?.drop();
  });

  test("ok on a valid chain; an edited row and a removed row are each named by seq", async () => {
    let prev = GENESIS_HASH;
    for (const content of events()) {
      const hash = auditHash(prev, content);
      await scratchDb.auditEvent.create({
        data: {
          ...content,
          at: new Date(content.at),
          before: (content.before ?? undefined) as object | undefined,
          after: (content.after ?? undefined) as object | undefined,
          prevHash: prev,
          hash,
        },
      });
      prev = hash;
    }
    const rows = await scratchDb.auditEvent.findMany({ orderBy: { seq: "asc" } });
    const seqs = rows.map((r) => r.seq);

    // Whole results, so a failure shows what the command printed.
    expect(await auditVerify(scratch.url)).toEqual({
      code: 0,
      stdout: `ok, ${rows.length} events, head ${prev}\n`,
      stderr: NO_KEY_WARNING,
    });

    // While the triggers stand, the database itself refuses the edit.
    const edit = `UPDATE "AuditEvent" SET "action" = 'case.viewed' WHERE "seq" = ${seqs[2]}`;
    await expect(scratchDb.$executeRawUnsafe(edit)).rejects.toThrow(/append-only/);
    for (const sql of DROP_TRIGGERS[provider]) await scratchDb.$executeRawUnsafe(sql);

    expect(await scratchDb.$executeRawUnsafe(edit)).toBe(1);
    expect(await auditVerify(scratch.url)).toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(
        new RegExp(
          `^broken at event #${seqs[2]} \\(${rows[2]!.id}\\) after 2 good events: .*the row was edited`,
        ),
      ),
    });

    await scratchDb.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "action" = '${rows[2]!.action}' WHERE "seq" = ${seqs[2]}`,
    );
    expect(await auditVerify(scratch.url)).toEqual({
      code: 0,
      stdout: `ok, ${rows.length} events, head ${prev}\n`,
      stderr: NO_KEY_WARNING,
    });

    expect(await scratchDb.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${seqs[3]}`)).toBe(1);
    expect(await auditVerify(scratch.url)).toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(
        new RegExp(
          `^broken at event #${seqs[4]} \\(${rows[4]!.id}\\) after 3 good events: .*a row was removed or inserted`,
        ),
      ),
    });
  });
});
