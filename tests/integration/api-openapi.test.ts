import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createApiKey } from "@/lib/data/api-keys";
import { configureApiRateLimiter } from "@/lib/api/rate-limit";
import { checkSchema } from "@/lib/api/json-schema-check";
import { openApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as candidates from "@/app/api/v1/candidates/route";
import * as candidateItem from "@/app/api/v1/candidates/[id]/route";
import * as candidateScore from "@/app/api/v1/candidates/[id]/score/route";
import * as cases from "@/app/api/v1/cases/route";
import * as caseItem from "@/app/api/v1/cases/[id]/route";
import * as screen from "@/app/api/v1/screen/route";
import * as candidateMatches from "@/app/api/v1/candidates/[id]/matches/route";
import { addInternalItem } from "@/lib/data/watchlist";
import { OPERATOR_ACTOR } from "@/lib/data/types";
import { candidateInput, createActor, redFlagInput, requestMeta, uid } from "./support/fixtures";

/**
 * The published document against the code: every route file is in it with every method it
 * exports, and real answers of every operation conform to the schemas it declares.
 */
const V1 = path.resolve(__dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir = V1): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("[...") ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}
const openApiPath = (file: string) =>
  `/${path
    .relative(V1, path.dirname(file))
    .split(path.sep)
    .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
    .join("/")}`;

function req(p: string, key?: string, init: { method?: string; body?: unknown } = {}): Request {
  const headers = new Headers(key ? { authorization: `Bearer ${key}` } : {});
  if (init.body !== undefined) headers.set("content-type", "application/json");
  return new Request(`http://localhost/api/v1${p}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

let doc: OpenApiDocument;
let key: string;

beforeAll(async () => {
  configureApiRateLimiter({ capacity: 10_000, perMinute: 10_000 });
  const res = await openapiRoute.GET(req("/openapi.json"), params({}));
  expect(res.status).toBe(200);
  doc = (await res.json()) as OpenApiDocument;
  const admin = await createActor("admin");
  key = (
    await createApiKey(
      admin,
      {
        name: `Contract ${uid()}`,
        scopes: ["candidates:read", "candidates:write", "cases:read", "screening:read"],
      },
      requestMeta(),
    )
  ).token;
});

describe("GET /openapi.json", () => {
  test("serves the generated document without a key", () => {
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(doc.openapi).toBe("3.1.0");
  });

  test("lists every route file under app/api/v1 with every method it exports, and nothing else", async () => {
    const files = routeFiles();
    expect(files.length).toBe(8);
    const fromCode = new Set<string>();
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const m of METHODS)
        if (typeof mod[m] === "function") fromCode.add(`${m.toLowerCase()} ${openApiPath(file)}`);
    }
    const fromDoc = new Set(
      Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`)),
    );
    expect([...fromDoc].sort()).toEqual([...fromCode].sort());
  });
});

describe("real answers conform to the document", () => {
  const answers: { operation: string; status: number; body: unknown }[] = [];

  function schemaFor(method: string, p: string, status: number): { $ref: string } {
    const op = doc.paths[p]?.[method] as
      { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } | undefined;
    const declared = op?.responses[String(status)];
    expect(declared, `${method} ${p} declares ${status}`).toBeDefined();
    return declared!.content["application/json"]!.schema;
  }

  async function record(method: string, p: string, res: Response): Promise<unknown> {
    const body: unknown = await res.json();
    const schema = schemaFor(method, p, res.status);
    const errors = checkSchema(schema, body, doc);
    expect(errors, `${method} ${p} → ${res.status}`).toEqual([]);
    answers.push({ operation: `${method} ${p}`, status: res.status, body });
    return body;
  }

  test("candidates: create, list, read, score, update, and their errors", async () => {
    const created = (await record(
      "post",
      "/candidates",
      await candidates.POST(req("/candidates", key, { method: "POST", body: redFlagInput() }), params({})),
    )) as { id: string; version: number };
    await record(
      "post",
      "/candidates",
      await candidates.POST(req("/candidates", key, { method: "POST", body: { fullName: "" } }), params({})),
    );
    await record("get", "/candidates", await candidates.GET(req("/candidates?limit=5", key), params({})));
    await record("get", "/candidates", await candidates.GET(req("/candidates?band=nope", key), params({})));
    const id = { id: created.id };
    await record(
      "get",
      "/candidates/{id}",
      await candidateItem.GET(req(`/candidates/${created.id}`, key), params(id)),
    );
    await record(
      "get",
      "/candidates/{id}",
      await candidateItem.GET(req(`/candidates/${created.id}`), params(id)),
    );
    await record(
      "get",
      "/candidates/{id}/score",
      await candidateScore.GET(req(`/candidates/${created.id}/score`, key), params(id)),
    );
    await record(
      "get",
      "/candidates/{id}/score",
      await candidateScore.GET(req("/candidates/none/score", key), params({ id: "none" })),
    );
    await record(
      "patch",
      "/candidates/{id}",
      await candidateItem.PATCH(
        req(`/candidates/${created.id}`, key, { method: "PATCH", body: { version: 1, seniority: "mid" } }),
        params(id),
      ),
    );
    await record(
      "patch",
      "/candidates/{id}",
      await candidateItem.PATCH(
        req(`/candidates/${created.id}`, key, { method: "PATCH", body: { version: 1, seniority: "lead" } }),
        params(id),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 422, 200, 422, 200, 401, 200, 404, 200, 409]);
  });

  test("cases: a critical candidate's case, listed and read", async () => {
    const created = (await (
      await candidates.POST(req("/candidates", key, { method: "POST", body: redFlagInput() }), params({}))
    ).json()) as { id: string };
    const list = (await record(
      "get",
      "/cases",
      await cases.GET(req("/cases?status=active&limit=100", key), params({})),
    )) as { data: { id: string; candidateId: string }[] };
    const mine = list.data.find((c) => c.candidateId === created.id);
    expect(mine, "the critical candidate's case is listed").toBeDefined();
    const detail = (await record(
      "get",
      "/cases/{id}",
      await caseItem.GET(req(`/cases/${mine!.id}`, key), params({ id: mine!.id })),
    )) as { candidate: { id: string }; latestScore: { band: string } };
    expect(detail.candidate.id).toBe(created.id);
    expect(detail.latestScore.band).toBe("critical");
    await record("get", "/cases/{id}", await caseItem.GET(req("/cases/none", key), params({ id: "none" })));
  });

  test("screening: a name with a match, its errors, and a stored candidate's matches", async () => {
    const wallet = `0x${uid()}${uid()}`;
    await addInternalItem(
      OPERATOR_ACTOR,
      { kind: "wallet", value: wallet, reason: "Paid a known facilitator", source: "Contract test" },
      requestMeta(),
    );
    const screened = (await record(
      "post",
      "/screen",
      await screen.POST(
        req("/screen", key, { method: "POST", body: { name: `Contract ${uid()}`, wallets: [wallet] } }),
        params({}),
      ),
    )) as { matches: unknown[] };
    expect(screened.matches).toHaveLength(1);
    await record(
      "post",
      "/screen",
      await screen.POST(req("/screen", key, { method: "POST", body: { name: "", limit: 0 } }), params({})),
    );
    const created = (await (
      await candidates.POST(
        req("/candidates", key, { method: "POST", body: redFlagInput({ cryptoWallet: wallet }) }),
        params({}),
      )
    ).json()) as { id: string };
    const matches = (await record(
      "get",
      "/candidates/{id}/matches",
      await candidateMatches.GET(req(`/candidates/${created.id}/matches`, key), params({ id: created.id })),
    )) as { matches: unknown[] };
    expect(matches.matches).toHaveLength(1);
    await record(
      "get",
      "/candidates/{id}/matches",
      await candidateMatches.GET(req("/candidates/none/matches", key), params({ id: "none" })),
    );
    expect(answers.slice(-4).map((a) => a.status)).toEqual([200, 422, 200, 404]);
  });

  test("pages of more than one item conform too (every list item is checked)", async () => {
    for (let i = 0; i < 2; i++)
      await candidates.POST(req("/candidates", key, { method: "POST", body: candidateInput() }), params({}));
    const page = (await record(
      "get",
      "/candidates",
      await candidates.GET(req("/candidates?limit=3", key), params({})),
    )) as { data: unknown[]; nextCursor: string };
    expect(page.data).toHaveLength(3);
    await record(
      "get",
      "/candidates",
      await candidates.GET(req(`/candidates?limit=3&cursor=${page.nextCursor}`, key), params({})),
    );
  });
});
