import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/data/api-keys";
import { configureApiRateLimiter, rateLimitConfigFromEnv } from "@/lib/api/rate-limit";
import { requestFingerprint } from "@/lib/api/idempotency-hash";
import { MAX_BODY_BYTES } from "@/lib/api/request";
import type { ApiScope } from "@/lib/api/scopes";
import * as candidates from "@/app/api/v1/candidates/route";
import * as cases from "@/app/api/v1/cases/route";
import * as caseItem from "@/app/api/v1/cases/[id]/route";
import * as fallback from "@/app/api/v1/[...path]/route";
import { candidateInput, createActor, requestMeta, uid, type TestActor } from "./support/fixtures";

/** Every error status of /api/v1, in the one error shape, with what each leaves behind (nothing). */
function req(
  path: string,
  init: {
    key?: string;
    body?: BodyInit;
    type?: string;
    method?: string;
    headers?: Record<string, string>;
  } = {},
): Request {
  const h = new Headers(init.headers);
  if (init.key) h.set("authorization", `Bearer ${init.key}`);
  if (init.type) h.set("content-type", init.type);
  return new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: h,
    body: init.body,
  });
}
const noParams = { params: Promise.resolve({}) };

async function expectError(
  res: Response,
  status: number,
  code: string,
): Promise<{ message: string; fields: Record<string, string[]> }> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as {
    error: { code: string; message: string; fields: Record<string, string[]>; requestId: string };
  };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatchObject({
    code,
    message: expect.any(String),
    fields: expect.any(Object),
    requestId: expect.any(String),
  });
  expect(res.headers.get("x-request-id")).toBe(body.error.requestId);
  return body.error;
}

let admin: TestActor;
const keyWith = async (...scopes: ApiScope[]) =>
  (await createApiKey(admin, { name: `Test ${uid()}`, scopes }, requestMeta())).token;
let writer: string;

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 10_000, perMinute: 10_000 });
  admin = await createActor("admin");
  writer = await keyWith("candidates:read", "candidates:write");
});
afterAll(() => {
  configureApiRateLimiter(rateLimitConfigFromEnv());
});

const post = (key: string, body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
  candidates.POST(req("/candidates", { key, body, type, headers }), noParams);

describe("401: no key, or not a valid one", () => {
  test("missing, wrong scheme, malformed, unknown and wrong-secret keys", async () => {
    const real = await keyWith("candidates:read");
    const wrongSecret = `${real.slice(0, -4)}${real.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    const unknownPrefix = real.replace(/^cand_[0-9a-f]{12}/, "cand_000000000000");
    const attempts: [Record<string, string>, boolean][] = [
      [{}, false],
      [{ authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }, false],
      [{ authorization: "Bearer not-a-key" }, true],
      [{ authorization: `Bearer ${unknownPrefix}` }, true],
      [{ authorization: `Bearer ${wrongSecret}` }, true],
    ];
    for (const [headers, invalid] of attempts) {
      const res = await candidates.GET(req("/candidates", { headers }), noParams);
      await expectError(res, 401, "unauthenticated");
      expect(res.headers.get("www-authenticate")).toMatch(
        invalid ? /^Bearer .*error="invalid_token"/ : /^Bearer realm=/,
      );
    }
    expect((await candidates.GET(req("/candidates", { key: real }), noParams)).status).toBe(200);
  });

  test("a revoked key stops working at once, and revocation is audited", async () => {
    const created = await createApiKey(
      admin,
      { name: `Revoke me ${uid()}`, scopes: ["candidates:read"] },
      requestMeta(),
    );
    expect((await candidates.GET(req("/candidates", { key: created.token }), noParams)).status).toBe(200);
    await revokeApiKey(admin, created.key.id, requestMeta());
    const error = await expectError(
      await candidates.GET(req("/candidates", { key: created.token }), noParams),
      401,
      "unauthenticated",
    );
    expect(error.message).toMatch(/revoked/);
    const events = await db.auditEvent.findMany({
      where: { targetId: created.key.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["api_key.created", admin.id],
      ["api_key.revoked", admin.id],
    ]);
    expect((await listApiKeys(admin)).find((k) => k.id === created.key.id)?.revokedAt).toEqual(
      expect.any(String),
    );
  });

  test("only a hash of the secret is stored; last use is recorded", async () => {
    const created = await createApiKey(
      admin,
      { name: `Hash ${uid()}`, scopes: ["cases:read"] },
      requestMeta(),
    );
    const secret = created.token.split("_").slice(2).join("_");
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.key.id } });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.lastUsedAt).toBeNull();
    await cases.GET(req("/cases", { key: created.token }), noParams);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.key.id } })).lastUsedAt).toEqual(
      expect.any(Date),
    );
    const service = await db.user.findFirstOrThrow({ where: { email: { contains: created.key.prefix } } });
    expect(service).toMatchObject({ disabled: true, role: "recruiter" });
  });
});

describe("403: the key lacks the scope", () => {
  const attempts: [string, ApiScope[], (key: string) => Promise<Response>][] = [
    [
      "a read-only key creating a candidate",
      ["candidates:read"],
      (key) => post(key, JSON.stringify(candidateInput())),
    ],
    [
      "a candidates key listing cases",
      ["candidates:read", "candidates:write"],
      (key) => cases.GET(req("/cases", { key }), noParams),
    ],
    [
      "a cases key listing candidates",
      ["cases:read"],
      (key) => candidates.GET(req("/candidates", { key }), noParams),
    ],
  ];
  test.each(attempts)("%s", async (_label, scopes, attempt) => {
    const res = await attempt(await keyWith(...scopes));
    await expectError(res, 403, "insufficient_scope");
    expect(res.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
  });
});

describe("request bodies", () => {
  test("400 for malformed JSON", async () => {
    await expectError(await post(writer, '{"fullName": "Ann", '), 400, "malformed_json");
  });

  test("415 for a body that is not JSON", async () => {
    await expectError(
      await post(writer, "fullName=Ann", "application/x-www-form-urlencoded"),
      415,
      "unsupported_media_type",
    );
  });

  test("413 for a body over 1 MiB, and nothing is created", async () => {
    const input = candidateInput({ resumeText: "x".repeat(MAX_BODY_BYTES) });
    await expectError(await post(writer, JSON.stringify(input)), 413, "payload_too_large");
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(0);
  });

  test("422 with a message per field, and nothing is created", async () => {
    const input = { ...candidateInput(), email: "nope", claimedCountry: "Narnia", requestedRate: -5 };
    const error = await expectError(await post(writer, JSON.stringify(input)), 422, "validation_failed");
    expect(Object.keys(error.fields).sort()).toEqual(["claimedCountry", "email", "requestedRate"]);
    expect(await db.candidate.count({ where: { fullName: input.fullName } })).toBe(0);
  });

  test("422 for a malformed Idempotency-Key; 409 while the first request with a key is still running", async () => {
    await expectError(
      await post(writer, JSON.stringify(candidateInput()), "application/json", {
        "Idempotency-Key": "has spaces",
      }),
      422,
      "validation_failed",
    );
    const input = candidateInput();
    const apiKey = await db.apiKey.findUniqueOrThrow({ where: { prefix: writer.split("_")[1]! } });
    const idem = `running-${uid()}`;
    await db.idempotencyRecord.create({
      data: {
        apiKeyId: apiKey.id,
        key: idem,
        requestHash: requestFingerprint("POST", "/api/v1/candidates", input),
        status: 0,
        responseBody: "",
      },
    });
    const res = await post(writer, JSON.stringify(input), "application/json", { "Idempotency-Key": idem });
    await expectError(res, 409, "idempotency_in_progress");
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await db.candidate.count({ where: { email: input.email } })).toBe(0);
  });
});

describe("404", () => {
  test("an unknown case, and a path that is no operation", async () => {
    const key = await keyWith("cases:read");
    await expectError(
      await caseItem.GET(req("/cases/nope", { key }), { params: Promise.resolve({ id: `nope-${uid()}` }) }),
      404,
      "not_found",
    );
    await expectError(
      await fallback.GET(req("/widgets"), { params: Promise.resolve({ path: ["widgets"] }) }),
      404,
      "not_found",
    );
  });
});

describe("429: rate limited per key", () => {
  test("beyond the burst a key gets 429 with Retry-After; another key is unaffected", async () => {
    configureApiRateLimiter({ capacity: 3, perMinute: 6 });
    try {
      const [busy, quiet] = [await keyWith("candidates:read"), await keyWith("candidates:read")];
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 4; i++) {
        const res = await candidates.GET(req("/candidates?limit=1", { key: busy }), noParams);
        statuses.push(res.status);
        if (res.status === 429) limited = res;
        else expect(res.headers.get("ratelimit-remaining")).toBe(String(2 - i));
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      await expectError(limited!, 429, "rate_limited");
      expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await candidates.GET(req("/candidates?limit=1", { key: quiet }), noParams)).status).toBe(200);
    } finally {
      configureApiRateLimiter({ capacity: 10_000, perMinute: 10_000 });
    }
  });
});
