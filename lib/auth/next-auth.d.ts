import type { RoleName } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    role: RoleName;
    sessionVersion: number;
    /** The server-side session this sign-in opened (lib/data/auth-sessions.ts). */
    sessionId: string;
  }
  interface Session {
    user: { name: string | null; email: string | null; role: RoleName | undefined };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: RoleName;
    sv?: number;
    /** The server-side session id: revoked on sign-out, checked on every request. */
    sid?: string;
    /** When the person signed in (seconds); sessions end a fixed time after it, active or not. */
    signedInAt?: number;
  }
}
