import type { z } from "zod";
import type { ApiScope } from "@/lib/api/scopes";
import { candidateListQuery, caseListQuery } from "@/lib/api/schemas";

/**
 * Every operation of /api/v1, in the order the reference lists them. lib/api/openapi.ts builds
 * the document from this table; a test checks that every route file appears here and vice versa.
 */
export interface OperationSpec {
  method: "get" | "post" | "patch";
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: "Candidates" | "Cases" | "Screening" | "Meta";
  /** Absent for the public document itself. */
  scope?: ApiScope;
  pathParams?: { name: string; description: string }[];
  query?: z.ZodObject;
  headers?: { name: string; description: string; required?: boolean }[];
  /** Component name of the request body, and the media types accepted. */
  body?: { schema: string; mediaTypes: string[] };
  /** Success status → component name of the body and a description. */
  success: { status: number; schema: string; description: string; headers?: string[] };
  /** Error statuses this operation can answer besides 401/403/429/500. */
  errors: number[];
}

const ID = { name: "id", description: "The resource's id" };
const IDEMPOTENCY = {
  name: "Idempotency-Key",
  description:
    "Any unique string (e.g. a UUID). A retry with the same key and body returns the first answer instead of creating a second candidate; the same key with another body is refused (422). Kept 24 hours.",
};
const IF_MATCH = {
  name: "If-Match",
  description: 'The version being updated, as an ETag ("3"); alternative to version in the body',
};

export const OPERATIONS: OperationSpec[] = [
  {
    method: "get",
    path: "/candidates",
    operationId: "listCandidates",
    tag: "Candidates",
    scope: "candidates:read",
    summary: "List candidates",
    description:
      "Newest first. Pass nextCursor back as cursor for the next page; it is null on the last page.",
    query: candidateListQuery,
    success: { status: 200, schema: "CandidateList", description: "A page of candidates" },
    errors: [422],
  },
  {
    method: "post",
    path: "/candidates",
    operationId: "createCandidate",
    tag: "Candidates",
    scope: "candidates:write",
    summary: "Create a candidate",
    description:
      "Validates, stores and scores the profile in one step; a high or critical score opens a security case.",
    headers: [IDEMPOTENCY],
    body: { schema: "CandidateInput", mediaTypes: ["application/json"] },
    success: {
      status: 201,
      schema: "CandidateWriteResult",
      description: "Created and scored. Location names the new candidate.",
      headers: ["Location", "ETag", "Idempotent-Replayed"],
    },
    errors: [400, 409, 413, 415, 422],
  },
  {
    method: "get",
    path: "/candidates/{id}",
    operationId: "getCandidate",
    tag: "Candidates",
    scope: "candidates:read",
    summary: "Read a candidate",
    description:
      "The profile, the latest score with its full breakdown, and the score history. Reading is recorded in the audit trail.",
    pathParams: [ID],
    success: { status: 200, schema: "Candidate", description: "The candidate", headers: ["ETag"] },
    errors: [404],
  },
  {
    method: "patch",
    path: "/candidates/{id}",
    operationId: "updateCandidate",
    tag: "Candidates",
    scope: "candidates:write",
    summary: "Update a candidate",
    description:
      "A JSON merge patch of the profile, made from a known version (version in the body or If-Match). If someone changed the candidate since, the answer is 409: read it again and reapply. The candidate is re-scored.",
    pathParams: [ID],
    headers: [IF_MATCH],
    body: { schema: "CandidatePatch", mediaTypes: ["application/json", "application/merge-patch+json"] },
    success: {
      status: 200,
      schema: "CandidateWriteResult",
      description: "Saved and re-scored",
      headers: ["ETag"],
    },
    errors: [400, 404, 409, 413, 415, 422],
  },
  {
    method: "get",
    path: "/candidates/{id}/score",
    operationId: "getCandidateScore",
    tag: "Candidates",
    scope: "candidates:read",
    summary: "Read a candidate's score",
    description:
      "The latest score with the red flags that fired (evidence and advisory source) and what could not be evaluated, plus the history.",
    pathParams: [ID],
    success: { status: 200, schema: "CandidateScore", description: "The scores", headers: ["ETag"] },
    errors: [404],
  },
  {
    method: "get",
    path: "/cases",
    operationId: "listCases",
    tag: "Cases",
    scope: "cases:read",
    summary: "List security cases",
    description: "Most recently opened first, a page at a time.",
    query: caseListQuery,
    success: { status: 200, schema: "CaseList", description: "A page of cases" },
    errors: [422],
  },
  {
    method: "get",
    path: "/cases/{id}",
    operationId: "getCase",
    tag: "Cases",
    scope: "cases:read",
    summary: "Read a security case",
    description:
      "Status, the score it opened on and the latest one, the decision or pending decision, notes and evidence metadata.",
    pathParams: [ID],
    success: { status: 200, schema: "Case", description: "The case", headers: ["ETag"] },
    errors: [404],
  },
  {
    method: "post",
    path: "/screen",
    operationId: "screenName",
    tag: "Screening",
    scope: "screening:read",
    summary: "Screen a name",
    description:
      "Screens a person's or an organisation's name, with an optional date of birth and identifiers, against the active OFAC and UN snapshots and the internal watchlist, and answers the matches best first with their scores and reasons. Nothing about the subject is stored; the audit trail records that a screening was made and how many matches it found, not the name.",
    body: { schema: "ScreenRequest", mediaTypes: ["application/json"] },
    success: {
      status: 200,
      schema: "ScreenResult",
      description: "The matches, the lists searched and the threshold applied",
    },
    errors: [400, 413, 415, 422],
  },
  {
    method: "get",
    path: "/candidates/{id}/matches",
    operationId: "getCandidateMatches",
    tag: "Screening",
    scope: "screening:read",
    summary: "Read a candidate's watchlist matches",
    description:
      "The stored candidate's sanctions and watchlist matches with their review: pending, confirmed or dismissed, by whom and when, and whether the entry is still listed. Unreviewed first. Reading is recorded in the audit trail.",
    pathParams: [ID],
    success: { status: 200, schema: "CandidateMatches", description: "The matches" },
    errors: [404],
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This document",
    description: "The OpenAPI 3.1 description of the API. No key needed.",
    success: { status: 200, schema: "OpenApiDocument", description: "The document" },
    errors: [],
  },
];

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not valid JSON (malformed_json)",
  401: "No API key, or a key that is unknown or revoked (unauthenticated)",
  403: "The key lacks the scope this operation needs (insufficient_scope)",
  404: "No such resource (not_found)",
  409: "The resource changed since the version given (conflict), or a request with this Idempotency-Key is still running (idempotency_in_progress)",
  413: "The body is larger than 1 MiB (payload_too_large)",
  415: "The body is not JSON (unsupported_media_type)",
  422: "Fields or parameters are not valid (validation_failed, with fields), or an Idempotency-Key was reused with another body (idempotency_key_reused)",
  429: "Too many requests for this key (rate_limited); wait Retry-After seconds",
  500: "Unexpected error; quote the requestId",
};

export const RESPONSE_HEADERS: Record<string, { description: string; schema: { type: string } }> = {
  Location: { description: "URL of the created candidate", schema: { type: "string" } },
  ETag: { description: "The resource's version, for If-Match", schema: { type: "string" } },
  "Idempotent-Replayed": {
    description: "true when this is the stored answer to an earlier request with the same Idempotency-Key",
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } },
  "RateLimit-Limit": { description: "Requests the key may burst", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the burst", schema: { type: "integer" } },
};
