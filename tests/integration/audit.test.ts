import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, getCandidate, updateCandidate } from "@/lib/data/candidates";
import { authenticate, createUser } from "@/lib/data/users";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import { appendAudit } from "@/lib/data/audit";
import { GENESIS_HASH } from "@/lib/data/audit-hash";
import type { RequestMeta } from "@/lib/data/types";
import type { AuditEvent } from "@/lib/generated/sqlite/client";
import { candidateInputSchema } from "@/lib/schemas/candidate";
import {
  candidateInput,
  createActor,
  DEFAULT_PASSWORD,
  provider,
  requestMeta,
  uid,
  type TestActor,
} from "./support/fixtures";
import { allAuditRows, checkChain } from "./support/audit-chain";

let recruiter: TestActor;
let admin: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
  admin = await createActor("admin");
});

interface Expected {
  actor: { id: string; email: string } | null;
  targetType: string;
  targetId: string | null;
  /** Matched, in order, against each event's before/after. */
  payloads: { before?: unknown; after?: unknown }[];
}

const CASES: {
  label: string;
  actions: string[];
  meta?: Partial<RequestMeta>;
  run: (meta: RequestMeta) => Promise<Expected>;
}[] = [
  {
    label: "createCandidate",
    actions: ["candidate.created", "score.computed"],
    async run(meta) {
      const input = candidateInput();
      const { id, score } = await createCandidate(recruiter, input, meta);
      const after = JSON.parse(JSON.stringify(candidateInputSchema.parse(input)));
      return {
        actor: recruiter,
        targetType: "candidate",
        targetId: id,
        payloads: [
          { before: null, after },
          { after: { total: score.total, band: score.band, ruleSetVersion: score.ruleSetVersion } },
        ],
      };
    },
  },
  {
    label: "updateCandidate",
    actions: ["candidate.updated", "score.computed"],
    async run(meta) {
      const input = candidateInput();
      const { id } = await createCandidate(recruiter, input, requestMeta());
      const { score } = await updateCandidate(
        recruiter,
        id,
        1,
        { ...input, fullName: `${input.fullName} Renamed` },
        meta,
      );
      return {
        actor: recruiter,
        targetType: "candidate",
        targetId: id,
        payloads: [
          { before: { fullName: input.fullName }, after: { fullName: `${input.fullName} Renamed` } },
          { after: { total: score.total, band: score.band } },
        ],
      };
    },
  },
  {
    label: "getCandidate (a security lead viewing)",
    actions: ["candidate.viewed"],
    async run(meta) {
      const { id } = await createCandidate(recruiter, candidateInput(), requestMeta());
      const lead = await createActor("security_lead");
      await getCandidate(lead, id, meta);
      return {
        actor: lead,
        targetType: "candidate",
        targetId: id,
        payloads: [{ before: null, after: null }],
      };
    },
  },
  {
    label: "createUser by an admin",
    actions: ["user.created"],
    async run(meta) {
      const email = `new.user.${uid()}@candor.test`;
      const { user } = await createUser(admin, { email, name: "New User", role: "security_lead" }, meta);
      return {
        actor: admin,
        targetType: "user",
        targetId: user.id,
        payloads: [{ after: { email, name: "New User", role: "security_lead" } }],
      };
    },
  },
  {
    label: "a successful sign-in",
    actions: ["auth.sign_in"],
    async run(meta) {
      const user = await createActor("recruiter");
      expect(await authenticate(user.email, DEFAULT_PASSWORD, meta)).not.toBeNull();
      return {
        actor: user,
        targetType: "user",
        targetId: user.id,
        payloads: [{ before: null, after: null }],
      };
    },
  },
  {
    label: "a sign-in with a wrong password (no IP known)",
    actions: ["auth.sign_in_failed"],
    meta: { ip: null },
    async run(meta) {
      const user = await createActor("admin");
      expect(await authenticate(user.email, "wrong password", meta)).toBeNull();
      return {
        actor: null,
        targetType: "user",
        targetId: user.id,
        payloads: [{ after: { email: user.email, reason: "bad_password" } }],
      };
    },
  },
  {
    label: "a sign-in with an unknown email",
    actions: ["auth.sign_in_failed"],
    async run(meta) {
      const email = `nobody.${uid()}@candor.test`;
      expect(await authenticate(email, "anything", meta)).toBeNull();
      return {
        actor: null,
        targetType: "user",
        targetId: null,
        payloads: [{ after: { email, reason: "unknown_email" } }],
      };
    },
  },
  {
    label: "a sign-in to a disabled account",
    actions: ["auth.sign_in_failed"],
    async run(meta) {
      const user = await createActor("recruiter");
      await db.user.update({ where: { id: user.id }, data: { disabled: true } });
      expect(await authenticate(user.email, DEFAULT_PASSWORD, meta)).toBeNull();
      return {
        actor: null,
        targetType: "user",
        targetId: user.id,
        payloads: [{ after: { email: user.email, reason: "disabled" } }],
      };
    },
  },
];

describe("what each operation records", () => {
  test.each(CASES)(
    "$label appends $actions with actor, target, request id and ip",
    async ({ actions, meta: metaOverrides, run }) => {
      const meta = requestMeta(metaOverrides);
      const started = Date.now();
      const expected = await run(meta);
      const events = await db.auditEvent.findMany({
        where: { requestId: meta.requestId },
        orderBy: { seq: "asc" },
      });

      expect(events.map((e) => e.action)).toEqual(actions);
      for (const [i, e] of events.entries()) {
        expect(e).toMatchObject({
          actorId: expected.actor?.id ?? null,
          actorEmail: expected.actor?.email ?? null,
          targetType: expected.targetType,
          targetId: expected.targetId,
          requestId: meta.requestId,
          ip: meta.ip,
        });
        expect(e.at.getTime()).toBeGreaterThanOrEqual(started - 1000);
        expect(e.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
        expect({ before: e.before, after: e.after }).toMatchObject(expected.payloads[i]!);
      }
      // Neither a password nor its hash ever reaches the trail.
      const text = JSON.stringify(events);
      expect(text).not.toContain(DEFAULT_PASSWORD);
      expect(text).not.toContain("$argon2");
    },
  );
});

describe("the hash chain", () => {
  test("numbers the database would round (more than 15 significant digits) are recorded as exact text, and the chain still verifies", async () => {
    const meta = requestMeta();
    const after = {
      rate: 123.45678901234568,
      sum: 0.1 + 0.2,
      huge: Number.MAX_VALUE,
      plain: 92.5,
      count: 3,
      nested: [{ weight: 100 / 3 }],
    };
    await db.$transaction((tx) => appendAudit(tx, recruiter, meta, { action: "test.numbers", after }));
    const row = await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } });
    expect(row.after).toEqual({
      rate: "123.45678901234568",
      sum: "0.30000000000000004",
      huge: "1.7976931348623157e+308",
      plain: 92.5,
      count: 3,
      nested: [{ weight: "33.333333333333336" }],
    });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  test("every row's hash recomputes from its content and links to the row before", async () => {
    await createCandidate(recruiter, candidateInput(), requestMeta());
    const rows = await allAuditRows();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    const check = checkChain(rows);
    expect(check).toEqual({ ok: true, events: rows.length, head: rows.at(-1)!.hash });
    // The shipped verifier agrees with the independent one.
    expect(await verifyAuditChain()).toEqual({ ok: true, events: rows.length, head: rows.at(-1)!.hash });
  });

  const TAMPERING: {
    label: string;
    tamper: (rows: AuditEvent[], i: number) => AuditEvent[];
    problem: "hash" | "prevHash";
    at: (rows: AuditEvent[], i: number) => number;
  }[] = [
    {
      label: "an edited action",
      tamper: (r, i) => r.map((row, j) => (j === i ? { ...row, action: "candidate.viewed" } : row)),
      problem: "hash",
      at: (r, i) => r[i]!.seq,
    },
    {
      label: "an edited after-state",
      tamper: (r, i) => r.map((row, j) => (j === i ? { ...row, after: { tampered: true } } : row)),
      problem: "hash",
      at: (r, i) => r[i]!.seq,
    },
    {
      label: "a removed row",
      tamper: (r, i) => r.filter((_, j) => j !== i),
      problem: "prevHash",
      at: (r, i) => r[i + 1]!.seq,
    },
    {
      label: "two swapped rows",
      tamper: (r, i) => [...r.slice(0, i), r[i + 1]!, r[i]!, ...r.slice(i + 2)],
      problem: "prevHash",
      at: (r, i) => r[i + 1]!.seq,
    },
  ];

  test.each(TAMPERING)("the check is not vacuous: it catches $label", async ({ tamper, problem, at }) => {
    const rows = await allAuditRows();
    const i = Math.floor(rows.length / 2);
    expect(checkChain(tamper(rows, i))).toEqual({ ok: false, seq: at(rows, i), problem });
  });
});

describe("the database refuses to rewrite history", () => {
  let seq: number;
  beforeAll(async () => {
    await createCandidate(recruiter, candidateInput(), requestMeta());
    seq = (await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } })).seq;
  });

  // Raw statements surface the trigger's message; through the Prisma client the SQLite adapter
  // reports the trigger's abort as a constraint violation, so there only the refusal is checked.
  const APPEND_ONLY = /append-only/;
  const ATTEMPTS: { label: string; run: () => Promise<unknown>; message: RegExp }[] = [
    {
      label: "raw UPDATE of one row",
      run: () => db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'tampered' WHERE "seq" = ${seq}`),
      message: APPEND_ONLY,
    },
    {
      label: "raw UPDATE of every row",
      run: () => db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "ip" = NULL`),
      message: APPEND_ONLY,
    },
    {
      label: "raw DELETE of one row",
      run: () => db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${seq}`),
      message: APPEND_ONLY,
    },
    {
      label: "raw DELETE of every row",
      run: () => db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`),
      message: APPEND_ONLY,
    },
    {
      label: "Prisma update",
      run: () => db.auditEvent.update({ where: { seq }, data: { actorEmail: "someone.else@candor.test" } }),
      message: /./,
    },
    {
      label: "Prisma deleteMany",
      run: () => db.auditEvent.deleteMany({ where: { seq: { lte: seq } } }),
      message: /./,
    },
    ...(provider === "postgresql"
      ? [
          {
            label: "TRUNCATE (PostgreSQL)",
            run: () => db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`),
            message: APPEND_ONLY,
          },
        ]
      : []),
  ];

  test.each(ATTEMPTS)("$label is rejected and the trail is unchanged", async ({ run, message }) => {
    const before = await allAuditRows();
    await expect(run()).rejects.toThrow(message);
    const after = await allAuditRows();
    expect(after).toEqual(before);
    expect(checkChain(after).ok).toBe(true);
  });
});
