import type { RoleName } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface User {
    role: RoleName;
    sessionVersion: number;
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
    /** When the person signed in (seconds); sessions end a fixed time after it, active or not. */
    signedInAt?: number;
  }
}
