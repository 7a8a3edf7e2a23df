import { z } from "zod";
import { ERROR_DESCRIPTIONS, OPERATIONS, RESPONSE_HEADERS, type OperationSpec } from "@/lib/api/operations";
import * as S from "@/lib/api/schemas";
import { API_SCOPES, SCOPE_DESCRIPTIONS } from "@/lib/api/scopes";
import { MAX_BODY_BYTES } from "@/lib/api/request";
import { rateLimitConfigFromEnv } from "@/lib/api/rate-limit";

/**
 * The OpenAPI 3.1 document, generated from the zod schemas in lib/api/schemas.ts with
 * z.toJSONSchema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Request bodies are
 * described as clients send them (defaults optional), responses as the API returns them.
 */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { securitySchemes: Record<string, JsonSchema>; schemas: Record<string, JsonSchema> };
}

const REQUEST_SCHEMAS = {
  CandidateInput: S.candidateCreateBody,
  CandidatePatch: S.candidatePatchBody,
  ScreenRequest: S.screenRequestBody,
};
const RESPONSE_SCHEMAS = {
  CandidateList: S.candidateList,
  Candidate: S.candidate,
  CandidateWriteResult: S.candidateWriteResult,
  CandidateScore: S.candidateScore,
  ScoreBreakdown: S.scoreBreakdown,
  CaseList: S.caseList,
  Case: S.caseDetail,
  ScreenResult: S.screenResult,
  CandidateMatches: S.candidateMatches,
  Error: S.apiErrorBody,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(
  schemas: Record<string, z.ZodType>,
  io: "input" | "output",
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    io,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  });
  // Each generated schema carries its own $schema and $id; inside components they are noise.
  return Object.fromEntries(
    Object.entries(out).map(([id, s]) => [
      id,
      Object.fromEntries(Object.entries(s as JsonSchema).filter(([k]) => k !== "$schema" && k !== "$id")),
    ]),
  );
}

function queryParameters(query: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(query, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

function operationObject(op: OperationSpec): JsonSchema {
  const parameters = [
    ...(op.pathParams ?? []).map((p) => ({
      name: p.name,
      in: "path",
      required: true,
      description: p.description,
      schema: { type: "string" },
    })),
    ...(op.query ? queryParameters(op.query) : []),
    ...(op.headers ?? []).map((h) => ({
      name: h.name,
      in: "header",
      required: Boolean(h.required),
      description: h.description,
      schema: { type: "string" },
    })),
  ];
  const errorStatuses = op.scope ? [...op.errors, 401, 403, 429, 500] : [...op.errors, 500];
  const responses: Record<string, JsonSchema> = {
    [op.success.status]: {
      description: op.success.description,
      ...(op.success.headers
        ? { headers: Object.fromEntries(op.success.headers.map((h) => [h, RESPONSE_HEADERS[h]])) }
        : {}),
      content: {
        "application/json": {
          schema: op.success.schema === "OpenApiDocument" ? { type: "object" } : ref(op.success.schema),
        },
      },
    },
  };
  for (const status of [...new Set(errorStatuses)].sort()) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      ...(status === 429 ? { headers: { "Retry-After": RESPONSE_HEADERS["Retry-After"] } } : {}),
      content: { "application/json": { schema: ref("Error") } },
    };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    security: op.scope ? [{ bearerKey: [op.scope] }] : [],
    ...(op.scope ? { "x-required-scope": op.scope } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(op.body.mediaTypes.map((m) => [m, { schema: ref(op.body!.schema) }])),
          },
        }
      : {}),
    responses,
  };
}

function build(): OpenApiDocument {
  const rate = rateLimitConfigFromEnv();
  const paths: OpenApiDocument["paths"] = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Candor API",
      version: "1.0.0",
      description: [
        "Push candidates from an applicant tracking system, read their fraud-risk scores, screen names against the sanctions lists and follow security cases.",
        `Authenticate with an API key from Admin → API keys: \`Authorization: Bearer cand_<prefix>_<secret>\`. Scopes: ${API_SCOPES.map((s) => `${s} (${SCOPE_DESCRIPTIONS[s]})`).join("; ")}.`,
        'Errors always have the shape `{"error": {"code", "message", "fields", "requestId"}}`.',
        `Each key may burst ${rate.capacity} requests and is refilled at ${rate.perMinute} a minute (per server process); beyond that the answer is 429 with Retry-After. Bodies are JSON, at most ${MAX_BODY_BYTES} bytes.`,
      ].join("\n\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerKey: [] }],
    tags: [
      { name: "Candidates", description: "Profiles and their risk scores" },
      { name: "Cases", description: "Security reviews of flagged candidates" },
      {
        name: "Screening",
        description:
          "Sanctions and watchlist screening: a name before it is stored, and a candidate's matches",
      },
      { name: "Meta", description: "About the API itself" },
    ],
    paths,
    components: {
      securitySchemes: {
        bearerKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "cand_<prefix>_<secret>",
          description: "An API key created by an admin; shown once.",
        },
      },
      schemas: {
        ...componentSchemas(REQUEST_SCHEMAS, "input"),
        ...componentSchemas(RESPONSE_SCHEMAS, "output"),
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** Built once per process: the schemas do not change while it runs. */
export function openApiDocument(): OpenApiDocument {
  cached ??= build();
  return cached;
}
