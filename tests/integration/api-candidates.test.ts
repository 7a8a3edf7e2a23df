import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/data/api-keys";
import { configureApiRateLimiter } from "@/lib/api/rate-limit";
import * as collection from "@/app/api/v1/candidates/route";
import * as item from "@/app/api/v1/candidates/[id]/route";
import * as score from "@/app/api/v1/candidates/[id]/score/route";
import { candidateInput, createActor, redFlagInput, requestMeta, uid } from "./support/fixtures";

/** The candidate operations of /api/v1, called as Next calls them: a Request and a params promise. */
interface Call {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
  method?: string;
}
function req(path: string, { key, body, headers = {}, method = "GET" }: Call = {}): Request {
  const h = new Headers(headers);
  if (key) h.set("authorization", `Bearer ${key}`);
  if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
  return new Request(`http://localhost/api/v1${path}`, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const noParams = params({});

let key: string;
let serviceUser: { id: string; email: string };

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 10_000, perMinute: 10_000 });
  const admin = await createActor("admin");
  const created = await createApiKey(
    admin,
    { name: `ATS ${uid()}`, scopes: ["candidates:read", "candidates:write"] },
    requestMeta(),
  );
  key = created.token;
  serviceUser = await db.user.findFirstOrThrow({
    where: { email: { contains: created.key.prefix } },
    select: { id: true, email: true },
  });
});

async function create(input: object, headers: Record<string, string> = {}) {
  const res = await collection.POST(
    req("/candidates", { method: "POST", key, body: input, headers }),
    noParams,
  );
  return {
    res,
    body: (await res.json()) as {
      id: string;
      version: number;
      score: { band: string; fired: { ruleId: string }[] };
    },
  };
}

describe("POST /candidates", () => {
  test("creates and scores a candidate as the key's service user, with Location and ETag", async () => {
    const input = redFlagInput();
    const { res, body } = await create(input);
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`http://localhost/api/v1/candidates/${body.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(body.version).toBe(1);
    expect(body.score.fired.map((f) => f.ruleId)).toContain("payment-crypto");
    const row = await db.candidate.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({
      email: input.email,
      createdById: serviceUser.id,
      latestBand: body.score.band,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { targetId: body.id, action: "candidate.created" },
    });
    expect(audit).toMatchObject({ actorId: serviceUser.id, actorEmail: serviceUser.email });
  });

  test("an Idempotency-Key retry replays the first answer and creates nothing new", async () => {
    const input = candidateInput();
    const headers = { "Idempotency-Key": `retry-${uid()}` };
    const first = await create(input, headers);
    const again = await create(JSON.parse(JSON.stringify({ ...input })), headers);
    expect(first.res.status).toBe(201);
    expect(first.res.headers.get("idempotent-replayed")).toBeNull();
    expect(again.res.status).toBe(201);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.res.headers.get("location")).toBe(first.res.headers.get("location"));
    expect(again.body).toEqual(first.body);
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(1);
  });

  test("the same Idempotency-Key with a different body is refused (422) and creates nothing", async () => {
    const headers = { "Idempotency-Key": `reuse-${uid()}` };
    await create(candidateInput(), headers);
    const other = candidateInput();
    const { res, body } = await create(other, headers);
    expect(res.status).toBe(422);
    expect(body).toMatchObject({
      error: { code: "idempotency_key_reused", fields: { "Idempotency-Key": expect.any(Array) } },
    });
    expect(await db.candidate.count({ where: { email: other.email } })).toBe(0);
  });

  test("twenty identical requests racing with one key make one candidate; every answer is its 201 or a retryable 409", async () => {
    const input = candidateInput();
    const headers = { "Idempotency-Key": `race-${uid()}` };
    const results = await Promise.all(Array.from({ length: 20 }, () => create(input, headers)));
    const firsts = results.filter((r) => r.res.status === 201 && !r.res.headers.get("idempotent-replayed"));
    expect(firsts).toHaveLength(1);
    const first = firsts[0]!;
    for (const r of results) {
      if (r.res.status === 201) {
        expect(r.body).toEqual(first.body);
        expect(r.res.headers.get("location")).toBe(first.res.headers.get("location"));
      } else {
        expect(r.res.status).toBe(409);
        expect(r.res.headers.get("retry-after")).toBe("1");
        expect(r.body).toMatchObject({ error: { code: "idempotency_in_progress" } });
      }
    }
    // A 409 is only worth its Retry-After if the retry then gets the first answer.
    const retry = await create(input, headers);
    expect(retry.res.status).toBe(201);
    expect(retry.res.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { targetId: first.body.id, action: "candidate.created" } }),
    ).toBe(1);
  });

  test("a validation failure is replayed too, so a retry gets the same answer", async () => {
    const headers = { "Idempotency-Key": `invalid-${uid()}` };
    const bad = { ...candidateInput(), email: "not-an-email" };
    const first = await create(bad, headers);
    const again = await create(bad, headers);
    expect([first.res.status, again.res.status]).toEqual([422, 422]);
    expect(again.res.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
  });
});

describe("GET /candidates", () => {
  test("filters by q and band and pages with a cursor, newest first, without overlap", async () => {
    const token = uid();
    const ids: string[] = [];
    for (const input of [
      candidateInput({ fullName: `Paged ${token} A` }),
      redFlagInput({ fullName: `Paged ${token} B` }),
      candidateInput({ fullName: `Paged ${token} C` }),
    ]) {
      ids.push((await create(input)).body.id);
    }
    const list = async (query: string) => {
      const res = await collection.GET(req(`/candidates?${query}`, { key }), noParams);
      expect(res.status).toBe(200);
      return (await res.json()) as { data: { id: string; band: string | null }[]; nextCursor: string | null };
    };
    const first = await list(`q=${token}&limit=2`);
    expect(first.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(`q=${token}&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.data.map((c) => c.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const critical = await list(`q=${token}&band=critical`);
    expect(critical.data.map((c) => c.id)).toEqual([ids[1]]);
  });

  test("bad parameters are 422 naming them", async () => {
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["band=purple", "band"],
      ["cursor=garbage", "cursor"],
    ] as const) {
      const res = await collection.GET(req(`/candidates?${query}`, { key }), noParams);
      expect(res.status, query).toBe(422);
      expect(((await res.json()) as { error: { fields: object } }).error.fields).toHaveProperty(field);
    }
  });
});

describe("GET and PATCH /candidates/{id}", () => {
  let id: string;
  beforeAll(async () => {
    id = (await create(candidateInput({ notes: "Referred by a partner agency." }))).body.id;
  });
  const get = async () => {
    const res = await item.GET(req(`/candidates/${id}`, { key }), params({ id }));
    return {
      res,
      body: (await res.json()) as {
        version: number;
        profile: Record<string, unknown>;
        score: { breakdown: { fired: unknown[] } } | null;
      },
    };
  };
  const patch = (body: unknown, headers: Record<string, string> = {}) =>
    item.PATCH(req(`/candidates/${id}`, { method: "PATCH", key, body, headers }), params({ id }));

  test("reads the profile with the score breakdown and an ETag", async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(`"${body.version}"`);
    expect(body.score?.breakdown).toMatchObject({
      fired: expect.any(Array),
      notEvaluated: expect.any(Array),
    });
  });

  test("merges a patch from the version in the body, then from If-Match, re-scoring each time", async () => {
    const { body: before } = await get();
    const byBody = await patch({ version: before.version, videoCallOutcome: "declined" });
    expect(byBody.status).toBe(200);
    const saved = (await byBody.json()) as { version: number; score: { fired: { ruleId: string }[] } };
    expect(saved.version).toBe(before.version + 1);
    expect(saved.score.fired.map((f) => f.ruleId)).toContain("video-call-avoided");
    expect(byBody.headers.get("etag")).toBe(`"${saved.version}"`);

    const byHeader = await patch({ notes: null, requestedRate: 95 }, { "If-Match": `"${saved.version}"` });
    expect(byHeader.status).toBe(200);
    const { body: after } = await get();
    expect(after.version).toBe(saved.version + 1);
    expect(after.profile).toMatchObject({
      videoCallOutcome: "declined",
      requestedRate: 95,
      fullName: before.profile.fullName,
    });
    expect(after.profile).not.toHaveProperty("notes");
  });

  test("a stale version is 409 and changes nothing", async () => {
    const { body: current } = await get();
    const res = await patch({ version: current.version - 1, requestedRate: 10 });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: "conflict", fields: {} } });
    expect((await get()).body).toMatchObject({
      version: current.version,
      profile: { requestedRate: current.profile.requestedRate },
    });
  });

  test("no version, an invalid field or a non-object body is 422 with fields", async () => {
    const cases: [unknown, string][] = [
      [{ requestedRate: 50 }, "version"],
      [{ version: 1, email: "nope" }, "email"],
      [[1, 2], "_form"],
    ];
    for (const [body, field] of cases) {
      const res = await patch(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(((await res.json()) as { error: { fields: object } }).error.fields).toHaveProperty(field);
    }
  });

  test("GET /candidates/{id}/score gives the latest score and history", async () => {
    const res = await score.GET(req(`/candidates/${id}/score`, { key }), params({ id }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { candidateId: string; score: { total: number }; history: unknown[] };
    expect(body.candidateId).toBe(id);
    expect(body.history.length).toBeGreaterThanOrEqual(3);
  });

  test("unknown ids are 404 on every candidate operation", async () => {
    const missing = { id: `missing-${uid()}` };
    for (const res of [
      await item.GET(req(`/candidates/${missing.id}`, { key }), params(missing)),
      await item.PATCH(
        req(`/candidates/${missing.id}`, { method: "PATCH", key, body: { version: 1 } }),
        params(missing),
      ),
      await score.GET(req(`/candidates/${missing.id}/score`, { key }), params(missing)),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    }
  });
});
