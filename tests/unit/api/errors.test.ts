import { describe, expect, test } from "vitest";
import {
  ApiError,
  errorResponse,
  insufficientScope,
  rateLimited,
  toApiError,
  unauthenticated,
} from "@/lib/api/errors";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "@/lib/errors";

const RID = "req-12345678";

describe("API error mapping", () => {
  test.each([
    [
      "validation",
      new ValidationError({ email: ["Enter a valid email address"] }),
      422,
      "validation_failed",
      { email: ["Enter a valid email address"] },
    ],
    ["not found", new NotFoundError("Candidate not found."), 404, "not_found", {}],
    ["stale version", new ConflictError("Someone else changed this candidate."), 409, "conflict", {}],
    ["data-layer refusal", new ForbiddenError(), 403, "forbidden", {}],
    ["data-layer unauthenticated", new UnauthenticatedError(), 401, "unauthenticated", {}],
    [
      "API error",
      new ApiError(415, "unsupported_media_type", "Send JSON."),
      415,
      "unsupported_media_type",
      {},
    ],
  ])("%s → %i with the one error shape", (_label, error, status, code, fields) => {
    const r = toApiError(error, RID);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error: { code, message: error.message, fields, requestId: RID } });
  });

  test("anything unexpected is a 500 that reveals nothing but the request id", () => {
    const r = toApiError(new Error("connection string postgres://secret@db"), RID);
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe("internal");
    expect(r.body.error.message).toContain(RID);
    expect(r.body.error.message).not.toContain("secret");
    expect(r.body.error.fields).toEqual({});
  });

  test("401 challenges for a bearer token, naming an invalid one", () => {
    expect(toApiError(unauthenticated("No key.", false), RID).headers["WWW-Authenticate"]).toBe(
      'Bearer realm="Candor API"',
    );
    expect(toApiError(unauthenticated("Bad key.", true), RID).headers["WWW-Authenticate"]).toContain(
      'error="invalid_token"',
    );
    expect(toApiError(new UnauthenticatedError(), RID).headers["WWW-Authenticate"]).toMatch(/^Bearer /);
  });

  test("403 names the missing scope; 429 carries Retry-After", () => {
    const forbidden = toApiError(insufficientScope("cases:read"), RID);
    expect(forbidden).toMatchObject({ status: 403, body: { error: { code: "insufficient_scope" } } });
    expect(forbidden.body.error.message).toContain("cases:read");
    const limited = toApiError(rateLimited(7), RID);
    expect(limited).toMatchObject({
      status: 429,
      headers: { "Retry-After": "7" },
      body: { error: { code: "rate_limited" } },
    });
  });

  test("errorResponse is JSON, uncached, with the status and headers", async () => {
    const res = errorResponse(rateLimited(3), RID);
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({
      error: { code: "rate_limited", message: expect.any(String), fields: {}, requestId: RID },
    });
  });
});
