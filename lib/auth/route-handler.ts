import "server-only";
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { isSameOriginTarget } from "@/lib/auth/safe-redirect";
import { env } from "@/lib/env";

const nextAuth = NextAuth(authOptions);
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers 500 ("server configuration") to a callbackUrl, in the query or in its
 * callback-url cookie, that does not parse as a URL, e.g. "http://127.0.0.1:3101.evil.example/".
 * Such a value is the client's mistake or an attack, so it is settled here first: a GET is sent
 * to the same page with the home page as its callbackUrl, anything else gets a 400, and a bad
 * cookie is dropped. Values that do parse are still limited to our origin by the redirect callback.
 */
export async function authRouteHandler(request: NextRequest, context: Context): Promise<Response> {
  const base = env().NEXTAUTH_URL ?? request.nextUrl.origin;
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value && !isSameOriginTarget(value, base)) jar.delete(name);
  }
  const param = request.nextUrl.searchParams.get("callbackUrl");
  if (param !== null && !isSameOriginTarget(param, base)) {
    if (request.method !== "GET") {
      return NextResponse.json({ error: "callbackUrl must be a path on this site." }, { status: 400 });
    }
    // Built on the configured origin: Next reports 127.0.0.1 as "localhost" in nextUrl.
    const params = new URLSearchParams(request.nextUrl.searchParams);
    params.set("callbackUrl", "/");
    return NextResponse.redirect(new URL(`${request.nextUrl.pathname}?${params}`, base), 303);
  }
  return nextAuth(request, context);
}
