import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { assertCan } from "@/lib/auth/permissions";
import { fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/errors";
import { generateApiKey, parseApiKey, secretMatches, serviceUserEmail } from "@/lib/api/keys";
import { newApiKeySchema, parseScopes, type ApiScope } from "@/lib/api/scopes";
import { isServiceActor, type Principal, type RequestMeta } from "@/lib/data/types";

/**
 * API keys. Each key gets its own service user (disabled, with a password hash nothing can
 * match), so candidates it creates and the audit events it causes name the key. The key
 * itself is shown once; only the SHA-256 of its secret is stored.
 */
export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiPrincipal {
  keyId: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  user: { id: string; email: string; name: string };
}

type KeyRow = { id: string; name: string; prefix: string; scopes: string; createdById: string | null; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

function toDto(row: KeyRow, createdBy: string | null): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: parseScopes(row.scopes),
    createdAt: row.createdAt.toISOString(),
    createdBy,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a key and its service user in one transaction with their audit events. */
export async function createApiKey(actor: Principal, raw: unknown, meta: RequestMeta): Promise<{ key: ApiKeyDto; token: string }> {
  assertCan(actor, "user:manage");
  const parsed = newApiKeySchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const { name, scopes } = parsed.data;
  const generated = generateApiKey();
  const row = await db.$transaction(async (tx) => {
    const email = serviceUserEmail(generated.prefix);
    const user = await tx.user.create({
      data: { email, name: `API key: ${name}`, role: "recruiter", disabled: true, passwordHash: `!api-key-service-user!${randomBytes(32).toString("hex")}` },
      select: { id: true },
    });
    await appendAudit(tx, actor, meta, { action: "user.created", targetType: "user", targetId: user.id, after: { email, name: `API key: ${name}`, role: "recruiter", serviceAccount: true } });
    const key = await tx.apiKey.create({
      data: { name, prefix: generated.prefix, secretHash: generated.secretHash, scopes: scopes.join(","), createdById: isServiceActor(actor) ? null : actor.id },
    });
    await appendAudit(tx, actor, meta, { action: "api_key.created", targetType: "api_key", targetId: key.id, after: { name, prefix: key.prefix, scopes, serviceUserId: user.id } });
    return key;
  });
  return { key: toDto(row, actor.name), token: generated.token };
}

/** Newest first. */
export async function listApiKeys(actor: Principal): Promise<ApiKeyDto[]> {
  assertCan(actor, "user:manage");
  const rows = await db.apiKey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => Boolean(x)))];
  const creators = await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(creators.map((u) => [u.id, u.name]));
  return rows.map((r) => toDto(r, r.createdById ? (nameOf.get(r.createdById) ?? null) : null));
}

/** Revoking is immediate and final; revoking a revoked key changes nothing. Accepts the id or the prefix. */
export async function revokeApiKey(actor: Principal, idOrPrefix: string, meta: RequestMeta): Promise<ApiKeyDto> {
  assertCan(actor, "user:manage");
  const row = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { OR: [{ id: idOrPrefix }, { prefix: idOrPrefix }] } });
    if (!key) throw new NotFoundError("API key not found.");
    if (key.revokedAt) return key;
    const revoked = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await appendAudit(tx, actor, meta, { action: "api_key.revoked", targetType: "api_key", targetId: key.id, before: { revokedAt: null }, after: { name: key.name, prefix: key.prefix, revokedAt: revoked.revokedAt } });
    return revoked;
  });
  return toDto(row, null);
}

/** Last-used times are written at most this often per key, so a busy key is not a write per request. */
const LAST_USED_GRANULARITY_MS = 60_000;

export type KeyCheck = { ok: true; principal: ApiPrincipal } | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/** Checks a presented token: known prefix, matching secret, not revoked, service user present. */
export async function verifyApiKey(token: string): Promise<KeyCheck> {
  const parsed = parseApiKey(token);
  if (!parsed) return { ok: false, reason: "malformed" };
  const key = await db.apiKey.findUnique({ where: { prefix: parsed.prefix } });
  if (!key || !secretMatches(key.secretHash, parsed.secret)) return { ok: false, reason: "unknown" };
  if (key.revokedAt) return { ok: false, reason: "revoked" };
  const user = await db.user.findUnique({ where: { email: serviceUserEmail(key.prefix) }, select: { id: true, email: true, name: true } });
  if (!user) return { ok: false, reason: "unknown" };
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { ok: true, principal: { keyId: key.id, name: key.name, prefix: key.prefix, scopes: parseScopes(key.scopes), user } };
}
