import "server-only";
import { verifyApiKey, type ApiPrincipal } from "@/lib/data/api-keys";
import { bearerToken } from "@/lib/api/keys";
import { unauthenticated } from "@/lib/api/errors";
import { SCOPE_ROLES, type ApiScope } from "@/lib/api/scopes";
import type { Actor } from "@/lib/data/types";

const MESSAGES = {
  malformed: "This is not a Candor API key. Keys look like cand_<prefix>_<secret>.",
  unknown: "This API key is not valid.",
  revoked: "This API key has been revoked.",
} as const;

/** The key behind `Authorization: Bearer …`, or a 401. */
export async function authenticateRequest(request: Request): Promise<ApiPrincipal> {
  const token = bearerToken(request.headers.get("authorization"));
  if (!token) throw unauthenticated("Send an API key as Authorization: Bearer <key>.", false);
  const check = await verifyApiKey(token);
  if (!check.ok) throw unauthenticated(MESSAGES[check.reason], true);
  return check.principal;
}

/**
 * The actor a request runs as: the key's service user, holding for this request the role the
 * scope borrows (recruiter to read and write candidates, security lead to read cases). The
 * scope has been checked already; the data layer checks the role again.
 */
export function actorFor(principal: ApiPrincipal, scope: ApiScope): Actor {
  return { ...principal.user, role: SCOPE_ROLES[scope] };
}
