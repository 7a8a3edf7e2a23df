import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";

/**
 * The one permission table. Each permission names the roles that hold it; a role not listed
 * (or a disabled user, see guards.ts) gets nothing.
 */
export const ROLE_NAMES = ["recruiter", "security_lead", "admin"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  recruiter: "Recruiter",
  security_lead: "Security lead",
  admin: "Admin",
};

/**
 * Principals that are not people and cannot sign in (the User table's role enum holds only the
 * roles above). Each gets only what its work needs:
 * - system: background work the server starts by itself (the job runner, crash recovery);
 * - operator: the command line and the demo seed, run by someone with a shell on the server.
 */
export const SERVICE_ROLES = ["system", "operator"] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];
export type PrincipalRole = RoleName | ServiceRole;

export const PERMISSIONS = {
  "candidate:read": ["recruiter", "security_lead", "admin"],
  "candidate:create": ["recruiter"],
  "candidate:update": ["recruiter"],
  "audit:read": ["security_lead", "admin"],
  "case:read": ["security_lead", "admin"],
  "case:work": ["security_lead"],
  "case:open": ["recruiter", "security_lead"],
  "case:outcome:read": ["recruiter", "security_lead", "admin"],
  "admin:access": ["admin"],
  "user:manage": ["admin", "operator"],
  "watchlist:manage": ["admin", "operator"],
  "watchlist:review": ["security_lead"],
  "watchlist:screen": ["recruiter", "security_lead", "admin"],
  "settings:manage": ["admin"],
  /** Re-score every candidate under the published rule set (the CLI's `rescore`). */
  "candidate:rescore": ["operator"],
  /** Claim, run and recover background jobs (re-scores, abandoned imports). */
  "job:run": ["system"],
  /** Sign audit-trail checkpoints (the server's checkpointer, `cli audit checkpoint`). */
  "audit:checkpoint": ["system", "operator"],
  /** Send queued webhook deliveries (the server's delivery loop). */
  "webhook:deliver": ["system"],
} as const satisfies Record<string, readonly PrincipalRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleHas(role: string | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly string[]).includes(role);
}

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLE_NAMES as readonly string[]).includes(value);
}

/** The data layer calls this before every read or write; it fails closed. */
export function assertCan(actor: { role: string } | null | undefined, permission: Permission): void {
  if (!actor) throw new UnauthenticatedError();
  if (!roleHas(actor.role, permission)) throw new ForbiddenError();
}
