import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/data/api-keys";
import { candidateMatches, screenSubject } from "@/lib/data/screening";
import { addInternalItem, deactivateInternalItem, reviewHit } from "@/lib/data/watchlist";
import { configureApiRateLimiter } from "@/lib/api/rate-limit";
import { candidateMatches as candidateMatchesSchema, screenResult } from "@/lib/api/schemas";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import * as collection from "@/app/api/v1/candidates/route";
import * as matchesRoute from "@/app/api/v1/candidates/[id]/matches/route";
import * as screenRoute from "@/app/api/v1/screen/route";
import {
  createActor,
  redFlagInput,
  rejectionOf,
  requestMeta,
  uid,
  withRole,
  type TestActor,
} from "./support/fixtures";

/** POST /api/v1/screen and GET /api/v1/candidates/{id}/matches, called as Next calls them. */
function req(
  path: string,
  { key, body, method = "GET" }: { key?: string; body?: unknown; method?: string } = {},
): Request {
  const headers = new Headers();
  if (key) headers.set("authorization", `Bearer ${key}`);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

interface Match {
  list: string;
  entryId: string;
  entryName: string;
  matchedField: string;
  matchedValue: string;
  score: number;
  reasons: string[];
}
interface Answer {
  matches: Match[];
  lists: { source: string; entries: number; importedAt: string | null }[];
  threshold: number;
}
interface ErrorAnswer {
  error: { code: string; fields: Record<string, string[]> };
}

let admin: TestActor;
let lead: TestActor;
let key: string;
let candidatesOnlyKey: string;
let writerKey: string;

/** A name no other test uses, in letters only (digits would be dropped or split by the name normaliser). */
const uniqueName = () =>
  `Ri ${uid().replace(/\d/g, (d) => "ghjkmnpqrs"[Number(d)]!)} ${uid().replace(/\d/g, (d) => "ghjkmnpqrs"[Number(d)]!)}`;
const uniqueWallet = () => `0x${uid()}${uid()}${uid()}${uid()}`;

async function listInternal(kind: string, value: string): Promise<string> {
  const { id } = await addInternalItem(
    admin,
    { kind, value, reason: "Named in a facilitator investigation", source: "Own investigation" },
    requestMeta(),
  );
  return `internal:${id}`;
}

async function post(body: unknown, withKey: string | null = key) {
  const res = await screenRoute.POST(
    req("/screen", { key: withKey ?? undefined, body, method: "POST" }),
    params({}),
  );
  return { res, body: (await res.json()) as Answer & ErrorAnswer };
}

async function getMatches(id: string, withKey: string | null = key) {
  const res = await matchesRoute.GET(
    req(`/candidates/${encodeURIComponent(id)}/matches`, { key: withKey ?? undefined }),
    params({ id }),
  );
  return {
    res,
    body: (await res.json()) as {
      candidateId: string;
      matches: (Match & {
        id: string;
        status: string;
        stillListed: boolean;
        reviewedBy: string | null;
        reviewedAt: string | null;
      })[];
    } & ErrorAnswer,
  };
}

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 10_000, perMinute: 10_000 });
  admin = await createActor("admin");
  lead = await createActor("security_lead");
  key = (await createApiKey(admin, { name: `Screening ${uid()}`, scopes: ["screening:read"] }, requestMeta()))
    .token;
  candidatesOnlyKey = (
    await createApiKey(
      admin,
      { name: `No screening ${uid()}`, scopes: ["candidates:read", "cases:read"] },
      requestMeta(),
    )
  ).token;
  writerKey = (
    await createApiKey(admin, { name: `ATS ${uid()}`, scopes: ["candidates:write"] }, requestMeta())
  ).token;
});

describe("POST /screen", () => {
  test("finds an internal name and wallet with their scores and reasons, best first, and stores nothing about the subject", async () => {
    const name = uniqueName();
    const wallet = uniqueWallet();
    const nameEntry = await listInternal("name", name);
    const walletEntry = await listInternal("wallet", wallet);
    const before = await Promise.all([
      db.candidate.count(),
      db.watchlistHit.count(),
      db.candidateIdentifier.count(),
      db.score.count(),
      db.webhookDelivery.count(),
    ]);

    const { res, body } = await post({
      name,
      dateOfBirth: "1987-03-02",
      wallets: [wallet.toUpperCase().replace("0X", "0x")],
      emails: [`nobody.${uid()}@example.com`],
    });
    expect(res.status).toBe(200);
    expect(screenResult.safeParse(body).success).toBe(true);
    expect(body.threshold).toBe(0.88);
    expect(body.matches.map((m) => [m.entryId, m.matchedField])).toEqual(
      [
        [nameEntry, "name"],
        [walletEntry, "wallet"],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const byField = Object.fromEntries(body.matches.map((m) => [m.matchedField, m]));
    expect(byField.name).toMatchObject({
      list: "internal",
      entryName: name,
      matchedValue: name,
      score: 1,
      reasons: [expect.stringContaining(`listed name "${name}"`)],
    });
    expect(byField.wallet).toMatchObject({
      list: "internal",
      entryName: expect.any(String),
      score: 1,
      reasons: [expect.stringMatching(/exact match after normalisation/)],
    });
    expect(body.lists).toContainEqual(
      expect.objectContaining({
        source: "internal",
        entries: expect.any(Number),
        importedAt: expect.any(String),
      }),
    );

    expect(
      await Promise.all([
        db.candidate.count(),
        db.watchlistHit.count(),
        db.candidateIdentifier.count(),
        db.score.count(),
        db.webhookDelivery.count(),
      ]),
    ).toEqual(before);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { requestId: res.headers.get("x-request-id")! },
    });
    expect(audit).toMatchObject({ action: "watchlist.screened", targetType: "watchlist" });
    expect(audit.after).toMatchObject({
      kind: "person",
      matches: 2,
      detailsGiven: ["dateOfBirth", "emails", "wallets"],
    });
    // Counts only: nothing the subject could be recognised by.
    expect(JSON.stringify(audit)).not.toContain(name.split(" ")[1]);
    expect(JSON.stringify(audit).toLowerCase()).not.toContain(wallet.slice(2));
  });

  test("an organisation is screened as a company; a person of the same name is not", async () => {
    const company = `${uniqueName()} Trading Corporation`;
    const entry = await listInternal("company", company);
    const asOrg = await post({ name: company, kind: "organisation" });
    expect(asOrg.res.status).toBe(200);
    expect(asOrg.body.matches).toEqual([
      expect.objectContaining({ entryId: entry, matchedField: "company", score: 1 }),
    ]);
    const asPerson = await post({ name: company });
    expect(asPerson.body.matches.filter((m) => m.entryId === entry)).toEqual([]);
  });

  test("limit keeps the best matches; threshold decides how close a name must be", async () => {
    const name = uniqueName();
    const wallet = uniqueWallet();
    const nameEntry = await listInternal("name", name);
    const walletEntry = await listInternal("wallet", wallet);
    const close = `${name.slice(0, -1)}${name.endsWith("x") ? "y" : "x"}`;
    const loose = await post({ name: close, wallets: [wallet], threshold: 0.7 });
    const fuzzy = loose.body.matches.find((m) => m.entryId === nameEntry);
    expect(fuzzy?.score).toBeGreaterThan(0.7);
    expect(fuzzy?.score).toBeLessThan(1);
    expect(loose.body.threshold).toBe(0.7);
    const strict = await post({ name: close, wallets: [wallet], threshold: 1 });
    expect(strict.body.matches.map((m) => m.entryId)).toEqual([walletEntry]);
    const one = await post({ name: close, wallets: [wallet], threshold: 0.7, limit: 1 });
    expect(one.body.matches).toEqual([expect.objectContaining({ entryId: walletEntry, score: 1 })]);
  });

  test.each([
    [{}, "name"],
    [{ name: "   " }, "name"],
    [{ name: "Kim", dateOfBirth: "1985-02-30" }, "dateOfBirth"],
    [{ name: "Kim", dateOfBirth: "25/04/1985" }, "dateOfBirth"],
    [{ name: "Kim", dateOfBirth: "2999-01-01" }, "dateOfBirth"],
    [{ name: "Kim", kind: "organisation", dateOfBirth: "1985" }, "dateOfBirth"],
    [{ name: "Kim", limit: 0 }, "limit"],
    [{ name: "Kim", limit: 51 }, "limit"],
    [{ name: "Kim", limit: "10" }, "limit"],
    [{ name: "Kim", limit: 2.5 }, "limit"],
    [{ name: "Kim", threshold: 0.5 }, "threshold"],
    [{ name: "Kim", kind: "company" }, "kind"],
    [{ name: "Kim", emails: "kim@example.com" }, "emails"],
    [{ name: "Kim", wallets: [""] }, "wallets.0"],
    [{ name: "Kim", email: ["kim@example.com"] }, "_form"],
  ])("%j is a 422 naming %s, and nothing is recorded", async (input, field) => {
    const audits = await db.auditEvent.count({ where: { action: "watchlist.screened" } });
    const { res, body } = await post(input);
    expect(res.status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.fields).toHaveProperty([field]);
    expect(await db.auditEvent.count({ where: { action: "watchlist.screened" } })).toBe(audits);
  });

  test("401 without a key, 403 for a key without screening:read, and screening:read does not write candidates", async () => {
    const anonymous = await post({ name: "Kim" }, null);
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthenticated");
    const unscoped = await post({ name: "Kim" }, candidatesOnlyKey);
    expect(unscoped.res.status).toBe(403);
    expect(unscoped.body.error.code).toBe("insufficient_scope");
    const write = await collection.POST(
      req("/candidates", { key, body: redFlagInput(), method: "POST" }),
      params({}),
    );
    expect(write.status).toBe(403);
  });

  test("the data layer checks its own permissions and fails closed", async () => {
    const created = await collection.POST(
      req("/candidates", { key: writerKey, body: redFlagInput(), method: "POST" }),
      params({}),
    );
    const { id } = (await created.json()) as { id: string };
    const recruiter = await createActor("recruiter");
    // Every role may screen a name; a candidate's matches are case material (case:read).
    for (const actor of [recruiter, lead, admin]) {
      await expect(
        screenSubject(actor, { name: uniqueName() }, requestMeta()),
        actor.role,
      ).resolves.toMatchObject({ matches: [] });
    }
    for (const actor of [lead, admin])
      await expect(candidateMatches(actor, id, requestMeta())).resolves.toEqual({
        candidateId: id,
        matches: [],
      });
    await rejectionOf(candidateMatches(recruiter, id, requestMeta()), ForbiddenError);
    const audits = await db.auditEvent.count();
    for (const role of ["superuser", "", "ADMIN", " recruiter", "__proto__"]) {
      await rejectionOf(screenSubject(withRole(admin, role), { name: "Kim" }, requestMeta()), ForbiddenError);
      await rejectionOf(candidateMatches(withRole(admin, role), id, requestMeta()), ForbiddenError);
    }
    await rejectionOf(
      screenSubject(null as unknown as TestActor, { name: "Kim" }, requestMeta()),
      UnauthenticatedError,
    );
    await rejectionOf(
      candidateMatches(null as unknown as TestActor, id, requestMeta()),
      UnauthenticatedError,
    );
    expect(await db.auditEvent.count()).toBe(audits);
  });
});

describe("GET /candidates/{id}/matches", () => {
  test("a stored candidate's matches with their review state, after a review and after the entry leaves the list", async () => {
    const wallet = uniqueWallet();
    const entryId = await listInternal("wallet", wallet);
    const created = await collection.POST(
      req("/candidates", { key: writerKey, body: redFlagInput({ cryptoWallet: wallet }), method: "POST" }),
      params({}),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const first = await getMatches(id);
    expect(first.res.status).toBe(200);
    expect(candidateMatchesSchema.safeParse(first.body).success).toBe(true);
    expect(first.body.candidateId).toBe(id);
    expect(first.body.matches).toEqual([
      expect.objectContaining({
        entryId,
        list: "internal",
        matchedField: "wallet",
        matchedValue: wallet,
        score: 1,
        status: "pending",
        stillListed: true,
        reviewedBy: null,
        reviewedAt: null,
      }),
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { requestId: first.res.headers.get("x-request-id")! },
    });
    expect(audit).toMatchObject({
      action: "watchlist.matches_viewed",
      targetType: "candidate",
      targetId: id,
    });

    await reviewHit(
      lead,
      first.body.matches[0]!.id,
      { decision: "confirmed", note: "Wallet matches the facilitator's payout address." },
      requestMeta(),
    );
    const reviewed = await getMatches(id);
    expect(reviewed.body.matches[0]).toMatchObject({
      status: "confirmed",
      reviewedBy: lead.name,
      reviewedAt: expect.any(String),
      stillListed: true,
    });
    expect(reviewed.body.matches[0]).not.toHaveProperty("reviewNote");

    await deactivateInternalItem(admin, entryId.slice("internal:".length), requestMeta());
    expect((await getMatches(id)).body.matches[0]).toMatchObject({ status: "confirmed", stillListed: false });
  });

  test("a candidate without matches has none; an unknown or malformed id is a 404", async () => {
    const created = await collection.POST(
      req("/candidates", { key: writerKey, body: redFlagInput(), method: "POST" }),
      params({}),
    );
    const { id } = (await created.json()) as { id: string };
    expect((await getMatches(id)).body).toEqual({ candidateId: id, matches: [] });
    for (const unknown of ["c0000000000000000000000000", "none", "\u0000", "a".repeat(5000)]) {
      const { res, body } = await getMatches(unknown);
      expect(res.status).toBe(404);
      expect(body.error.code).toBe("not_found");
    }
  });

  test("401 without a key, 403 for a key without screening:read", async () => {
    expect((await getMatches("any", null)).res.status).toBe(401);
    const unscoped = await getMatches("any", candidatesOnlyKey);
    expect(unscoped.res.status).toBe(403);
    expect(unscoped.body.error.code).toBe("insufficient_scope");
  });
});
