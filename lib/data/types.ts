import type { RoleName, ServiceRole } from "@/lib/auth/permissions";

/** The signed-in person a data-layer call acts for, as re-read from the database. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: RoleName;
}

/**
 * Work done with no person behind it. Passed explicitly (never `null`), so every data-layer
 * function checks a permission for it like for anyone else; the permission table grants these
 * roles only what their work needs.
 */
export interface ServiceActor {
  id: ServiceRole;
  email: string;
  name: string;
  role: ServiceRole;
}
export type Principal = Actor | ServiceActor;

/** The server's own background work: the job runner and the recovery of abandoned jobs. */
export const SYSTEM_ACTOR: ServiceActor = Object.freeze({ id: "system", email: "system", name: "Background jobs", role: "system" });
/** The command line and the demo seed, run by an operator with a shell on the server. */
export const OPERATOR_ACTOR: ServiceActor = Object.freeze({ id: "operator", email: "command line", name: "Command line", role: "operator" });

export function isServiceActor(actor: object): actor is ServiceActor {
  const role = (actor as { role?: unknown }).role;
  return role === "system" || role === "operator";
}

/** Where a request came from, recorded with every audit event. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
}

export const SYSTEM_META: RequestMeta = { requestId: "system", ip: null };
