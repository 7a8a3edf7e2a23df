import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { ABSOLUTE_SESSION_SECONDS, SESSION_COOKIE } from "@/lib/auth/options";
import { roleHas, type Permission } from "@/lib/auth/permissions";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import { loadActor } from "@/lib/data/users";
import { sessionIsLive } from "@/lib/data/auth-sessions";
import { authSecret } from "@/lib/env";
import type { Actor, RequestMeta } from "@/lib/data/types";

/**
 * The signed-in person for this request, re-read from the database: a disabled user, a session
 * issued before a role change, a signed-out (or unrecorded) session, or a session past its
 * absolute lifetime gets null. Cached per request.
 */
export const currentActor = cache(async (): Promise<Actor | null> =>
  actorFromSessionToken((await cookies()).get(SESSION_COOKIE)?.value),
);

/** The same check for a session token taken from a request's cookies (route handlers read it from the Request). */
export async function actorFromSessionToken(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!token?.uid || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  if (!token.signedInAt || Date.now() / 1000 - token.signedInAt > ABSOLUTE_SESSION_SECONDS) return null;
  if (!(await sessionIsLive(token.sid, token.uid))) return null;
  return loadActor(token.uid, token.sv);
}

/** The session cookie's value in a Cookie request header. */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export async function requestMeta(): Promise<RequestMeta> {
  return metaFromHeaders(await headers());
}

/** For pages: anonymous visitors go to sign-in; people without the permission see the refusal page. */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (permission && !roleHas(actor.role, permission)) redirect("/forbidden");
  return actor;
}
