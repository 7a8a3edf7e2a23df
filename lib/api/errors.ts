import { AppError, isAppError, UnauthenticatedError, ValidationError, type FieldErrors } from "@/lib/errors";

/**
 * Every API error has one shape:
 *   { "error": { "code": "validation_failed", "message": "…", "fields": { "email": ["…"] }, "requestId": "…" } }
 * `fields` is always present ({} when the error is not about particular fields).
 */
export interface ApiErrorBody {
  error: { code: string; message: string; fields: FieldErrors; requestId: string };
}

export interface ApiErrorResult {
  status: number;
  body: ApiErrorBody;
  headers: Record<string, string>;
}

/** An error raised by the API layer itself (bad body, missing key, rate limit …). */
export class ApiError extends AppError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly fields: FieldErrors = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message, status, code);
  }
}

export const BEARER_CHALLENGE = 'Bearer realm="Candor API"';

export function unauthenticated(message: string, invalidToken: boolean): ApiError {
  const challenge = invalidToken ? `${BEARER_CHALLENGE}, error="invalid_token"` : BEARER_CHALLENGE;
  return new ApiError(401, "unauthenticated", message, {}, { "WWW-Authenticate": challenge });
}

export function insufficientScope(scope: string): ApiError {
  return new ApiError(
    403,
    "insufficient_scope",
    `This API key does not have the ${scope} scope.`,
    {},
    {
      "WWW-Authenticate": `${BEARER_CHALLENGE}, error="insufficient_scope", scope="${scope}"`,
    },
  );
}

export function rateLimited(retryAfterSeconds: number): ApiError {
  return new ApiError(
    429,
    "rate_limited",
    `Too many requests for this API key. Retry after ${retryAfterSeconds} s.`,
    {},
    {
      "Retry-After": String(retryAfterSeconds),
    },
  );
}

/** Maps anything thrown while handling a request to a status and the one error body. */
export function toApiError(e: unknown, requestId: string): ApiErrorResult {
  const body = (code: string, message: string, fields: FieldErrors = {}): ApiErrorBody => ({
    error: { code, message, fields, requestId },
  });
  if (e instanceof ApiError)
    return { status: e.status, body: body(e.code, e.message, e.fields), headers: { ...e.headers } };
  if (e instanceof ValidationError)
    return { status: 422, body: body(e.code, e.message, e.fieldErrors), headers: {} };
  if (e instanceof UnauthenticatedError)
    return { status: 401, body: body(e.code, e.message), headers: { "WWW-Authenticate": BEARER_CHALLENGE } };
  if (isAppError(e)) return { status: e.status, body: body(e.code, e.message), headers: {} };
  return {
    status: 500,
    body: body(
      "internal",
      `Something went wrong on our side. If it keeps happening, quote reference ${requestId}.`,
    ),
    headers: {},
  };
}

/** A JSON response that is never cached: API answers are about one key's view of live data. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function errorResponse(e: unknown, requestId: string): Response {
  const { status, body, headers } = toApiError(e, requestId);
  if (status >= 500) console.error(`[${requestId}] unexpected error in API request`, e);
  return jsonResponse(status, body, headers);
}
