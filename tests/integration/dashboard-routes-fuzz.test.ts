import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { openSession } from "@/lib/data/auth-sessions";
import { beforeAll, describe, expect, test } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { authSecret } from "@/lib/env";
import { db } from "@/lib/db";
import { apiErrorBody } from "@/lib/api/schemas";
import { createDraft, getDraft } from "@/lib/data/rule-admin";
import { getCase } from "@/lib/data/case-detail";
import { NotFoundError } from "@/lib/errors";
import * as whatIf from "@/app/api/admin/what-if/route";
import * as evidence from "@/app/api/evidence/[id]/route";
import * as importJob from "@/app/api/import/jobs/[id]/route";
import * as importErrors from "@/app/api/import/jobs/[id]/errors/route";
import * as ruleSet from "@/app/api/admin/rule-sets/[version]/route";
import { createActor, rejectionOf, requestMeta, type TestActor } from "./support/fixtures";
import {
  acceptableJson,
  describeCase,
  encodeBody,
  fuzzCases,
  type FuzzCase,
} from "./support/malformed-bodies";

/**
 * The dashboard's own route handlers (session cookie, not API keys) under fuzzing: bodies for the
 * what-if, headers that say another site sent the request, and ids in the path that no row can
 * have. Every answer is a 4xx in the one error shape, never a 5xx and never a run.
 */
const RUNS = 400;
const ORIGIN = "http://localhost";
let admin: TestActor;
let cookie: string;
/** Import jobs belong to the recruiter who started them; an admin would be refused before any lookup. */
let recruiterCookie: string;

async function sessionCookie(actor: TestActor): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } });
  // A signed-in session: recorded on the server, as a sign-in opens it, with its id in the token.
  const sid = await db.$transaction((tx) => openSession(tx, actor.id));
  const token = await encode({
    token: { uid: actor.id, sv: user.sessionVersion, sid, signedInAt: Math.floor(Date.now() / 1000) },
    secret: authSecret(),
  });
  return `${SESSION_COOKIE}=${token}`;
}

beforeAll(async () => {
  admin = await createActor("admin");
  cookie = await sessionCookie(admin);
  recruiterCookie = await sessionCookie(await createActor("recruiter"));
});

async function expectRefusal(
  res: Response,
  what: string,
): Promise<{ code: string; fields: Record<string, string[]> }> {
  expect(res.status, what).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  const body: unknown = await res.json();
  expect(apiErrorBody.safeParse(body).success, `${what}: ${JSON.stringify(body)}`).toBe(true);
  const { error } = body as { error: { code: string; requestId: string; fields: Record<string, string[]> } };
  expect(res.headers.get("x-request-id"), what).toBe(error.requestId);
  return error;
}

const noParams = { params: Promise.resolve({}) };

describe("POST /api/admin/what-if", () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = (await createDraft(admin, requestMeta())).id;
  });

  function post(body: BodyInit, headers: Record<string, string>): Promise<Response> {
    return whatIf.POST(
      new Request(`${ORIGIN}/api/admin/what-if`, {
        method: "POST",
        headers: { cookie, host: "localhost", ...headers },
        body,
      }),
      noParams,
    );
  }

  test("a what-if posted from another site with a text/plain body is refused before anything runs", async () => {
    const before = await db.auditEvent.count();
    const attacks: Record<string, string>[] = [
      { origin: "http://evil.example", "content-type": "text/plain" },
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      { origin: "null", "content-type": "application/json" },
    ];
    for (const headers of attacks) {
      const res = await post(JSON.stringify({ draftId }), headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await expectRefusal(res, JSON.stringify(headers))).code).toBe("cross_origin");
    }
    expect(await db.auditEvent.count()).toBe(before);
  });

  test("a text/plain body from the app's own page is refused with a 415, not read as JSON", async () => {
    const res = await post(JSON.stringify({ draftId }), {
      origin: ORIGIN,
      "sec-fetch-site": "same-origin",
      "content-type": "text/plain",
    });
    expect(res.status).toBe(415);
    expect((await expectRefusal(res, "text/plain")).code).toBe("unsupported_media_type");
  });

  test("a lone surrogate or a NUL in the draft id is a 422, not a failed query", async () => {
    for (const raw of ['{"draftId":"\\ud800"}', '{"draftId":"x\\udfff"}', '{"draftId":"a\\u0000b"}']) {
      const res = await post(raw, { "content-type": "application/json", origin: ORIGIN });
      expect(res.status, raw).toBe(422);
      await expectRefusal(res, raw);
    }
  });

  test(`${RUNS} malformed bodies and foreign origins: a 4xx in the error shape, never a 5xx or a run`, async () => {
    // Valid bodies name a draft that does not exist, so a correct answer is a 404 and nothing is scored.
    const valid = fc
      .oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }))
      .map((id) => ({ draftId: `missing-${id}` }));
    const crossSite = fc.oneof(
      { weight: 6, arbitrary: fc.constant({}) },
      { weight: 2, arbitrary: fc.constant({ origin: ORIGIN, "sec-fetch-site": "same-origin" }) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom("http://evil.example", "null", "http://localhost.evil.example", "https://localhost")
          .map((origin) => ({ origin })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom("cross-site", "same-site", "none")
          .map((site) => ({ "sec-fetch-site": site })),
      },
    );
    const cases = fuzzCases(valid, ["draftId"], crossSite, fc.constant(false));
    let notFound = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (c: FuzzCase) => {
        const headers: Record<string, string> = {
          ...c.headers,
          ...(c.contentType !== null ? { "content-type": c.contentType } : {}),
        };
        const bytes = encodeBody(c, 1);
        const res = await post(bytes, headers);
        const what = `${describeCase(c)} → ${res.status}`;
        const error = await expectRefusal(res, what);
        const foreign =
          (c.headers.origin !== undefined && c.headers.origin !== ORIGIN) ||
          (c.headers["sec-fetch-site"] !== undefined && c.headers["sec-fetch-site"] !== "same-origin");
        if (foreign) return void expect(error.code, what).toBe("cross_origin");
        const json = acceptableJson(c.contentType, bytes);
        const id =
          json && typeof json.value === "object" && json.value !== null
            ? (json.value as { draftId?: unknown }).draftId
            : undefined;
        if (typeof id === "string" && id !== "") {
          notFound++;
          return void expect(res.status, what).toBe(404);
        }
        expect([400, 413, 415, 422], what).toContain(res.status);
      }),
      { numRuns: RUNS },
    );
    expect(notFound).toBeGreaterThan(0);
  }, 240_000);
});

describe("ids in the path that no row can have", () => {
  const ids = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom(
      "\u0000",
      "a\u0000b",
      "\ud800",
      "x\udfffy",
      "x".repeat(10_000),
      "..",
      "../../etc/passwd",
      "%ED%A0%80",
      " ",
      "__proto__",
    ),
  );
  const routes = [
    {
      name: "GET /api/evidence/{id}",
      call: (id: string) =>
        evidence.GET(new Request(`${ORIGIN}/api/evidence/x`, { headers: { cookie } }), {
          params: Promise.resolve({ id }),
        }),
    },
    {
      name: "GET /api/import/jobs/{id}",
      call: (id: string) =>
        importJob.GET(new Request(`${ORIGIN}/api/import/jobs/x`, { headers: { cookie: recruiterCookie } }), {
          params: Promise.resolve({ id }),
        }),
    },
    {
      name: "GET /api/import/jobs/{id}/errors",
      call: (id: string) =>
        importErrors.GET(
          new Request(`${ORIGIN}/api/import/jobs/x/errors`, { headers: { cookie: recruiterCookie } }),
          { params: Promise.resolve({ id }) },
        ),
    },
    {
      name: "GET /api/admin/rule-sets/{version}",
      call: (version: string) =>
        ruleSet.GET(new Request(`${ORIGIN}/api/admin/rule-sets/x`, { headers: { cookie } }), {
          params: Promise.resolve({ version }),
        }),
    },
  ];

  test.each(routes)(
    `$name: ${RUNS} odd ids (lone surrogates, NULs, huge) are a 4xx, never a failed query`,
    async ({ name, call }) => {
      await fc.assert(
        fc.asyncProperty(ids, async (id) => {
          const res = await call(id);
          const error = await expectRefusal(res, `${name} ${JSON.stringify(id.slice(0, 40))}`);
          expect(error.code, JSON.stringify(id.slice(0, 40))).toBe("not_found");
        }),
        { numRuns: RUNS },
      );
    },
    240_000,
  );

  test(`the draft and case pages' lookups: ${RUNS} odd ids are not found`, async () => {
    const lead = await createActor("security_lead");
    await fc.assert(
      fc.asyncProperty(ids, async (id) => {
        await rejectionOf(getDraft(admin, id), NotFoundError);
        await rejectionOf(getCase(lead, id), NotFoundError);
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
