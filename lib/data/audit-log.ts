import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { auditQuerySchema } from "@/lib/schemas/audit";
import type { Actor } from "@/lib/data/types";

export interface AuditEventDto {
  seq: number;
  at: string;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: string | null;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

/** Short, safe description of an event's after-state for the log table (never a password or hash). */
function summarise(after: unknown): string | null {
  if (!after || typeof after !== "object") return null;
  const a = after as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ["fullName", "email", "role", "total", "band", "ruleSetVersion", "reason"]) {
    if (a[key] !== undefined && a[key] !== null) parts.push(`${key}: ${String(a[key])}`);
  }
  return parts.length ? parts.join(" · ") : null;
}

export async function listAuditEvents(actor: Actor, raw: unknown) {
  assertCan(actor, "audit:read");
  const q = auditQuerySchema.parse(raw ?? {});
  const where = {
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.actor ? { actorEmail: q.actor.toLowerCase() } : {}),
    ...(q.target ? { targetId: q.target } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { seq: "desc" }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  const items: AuditEventDto[] = rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorEmail: r.actorEmail,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    summary: summarise(r.after),
    requestId: r.requestId,
    ip: r.ip,
    hash: r.hash,
  }));
  return { items, total, page: q.page, pageSize: q.pageSize, pageCount: Math.max(1, Math.ceil(total / q.pageSize)), query: q };
}
