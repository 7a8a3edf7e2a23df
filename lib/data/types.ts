import type { RoleName } from "@/lib/auth/permissions";

/** The signed-in person a data-layer call acts for, as re-read from the database. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: RoleName;
}

/** Where a request came from, recorded with every audit event. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
}

export const SYSTEM_META: RequestMeta = { requestId: "system", ip: null };
