import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/data/users";
import { authSecret, secureCookies } from "@/lib/env";
import { metaFromHeaders } from "@/lib/auth/request-meta";

/** A session ends after 8 hours without activity and 24 hours after sign-in in any case. */
const IDLE_SECONDS = 8 * 60 * 60;
export const ABSOLUTE_SESSION_SECONDS = 24 * 60 * 60;
export const SESSION_COOKIE = secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";

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
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password || password.length > 256) return null;
        const user = await authenticate(email, password, metaFromHeaders(req?.headers ?? {}));
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      // Only what the UI needs; the server re-checks the user on every request (lib/auth/guards.ts).
      session.user = { name: session.user?.name ?? null, email: session.user?.email ?? null, role: token.role };
      return session;
    },
  },
};
