import "server-only";
import { actorFromSessionToken, sessionTokenFromCookieHeader } from "@/lib/auth/guards";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { ApiError, toApiError } from "@/lib/api/errors";
import { appOrigins, crossOriginWrite } from "@/lib/http/same-origin";
import { UnauthenticatedError } from "@/lib/errors";
import { env } from "@/lib/env";
import type { Actor, RequestMeta } from "@/lib/data/types";

export interface SessionContext<P> {
  request: Request;
  params: P;
  actor: Actor;
  meta: RequestMeta;
}

type RouteParams = Record<string, string | string[]>;

/**
 * A route handler for the dashboard itself, authenticated by the session cookie (the /api/v1
 * routes use apiRoute and API keys instead). A browser sends the cookie with requests other sites
 * make it send, so writes from another origin are refused (403) before anything else; then the
 * session is checked (401) and the handler runs. Anything thrown becomes the API's one error
 * shape with the request id. Bodies are read with readJsonBody (415 unless JSON).
 */
export function sessionRoute<P extends RouteParams = Record<string, never>>(
  run: (ctx: SessionContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const meta = metaFromHeaders(request.headers);
    let response: Response;
    try {
      const crossOrigin = crossOriginWrite(
        request.method,
        request.headers,
        appOrigins(env().NEXTAUTH_URL, request.headers, request.url),
      );
      if (crossOrigin)
        throw new ApiError(
          403,
          "cross_origin",
          `${crossOrigin} Writes are accepted only from Candor's own pages.`,
        );
      const actor = await actorFromSessionToken(sessionTokenFromCookieHeader(request.headers.get("cookie")));
      if (!actor) throw new UnauthenticatedError();
      response = await run({ request, params: await context.params, actor, meta });
    } catch (e) {
      const { status, body } = toApiError(e, meta.requestId);
      if (status >= 500) console.error(`[${meta.requestId}] unexpected error in a dashboard route`, e);
      // No WWW-Authenticate: the way in is the sign-in page, not a bearer token.
      const headers: Record<string, string> = {
        "Cache-Control": "no-store",
        ...(e instanceof ApiError ? e.headers : {}),
      };
      response = Response.json(body, { status, headers });
    }
    response.headers.set("X-Request-Id", meta.requestId);
    return response;
  };
}
