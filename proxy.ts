import { NextResponse, type NextRequest } from "next/server";

/**
 * Tags every request with an id (carried into the audit trail and error messages) and sends
 * visitors without a session cookie to sign-in. Routes under /api answer for themselves (401 or
 * 403 in the API's error shape) rather than being redirected. This is only for a smooth experience: every
 * page, action and data-layer call checks the session and the permission again.
 */
const PUBLIC = ["/sign-in", "/api", "/_next", "/favicon.ico"];

export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const { pathname } = request.nextUrl;
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (!hasSession && !PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = "";
    return NextResponse.redirect(url);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

// Evidence uploads bypass the proxy: Next buffers a body the proxy sees and cuts it at
// proxyClientMaxBodySize, while the upload route streams the file against the organisation's own
// limit. The route authenticates for itself, like every route under /api.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/evidence-upload/).*)"] };
