import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/data/api-keys";
import { configureApiRateLimiter, rateLimitConfigFromEnv } from "@/lib/api/rate-limit";
import { apiErrorBody, candidateWriteResult } from "@/lib/api/schemas";
import { candidateInputSchema, type CandidateProfile } from "@/lib/schemas/candidate";
import * as collection from "@/app/api/v1/candidates/route";
import * as item from "@/app/api/v1/candidates/[id]/route";
import { candidateInput, createActor, redFlagInput, requestMeta, uid } from "./support/fixtures";
import {
  acceptableJson,
  CURRENT_VERSION,
  describeCase,
  encodeBody,
  fuzzCases,
  PROFILE_FIELDS,
  setOwn,
  type FuzzCase,
} from "./support/malformed-bodies";

/**
 * Fuzzing the write endpoints: every generated body must be answered with a 4xx in the one
 * error shape and leave nothing behind, unless the schema says it is valid, in which case it
 * must be saved exactly as the schema parses it. The property checks each answer; the row
 * counts of every table a write touches are compared once around the whole run.
 */
const RUNS = 1_000;
const TIMEOUT_MS = 240_000;

let key: string;

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 100_000, perMinute: 100_000 });
  const admin = await createActor("admin");
  key = (
    await createApiKey(
      admin,
      { name: `Fuzz ${uid()}`, scopes: ["candidates:read", "candidates:write"] },
      requestMeta(),
    )
  ).token;
});
afterAll(() => {
  configureApiRateLimiter(rateLimitConfigFromEnv());
});

function build(
  path: string,
  method: string,
  c: FuzzCase,
  version: number,
): { request: Request; bytes: Uint8Array<ArrayBuffer> } {
  const headers = new Headers(c.headers);
  headers.set("authorization", `Bearer ${key}`);
  if (c.contentType !== null) headers.set("content-type", c.contentType);
  if (c.ifMatchCurrent) headers.set("if-match", `"${version}"`);
  const bytes = encodeBody(c, version);
  return { bytes, request: new Request(`http://localhost/api/v1${path}`, { method, headers, body: bytes }) };
}

/** Writes a valid body may legitimately make: the candidates it touched and the requests that made them. */
interface Ledger {
  candidates: string[];
  requestIds: string[];
  /** Other candidates an accepted write re-scored because it added or removed a detail they share (reuse is two-sided). */
  relinked: string[];
}

/** Records an accepted write, and the other candidates its transaction re-scored, as the audit trail names them. */
async function accepted(l: Ledger, requestId: string): Promise<void> {
  l.requestIds.push(requestId);
  const scored = await db.auditEvent.findMany({
    where: { requestId, action: "score.computed" },
    select: { targetId: true },
  });
  for (const e of scored)
    if (e.targetId && !l.candidates.includes(e.targetId) && !l.relinked.includes(e.targetId))
      l.relinked.push(e.targetId);
}

/** Rows of every table a candidate write touches, leaving out what the ledger's accepted writes made. */
async function untouchedRows(l: Ledger) {
  const notTheirs = { candidateId: { notIn: l.candidates } };
  // A re-scored candidate gains a score (and may open a case, or re-screen); nothing else of theirs changes.
  const notScoredByThem = { candidateId: { notIn: [...l.candidates, ...l.relinked] } };
  const counts = await Promise.all([
    db.user.count(),
    db.apiKey.count(),
    db.candidate.count({ where: { id: { notIn: l.candidates } } }),
    db.workHistory.count({ where: notTheirs }),
    db.candidateIdentifier.count({ where: notTheirs }),
    db.score.count({ where: notScoredByThem }),
    db.case.count({ where: notScoredByThem }),
    db.watchlistHit.count({ where: notScoredByThem }),
    db.auditEvent.count({ where: { OR: [{ requestId: null }, { requestId: { notIn: l.requestIds } }] } }),
    db.webhookDelivery.count({
      where: { AND: [...l.candidates, ...l.relinked].map((id) => ({ NOT: { payload: { contains: id } } })) },
    }),
    db.idempotencyRecord.count(),
  ]);
  const names = [
    "users",
    "apiKeys",
    "candidates",
    "workHistory",
    "identifiers",
    "scores",
    "cases",
    "watchlistHits",
    "audit",
    "webhookOutbox",
    "idempotency",
  ];
  return Object.fromEntries(names.map((n, i) => [n, counts[i]]));
}

/** Checks the answer: never 5xx; the success shape when accepted, else a 4xx in the one error shape. Returns the body. */
async function checkAnswer(
  res: Response,
  c: FuzzCase,
  accepted: boolean,
  okStatus: number,
): Promise<unknown> {
  const what = `${describeCase(c)} → ${res.status}`;
  expect(res.status, what).toBeLessThan(500);
  expect(res.headers.get("content-type"), what).toMatch(/^application\/json/);
  const body: unknown = await res.json();
  if (accepted) {
    expect(res.status, what).toBe(okStatus);
    expect(candidateWriteResult.safeParse(body).success, what).toBe(true);
    return body;
  }
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(apiErrorBody.safeParse(body).success, `${what}: ${JSON.stringify(body)}`).toBe(true);
  const { error } = body as { error: Record<string, unknown> };
  expect(Object.keys(body as object), what).toEqual(["error"]);
  expect(Object.keys(error).sort(), what).toEqual(["code", "fields", "message", "requestId"]);
  expect(res.headers.get("x-request-id"), what).toBe(error.requestId);
  return body;
}

/** A valid profile may still be refused because another candidate holds its external id. */
async function externalIdTaken(profile: CandidateProfile, exceptId?: string): Promise<boolean> {
  if (!profile.externalId) return false;
  const other = await db.candidate.findUnique({
    where: { externalId: profile.externalId },
    select: { id: true },
  });
  return other !== null && other.id !== exceptId;
}

async function expectTakenExternalId(res: Response, c: FuzzCase): Promise<void> {
  const body = await checkAnswer(res, c, false, 0);
  expect(body, describeCase(c)).toMatchObject({
    error: { code: "validation_failed", fields: { externalId: expect.any(Array) } },
  });
}

/** Numbers within 1e-10: both providers keep about 16 significant digits of a double, not the 17 a round trip needs. */
function approx(v: unknown): unknown {
  if (typeof v === "number") return expect.closeTo(v, 10);
  if (Array.isArray(v)) return v.map(approx);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, approx(x)]));
  return v;
}

/** Checks the stored profile and version, and returns the profile as stored (what the next merge patch applies to). */
async function expectStored(
  id: string,
  profile: CandidateProfile,
  version: number,
): Promise<Record<string, unknown>> {
  const row = await db.candidate.findUniqueOrThrow({
    where: { id },
    select: { profile: true, version: true },
  });
  expect(row.version).toBe(version);
  expect(row.profile).toEqual(approx(JSON.parse(JSON.stringify(profile))));
  return row.profile as Record<string, unknown>;
}

describe("POST /api/v1/candidates under fuzzing", () => {
  const badIdempotencyKey = fc.constantFrom("has spaces", "", "x".repeat(256), "caf\u00e9", "a\u007fb");
  const headers = fc.oneof(
    { weight: 9, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: badIdempotencyKey.map((k) => ({ "Idempotency-Key": k })) },
  );
  // A fresh identity per body: valid bodies sharing an email or phone would make each new
  // candidate's identity-reuse check heavier than the last.
  const valid = fc
    .record({
      base: fc.constantFrom<Record<string, unknown>>({ ...candidateInput() }, { ...redFlagInput() }),
      id: fc.uuid(),
      phone: fc.integer({ min: 2_000_000_000, max: 9_999_999_999 }),
    })
    .map(({ base, id, phone }) => ({
      ...base,
      fullName: `Fuzz ${id}`,
      email: `fuzz.${id}@example.com`,
      phone: `+1 ${phone}`,
      residenceAddress: `${id} Fuzz Street, Austin, TX 78704`,
      ...(base.cryptoWallet ? { cryptoWallet: `0x${id.replace(/-/g, "")}` } : {}),
    }));
  const cases = fuzzCases(valid, PROFILE_FIELDS, headers, fc.constant(false));

  test(
    `${RUNS} malformed bodies: never a 5xx, never a write`,
    async () => {
      const ledger: Ledger = { candidates: [], requestIds: [], relinked: [] };
      const before = await untouchedRows(ledger);
      let created = 0;
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          const { request, bytes } = build("/candidates", "POST", c, 1);
          const json = request.headers.has("idempotency-key")
            ? undefined
            : acceptableJson(request.headers.get("content-type"), bytes);
          const parsed = json ? candidateInputSchema.safeParse(json.value) : undefined;
          const profile = parsed?.success ? parsed.data : undefined;
          const taken = profile !== undefined && (await externalIdTaken(profile));
          const res = await collection.POST(request, { params: Promise.resolve({}) });
          if (taken) return expectTakenExternalId(res, c);
          const body = await checkAnswer(res, c, profile !== undefined, 201);
          if (!profile) return;
          const { id } = body as { id: string };
          ledger.candidates.push(id);
          await accepted(ledger, res.headers.get("x-request-id")!);
          created++;
          await expectStored(id, profile, 1);
        }),
        { numRuns: RUNS },
      );
      expect(await untouchedRows(ledger)).toEqual(before);
      expect(created).toBe(ledger.candidates.length);
    },
    TIMEOUT_MS,
  );
});

describe("PATCH /api/v1/candidates/{id} under fuzzing", () => {
  const target = { id: "", version: 0, profile: {} as Record<string, unknown> };
  const source: Record<string, unknown> = { ...redFlagInput() };

  beforeAll(async () => {
    const res = await collection.POST(
      build(
        "/candidates",
        "POST",
        {
          label: "target",
          body: { json: candidateInput() },
          contentType: "application/json",
          headers: {},
          ifMatchCurrent: false,
          [fc.toStringMethod]: () => "target",
        },
        1,
      ).request,
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(201);
    const row = await db.candidate.findUniqueOrThrow({
      where: { id: ((await res.json()) as { id: string }).id },
      select: { id: true, version: true, profile: true },
    });
    Object.assign(target, {
      id: row.id,
      version: row.version,
      profile: row.profile as Record<string, unknown>,
    });
  });

  /** A valid patch: some fields of another valid profile, with the version in the body most of the time. */
  const validPatch = fc
    .tuple(fc.subarray(Object.keys(source), { maxLength: 8 }), fc.boolean(), fc.boolean())
    .map(([keys, inBody, orHeaderOnly]) => {
      const patch: Record<string, unknown> = {};
      for (const k of keys) setOwn(patch, k, source[k]);
      if (inBody || !orHeaderOnly) setOwn(patch, "version", CURRENT_VERSION);
      return patch;
    });
  const badIfMatch = fc.constantFrom(
    "*",
    'W/"x"',
    '"abc"',
    '"0"',
    '"1234567890"',
    "1, 2",
    '"-1"',
    "",
    "null",
  );
  const headers = fc.oneof(
    { weight: 9, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: badIfMatch.map((v) => ({ "If-Match": v })) },
  );
  const cases = fuzzCases(validPatch, [...PROFILE_FIELDS, "version"], headers, fc.boolean());

  /** What the target becomes if the API must accept this patch (JSON merge patch from the current version), else undefined. */
  function patched(
    json: { value: unknown } | undefined,
    ifMatch: string | null,
  ): CandidateProfile | undefined {
    if (!json || typeof json.value !== "object" || json.value === null || Array.isArray(json.value))
      return undefined;
    const patch = json.value as Record<string, unknown>;
    const header = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch ?? "");
    const versions = [patch.version, header ? Number(header[1]) : undefined].filter((v) => v !== undefined);
    if (versions.length === 0 || versions.some((v) => v !== target.version)) return undefined;
    const merged: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(target.profile)) setOwn(merged, k, v);
    for (const [k, v] of Object.entries(patch)) {
      if (k === "version") continue;
      if (v === null) delete merged[k];
      else setOwn(merged, k, v);
    }
    const parsed = candidateInputSchema.safeParse(merged);
    return parsed.success ? parsed.data : undefined;
  }

  test(
    `${RUNS} malformed patches: never a 5xx, never a write`,
    async () => {
      const ledger: Ledger = { candidates: [target.id], requestIds: [], relinked: [] };
      const before = await untouchedRows(ledger);
      const start = {
        version: target.version,
        profile: target.profile,
        scores: await db.score.count({ where: { candidateId: target.id } }),
      };
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          const { request, bytes } = build(`/candidates/${target.id}`, "PATCH", c, target.version);
          const profile = patched(
            acceptableJson(request.headers.get("content-type"), bytes),
            request.headers.get("if-match"),
          );
          const taken = profile !== undefined && (await externalIdTaken(profile, target.id));
          const res = await item.PATCH(request, { params: Promise.resolve({ id: target.id }) });
          if (taken) return expectTakenExternalId(res, c);
          await checkAnswer(res, c, profile !== undefined, 200);
          if (!profile) return;
          await accepted(ledger, res.headers.get("x-request-id")!);
          target.version++;
          target.profile = await expectStored(target.id, profile, target.version);
        }),
        // No shrinking: it would replay smaller cases against a target the failing run already changed.
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(await untouchedRows(ledger)).toEqual(before);
      const acceptedCount = ledger.requestIds.length;
      await expectStored(
        target.id,
        (acceptedCount === 0 ? start.profile : target.profile) as CandidateProfile,
        start.version + acceptedCount,
      );
      expect(await db.score.count({ where: { candidateId: target.id } })).toBe(start.scores + acceptedCount);
    },
    TIMEOUT_MS,
  );
});

describe("what fuzzing found, pinned", () => {
  const send = (path: string, method: string, text: string, headers: Record<string, string> = {}) =>
    new Request(`http://localhost/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
      body: text,
    });
  const post = async (text: string) => {
    const res = await collection.POST(send("/candidates", "POST", text), { params: Promise.resolve({}) });
    return {
      status: res.status,
      body: (await res.json()) as { id: string; error: { code: string; fields: Record<string, string[]> } },
    };
  };
  const patch = async (id: string, text: string) => {
    const res = await item.PATCH(send(`/candidates/${id}`, "PATCH", text), {
      params: Promise.resolve({ id }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { error: { code: string; fields: Record<string, string[]> } },
    };
  };
  const stored = (id: string) =>
    db.candidate.findUniqueOrThrow({
      where: { id },
      select: { version: true, externalId: true, profile: true },
    });

  test("a body nested 100,000 deep is a 422, not a stack overflow while fingerprinting it", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const input = candidateInput();
    for (const text of [deep, `${JSON.stringify(input).slice(0, -1)},"extra":${deep}}`]) {
      const { status, body } = await post(text);
      expect(status).toBe(422);
      expect(body.error.fields).toHaveProperty("_form");
    }
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(0);
  });

  test("U+0000 and unpaired surrogates, which PostgreSQL cannot store, are a 422 naming the field", async () => {
    const input = candidateInput();
    const { status, body } = await post(
      JSON.stringify({
        ...input,
        notes: "a\u0000b",
        fullName: "x\ud800",
        workHistory: [{ employer: "\udc00" }],
      }),
    );
    expect(status).toBe(422);
    expect(Object.keys(body.error.fields).sort()).toEqual(["fullName", "notes", "workHistory.0.employer"]);
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(0);
    // A well-formed pair (an emoji) is ordinary text.
    expect((await post(JSON.stringify({ ...candidateInput(), notes: "ok 🙂" }))).status).toBe(201);
  });

  test("a version beyond the 32-bit column is a 422, not a failed query", async () => {
    const { body: created } = await post(JSON.stringify(candidateInput()));
    for (const version of ["2147483648", "1e21"]) {
      const { status, body } = await patch(created.id, `{"version":${version},"notes":"x"}`);
      expect(status, version).toBe(422);
      expect(body.error.fields).toHaveProperty("version");
    }
    expect((await stored(created.id)).version).toBe(1);
  });

  test("__proto__ in a merge patch is an unknown key, not a way to set the fields it holds", async () => {
    const { body: created } = await post(JSON.stringify(candidateInput()));
    const { status } = await patch(
      created.id,
      `{"version":1,"__proto__":{"externalId":"smuggled-${uid()}","bankAccount":"smuggled"}}`,
    );
    expect(status).toBe(200);
    const row = await stored(created.id);
    expect(row.version).toBe(2);
    expect(row.externalId).toBeNull();
    expect(row.profile).not.toHaveProperty("externalId");
    expect(row.profile).not.toHaveProperty("bankAccount");
  });
});
