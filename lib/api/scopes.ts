import { z } from "zod";
import type { RoleName } from "@/lib/auth/permissions";

/**
 * What an API key may do. A key acts as its own service user; each request runs as that user
 * with the role the permission table needs for the scope being exercised (see actorFor in
 * lib/api/auth.ts), so every data-layer permission check still applies.
 */
export const API_SCOPES = ["candidates:read", "candidates:write", "cases:read", "screening:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "candidates:read": "List and read candidates and their scores",
  "candidates:write": "Create and update candidates",
  "cases:read": "List and read security cases, including notes and decisions",
  "screening:read":
    "Screen a name against the sanctions and internal watchlists (nothing is stored) and read a candidate's matches and their review",
};

/**
 * The role whose permissions a scope borrows: the candidate writer is a recruiter, the case reader
 * a security lead. The screening reader is a security lead too: a candidate's matches and their
 * review are read under case:read, which recruiters do not hold, and screening a name
 * (watchlist:screen) is open to every role.
 */
export const SCOPE_ROLES: Record<ApiScope, RoleName> = {
  "candidates:read": "recruiter",
  "candidates:write": "recruiter",
  "cases:read": "security_lead",
  "screening:read": "security_lead",
};

export function isApiScope(value: unknown): value is ApiScope {
  return typeof value === "string" && (API_SCOPES as readonly string[]).includes(value);
}

/** Scopes stored comma-separated; anything unknown (an old or hand-edited row) is dropped. */
export function parseScopes(stored: string): ApiScope[] {
  return stored
    .split(",")
    .map((s) => s.trim())
    .filter(isApiScope);
}

/** What the admin form and the CLI send: a name and scopes (an array, or "a,b,c"). */
export const newApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "At most 100 characters"),
  scopes: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z
      .array(z.enum(API_SCOPES, { message: `Scopes are ${API_SCOPES.join(", ")}` }))
      .min(1, "Choose at least one scope")
      .transform((list) => API_SCOPES.filter((s) => list.includes(s))),
  ),
});
export type NewApiKeyInput = z.input<typeof newApiKeySchema>;
