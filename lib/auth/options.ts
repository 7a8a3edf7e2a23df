import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { signInWithPassword } from "@/lib/data/users";
import { ABSOLUTE_SESSION_SECONDS, revokeSession } from "@/lib/data/auth-sessions";
import { authSecret, secureCookies } from "@/lib/env";
import { metaFromHeaders } from "@/lib/auth/request-meta";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_SECONDS,
  issueDeviceCookie,
  verifyDeviceCookie,
} from "@/lib/auth/device";
import { safeRedirect } from "@/lib/auth/safe-redirect";

export { ABSOLUTE_SESSION_SECONDS };

/** A session ends after 8 hours without activity and 24 hours after sign-in in any case. */
const IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_COOKIE = secureCookies()
  ? "__Secure-next-auth.session-token"
  : "next-auth.session-token";

/** What the sign-in form is told when the throttle refused the attempt (it says so, and nothing else). */
export const THROTTLED_ERROR = "TooManyAttempts";

export const authOptions: NextAuthOptions = {
  // Read when a request is handled, not when the module loads: `next build` needs no secret, and
  // the running server has already refused to start without one (instrumentation.ts).
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: IDLE_SECONDS, updateAge: 15 * 60 },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
    },
  },
  useSecureCookies: secureCookies(),
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email.trim().toLowerCase() : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || email.length > 320 || !password || password.length > 256) return null;
        const jar = await cookies();
        const deviceId = verifyDeviceCookie(jar.get(DEVICE_COOKIE)?.value, email);
        const result = await signInWithPassword(
          email,
          password,
          metaFromHeaders(req?.headers ?? {}),
          deviceId,
        );
        if (result.status === "throttled") throw new Error(THROTTLED_ERROR);
        if (result.status !== "signed_in") return null;
        // Renewed on every sign-in, so a device in regular use never loses its exemption.
        jar.set(DEVICE_COOKIE, issueDeviceCookie(email, result.deviceId ?? undefined), {
          httpOnly: true,
          sameSite: "lax",
          secure: secureCookies(),
          path: "/api/auth",
          maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
        });
        const { user } = result;
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
          sessionId: result.sessionId,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      // Only what the UI needs; the server re-checks the user on every request (lib/auth/guards.ts).
      session.user = {
        name: session.user?.name ?? null,
        email: session.user?.email ?? null,
        role: token.role,
      };
      return session;
    },
    // Only same-origin paths: a crafted callbackUrl never sends anyone elsewhere, nor fails.
    async redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
  events: {
    // Ends the session on the server, so a copy of the cookie is refused from now on.
    async signOut({ token }) {
      if (typeof token?.sid === "string" && typeof token.uid === "string") {
        await revokeSession(token.sid, token.uid, metaFromHeaders(await headers()));
      }
    },
  },
};
