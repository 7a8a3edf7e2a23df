import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/data/api-keys";
import { addInternalItem } from "@/lib/data/watchlist";
import { configureApiRateLimiter, rateLimitConfigFromEnv } from "@/lib/api/rate-limit";
import { apiErrorBody, candidateMatches, screenResult } from "@/lib/api/schemas";
import { screenRequestSchema } from "@/lib/schemas/screening";
import * as collection from "@/app/api/v1/candidates/route";
import * as matchesRoute from "@/app/api/v1/candidates/[id]/matches/route";
import * as screenRoute from "@/app/api/v1/screen/route";
import { createActor, redFlagInput, requestMeta, uid } from "./support/fixtures";
import {
  acceptableJson,
  describeCase,
  encodeBody,
  fuzzCases,
  type FuzzCase,
} from "./support/malformed-bodies";

/**
 * Fuzzing the screening endpoints like the write endpoints: every malformed body or path id is
 * a 4xx in the one error shape, a valid body is answered as the schema parses it, and neither
 * endpoint stores anything but the audit event of an accepted request.
 */
const RUNS = 450;
const ID_RUNS = 300;
const TIMEOUT_MS = 240_000;

let key: string;
let listedName: string;
let listedWallet: string;
let candidateId: string;

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 100_000, perMinute: 100_000 });
  const admin = await createActor("admin");
  key = (
    await createApiKey(admin, { name: `Screening fuzz ${uid()}`, scopes: ["screening:read"] }, requestMeta())
  ).token;
  const writer = (
    await createApiKey(admin, { name: `Fuzz ATS ${uid()}`, scopes: ["candidates:write"] }, requestMeta())
  ).token;
  listedName = `Pak ${uid().replace(/\d/g, (d) => "ghjkmnpqrs"[Number(d)]!)}`;
  listedWallet = `0x${uid()}${uid()}${uid()}${uid()}`;
  for (const [kind, value] of [
    ["name", listedName],
    ["wallet", listedWallet],
  ]) {
    await addInternalItem(
      admin,
      { kind, value, reason: "Fuzzing the screening API", source: "Test fixture" },
      requestMeta(),
    );
  }
  const created = await collection.POST(
    new Request("http://localhost/api/v1/candidates", {
      method: "POST",
      headers: { authorization: `Bearer ${writer}`, "content-type": "application/json" },
      body: JSON.stringify(redFlagInput({ cryptoWallet: listedWallet })),
    }),
    { params: Promise.resolve({}) },
  );
  candidateId = ((await created.json()) as { id: string }).id;
});
afterAll(() => {
  configureApiRateLimiter(rateLimitConfigFromEnv());
});

/** Rows of every table a screening could conceivably touch, and the audit events not made by the accepted requests. */
async function untouchedRows(requestIds: string[]) {
  const counts = await Promise.all([
    db.user.count(),
    db.apiKey.count(),
    db.candidate.count(),
    db.candidateIdentifier.count(),
    db.score.count(),
    db.case.count(),
    db.watchlistHit.count(),
    db.internalWatchlistItem.count(),
    db.watchlistSnapshot.count(),
    db.webhookDelivery.count(),
    db.idempotencyRecord.count(),
    db.auditEvent.count({ where: { OR: [{ requestId: null }, { requestId: { notIn: requestIds } }] } }),
  ]);
  const names = [
    "users",
    "apiKeys",
    "candidates",
    "identifiers",
    "scores",
    "cases",
    "watchlistHits",
    "internalItems",
    "snapshots",
    "webhookOutbox",
    "idempotency",
    "audit",
  ];
  return Object.fromEntries(names.map((n, i) => [n, counts[i]]));
}

/** Never a 5xx; a 4xx is the one error shape with the request id it was answered under. */
async function expectRefusal(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  expect(res.headers.get("content-type"), what).toMatch(/^application\/json/);
  const body: unknown = await res.json();
  expect(apiErrorBody.safeParse(body).success, `${what}: ${JSON.stringify(body)}`).toBe(true);
  expect(Object.keys((body as { error: object }).error).sort(), what).toEqual([
    "code",
    "fields",
    "message",
    "requestId",
  ]);
  expect(res.headers.get("x-request-id"), what).toBe(
    (body as { error: { requestId: string } }).error.requestId,
  );
}

async function expectAudited(requestIds: string[], action: string): Promise<void> {
  const events = await db.auditEvent.findMany({
    where: { requestId: { in: requestIds } },
    select: { action: true },
  });
  expect(events.map((e) => e.action)).toEqual(requestIds.map(() => action));
}

describe("POST /api/v1/screen under fuzzing", () => {
  const valid = fc.record(
    {
      name: fc
        .constantFrom(
          () => listedName,
          () => "Kim Jong Un",
          () => "Korea Sobaeksu Trading Company",
        )
        .map((f) => f()),
      kind: fc.constantFrom("person", "organisation"),
      dateOfBirth: fc.constantFrom("1984-01-08", "1984", "1990-06", null),
      emails: fc.constant([`fuzz.${uid()}@example.com`]),
      phones: fc.constant(["+850 2 381 5000"]),
      wallets: fc.constant(null).map(() => [listedWallet]),
      bankAccounts: fc.constant(["DE89370400440532013000"]),
      addresses: fc.constant(["Pyongyang, Potonggang District"]),
      limit: fc.integer({ min: 1, max: 50 }),
      threshold: fc.double({ min: 0.7, max: 1, noNaN: true }),
    },
    { requiredKeys: ["name"] },
  );
  // Mutated bodies are nearly always refused (every field is checked and unknown keys are
  // refused), so untouched valid bodies are mixed in to exercise the accepted answers too.
  const asIs = valid.map((json): FuzzCase => {
    const c = {
      label: "valid",
      body: { json },
      contentType: "application/json",
      headers: {},
      ifMatchCurrent: false,
    };
    return { ...c, [fc.toStringMethod]: () => describeCase(c) };
  });
  const cases = fc.oneof(
    { weight: 1, arbitrary: asIs },
    {
      weight: 9,
      arbitrary: fuzzCases(
        valid,
        Object.keys(screenRequestSchema.shape),
        fc.constant({}),
        fc.constant(false),
      ),
    },
  );

  test(
    `${RUNS} bodies, nine in ten malformed: never a 5xx, nothing stored but the audit of an accepted screening`,
    async () => {
      const accepted: string[] = [];
      let found = 0;
      const before = await untouchedRows(accepted);
      await fc.assert(
        fc.asyncProperty(cases, async (c: FuzzCase) => {
          const headers = new Headers({ authorization: `Bearer ${key}` });
          if (c.contentType !== null) headers.set("content-type", c.contentType);
          const bytes = encodeBody(c, 1);
          const json = acceptableJson(c.contentType, bytes);
          const parsed = json ? screenRequestSchema.safeParse(json.value) : undefined;
          const res = await screenRoute.POST(
            new Request("http://localhost/api/v1/screen", { method: "POST", headers, body: bytes }),
            { params: Promise.resolve({}) },
          );
          const what = `${describeCase(c)} → ${res.status}`;
          if (!parsed?.success) return expectRefusal(res, what);
          expect(res.status, what).toBe(200);
          const body = (await res.json()) as { matches: { score: number }[]; threshold: number };
          expect(screenResult.safeParse(body).success, what).toBe(true);
          expect(body.threshold, what).toBe(parsed.data.threshold);
          expect(body.matches.length, what).toBeLessThanOrEqual(parsed.data.limit);
          const scores = body.matches.map((m) => m.score);
          expect(scores, what).toEqual([...scores].sort((a, b) => b - a));
          accepted.push(res.headers.get("x-request-id")!);
          if (body.matches.length > 0) found++;
        }),
        { numRuns: RUNS },
      );
      expect(await untouchedRows(accepted)).toEqual(before);
      await expectAudited(accepted, "watchlist.screened");
      // The valid bodies name the listed person or wallet, so accepted answers did find something.
      expect(found).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});

describe("GET /api/v1/candidates/{id}/matches under fuzzing", () => {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const ids = fc.oneof(
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "\u0000",
        "a\u0000b",
        "%00",
        "..",
        "../cases",
        "null",
        "undefined",
        "__proto__",
        "constructor",
        '\'; DROP TABLE "Candidate"; --',
        "*",
        "%",
        "_",
        "c".padEnd(25, "0"),
        "a".repeat(201),
        "a".repeat(100_000),
        "\ud800",
        "🙂",
      ),
    },
    // The real candidate, with and without decoration a careless lookup might strip.
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          () => candidateId,
          () => ` ${candidateId}`,
          () => candidateId.toUpperCase(),
          () => `${candidateId}\u0000`,
        )
        .map((f) => f()),
    },
  );

  test(
    `${ID_RUNS} malformed path ids: never a 5xx; only the stored candidate's id answers`,
    async () => {
      const accepted: string[] = [];
      const before = await untouchedRows(accepted);
      await fc.assert(
        fc.asyncProperty(ids, async (id) => {
          // The handler reads the id from the route's params, as Next passes it decoded.
          const request = new Request("http://localhost/api/v1/candidates/x/matches", {
            headers: { authorization: `Bearer ${key}` },
          });
          const res = await matchesRoute.GET(request, { params: Promise.resolve({ id }) });
          const what = `${JSON.stringify(id.slice(0, 80))} (${id.length} characters) → ${res.status}`;
          if (id !== candidateId) {
            expect(res.status, what).toBe(404);
            return expectRefusal(res, what);
          }
          expect(res.status, what).toBe(200);
          const body = (await res.json()) as { candidateId: string; matches: unknown[] };
          expect(candidateMatches.safeParse(body).success, what).toBe(true);
          expect(body.candidateId).toBe(candidateId);
          expect(body.matches.length).toBeGreaterThan(0);
          accepted.push(res.headers.get("x-request-id")!);
        }),
        { numRuns: ID_RUNS },
      );
      expect(await untouchedRows(accepted)).toEqual(before);
      await expectAudited(accepted, "watchlist.matches_viewed");
    },
    TIMEOUT_MS,
  );
});
