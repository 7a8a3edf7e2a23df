import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import type { RequestMeta } from "@/lib/data/types";

/** A session ends 24 hours after sign-in in any case (the token's idle limit is shorter). */
export const ABSOLUTE_SESSION_SECONDS = 24 * 60 * 60;

/** Records a new session inside the sign-in's own transaction; its id travels in the JWT as `sid`. */
export async function openSession(tx: Tx, userId: string): Promise<string> {
  const id = randomUUID();
  const now = Date.now();
  await tx.authSession.create({ data: { id, userId, createdAt: new Date(now), expiresAt: new Date(now + ABSOLUTE_SESSION_SECONDS * 1000) } });
  // Sessions past their lifetime can never be used again; keep the table small.
  await tx.authSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  return id;
}

/** Whether the session is still open: recorded for this user, not signed out, not expired. */
export async function sessionIsLive(sessionId: string, userId: string): Promise<boolean> {
  const row = await db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true, expiresAt: true } });
  return Boolean(row && row.userId === userId && !row.revokedAt && row.expiresAt > new Date());
}

/**
 * Signing out ends the session on the server: a copy of the cookie is refused from then on.
 * Idempotent; only the session's own user can be named, and the audit event shares the update's
 * transaction.
 */
export async function revokeSession(sessionId: string, userId: string, meta: RequestMeta): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
    if (!row || row.userId !== userId || row.revokedAt) return false;
    await tx.authSession.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    await appendAudit(tx, user, meta, { action: "auth.sign_out", targetType: "user", targetId: userId });
    return true;
  });
}
