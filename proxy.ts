import { NextResponse, type NextRequest } from "next/server";
import { checkActionBody, isPossibleServerAction } from "@/lib/http/action-body";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { env } from "@/lib/env";

/**
 * Runs before every request except the static files (next.config.ts gives those the static
 * security headers):
 * - tags the request with an id (carried into the audit trail and error messages);
 * - gives every response the security headers, with a fresh CSP nonce that Next.js reads from
 *   the request's Content-Security-Policy header and puts on its own scripts;
 * - refuses, with a 400 in the API's error shape, what Next.js would otherwise answer with a
 *   bare 500 and no headers at all: a path segment that is not valid %-encoded UTF-8, and a
 *   server-action body it cannot parse;
 * - sends visitors without a session cookie to sign-in. Routes under /api answer for themselves
 *   (401 or 403 in the API's error shape) rather than being redirected. This is only for a smooth
 *   experience: every page, action and data-layer call checks the session and the permission again.
 */
const PUBLIC = ["/sign-in", "/api", "/_next", "/favicon.ico"];

function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

function refusal(status: number, code: string, message: string, requestId: string): NextResponse {
  return NextResponse.json(
    { error: { code, message, fields: {}, requestId } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

export async function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const nonce = newNonce();
  const e = env();
  const security = securityHeaders(nonce, {
    dev: e.NODE_ENV === "development",
    https: servedOverHttps(e.NEXTAUTH_URL, request.headers.get("x-forwarded-proto")),
  });
  const finish = (response: NextResponse): NextResponse => {
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
    response.headers.set("x-request-id", requestId);
    return response;
  };

  const { pathname } = request.nextUrl;
  if (!decodablePath(pathname))
    return finish(
      refusal(400, "bad_request", "The address contains an invalid %-encoded character.", requestId),
    );
  if (isPossibleServerAction(request.method, request.headers)) {
    const refused = await checkActionBody(request.headers, request.body);
    if (refused) return finish(refusal(refused.status, refused.code, refused.message, requestId));
  }

  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (!hasSession && !PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = "";
    return finish(NextResponse.redirect(url));
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  // Next.js takes the nonce for its scripts from this request header.
  headers.set("Content-Security-Policy", security["Content-Security-Policy"]!);
  headers.set("x-nonce", nonce);
  return finish(NextResponse.next({ request: { headers } }));
}

// Evidence uploads bypass the proxy: Next buffers a body the proxy sees and cuts it at
// proxyClientMaxBodySize, while the upload route streams the file against the organisation's own
// limit. The route authenticates for itself, like every route under /api.
// Evidence uploads pass through too, so a path the router cannot decode gets this file's 400 rather
// than a 500 from Next; their body (up to proxyClientMaxBodySize in next.config.ts, above the
// largest evidence limit) is handed on whole and size-checked by the route.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
