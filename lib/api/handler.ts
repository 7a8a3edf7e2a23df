import "server-only";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { actorFor, authenticateRequest } from "@/lib/api/auth";
import { errorResponse, insufficientScope, rateLimited } from "@/lib/api/errors";
import { apiRateLimiter, type RateDecision } from "@/lib/api/rate-limit";
import type { ApiScope } from "@/lib/api/scopes";
import type { ApiPrincipal } from "@/lib/data/api-keys";
import type { Actor, RequestMeta } from "@/lib/data/types";

export interface ApiContext<P> {
  request: Request;
  params: P;
  principal: ApiPrincipal;
  actor: Actor;
  meta: RequestMeta;
}

type RouteParams = Record<string, string | string[]>;

function decorate(response: Response, meta: RequestMeta, rate: RateDecision | null): Response {
  response.headers.set("X-Request-Id", meta.requestId);
  if (rate) {
    response.headers.set("RateLimit-Limit", String(rate.limit));
    response.headers.set("RateLimit-Remaining", String(rate.remaining));
  }
  return response;
}

/**
 * One API operation: authenticate the key (401), spend a token from its bucket (429), check the
 * scope (403), then run; anything thrown becomes the one error shape with its status.
 */
export function apiRoute<P extends RouteParams = Record<string, never>>(
  scope: ApiScope,
  run: (ctx: ApiContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const meta = metaFromHeaders(request.headers);
    let rate: RateDecision | null = null;
    try {
      const principal = await authenticateRequest(request);
      rate = apiRateLimiter().take(principal.keyId);
      if (!rate.allowed) throw rateLimited(rate.retryAfterSeconds);
      if (!principal.scopes.includes(scope)) throw insufficientScope(scope);
      const params = await context.params;
      return decorate(
        await run({ request, params, principal, actor: actorFor(principal, scope), meta }),
        meta,
        rate,
      );
    } catch (e) {
      return decorate(errorResponse(e, meta.requestId), meta, rate);
    }
  };
}

/** For routes that need no key (the OpenAPI document, unknown paths): just the error shape. */
export function publicRoute<P extends RouteParams = Record<string, never>>(
  run: (request: Request, params: P, meta: RequestMeta) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const meta = metaFromHeaders(request.headers);
    try {
      return decorate(await run(request, await context.params, meta), meta, null);
    } catch (e) {
      return decorate(errorResponse(e, meta.requestId), meta, null);
    }
  };
}
