import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { auditQuerySchema, type AuditQuery } from "@/lib/schemas/audit";
import { appendAudit } from "@/lib/data/audit";
import { csvRow } from "@/lib/format/csv";
import type { RequestMeta } from "@/lib/data/types";
import type { Actor } from "@/lib/data/types";
import { likeLiteral } from "@/lib/infra/like";

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

function whereFor(q: AuditQuery) {
  const at = {
    ...(q.from ? { gte: new Date(`${q.from}T00:00:00.000Z`) } : {}),
    ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00.000Z`).getTime() + 86_400_000) } : {}),
  };
  return {
    ...(q.action ? { action: { startsWith: likeLiteral(q.action) } } : {}),
    ...(q.actor ? { actorEmail: q.actor.toLowerCase() } : {}),
    ...(q.target ? { targetId: q.target } : {}),
    ...(q.from || q.to ? { at } : {}),
  };
}

export async function listAuditEvents(actor: Actor, raw: unknown) {
  assertCan(actor, "audit:read");
  const q = auditQuerySchema.parse(raw ?? {});
  const where = whereFor(q);
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

const EXPORT_LIMIT = 100_000;

/** The filtered audit rows as CSV (formula-safe). Making an export is itself audited. */
export async function exportAuditCsv(actor: Actor, raw: unknown, meta: RequestMeta): Promise<{ csv: string; rows: number }> {
  assertCan(actor, "audit:read");
  const q = auditQuerySchema.parse(raw ?? {});
  const rows = await db.auditEvent.findMany({ where: whereFor(q), orderBy: { seq: "asc" }, take: EXPORT_LIMIT });
  const lines = [csvRow(["seq", "at", "actor_email", "action", "target_type", "target_id", "before", "after", "request_id", "ip", "prev_hash", "hash"])];
  for (const r of rows) {
    lines.push(csvRow([r.seq, r.at.toISOString(), r.actorEmail, r.action, r.targetType, r.targetId, r.before, r.after, r.requestId, r.ip, r.prevHash, r.hash]));
  }
  await db.$transaction((tx) =>
    appendAudit(tx, actor, meta, { action: "audit.exported", targetType: "audit", after: { rows: rows.length, filters: { action: q.action, actor: q.actor, target: q.target, from: q.from, to: q.to } } }),
  );
  return { csv: `${lines.join("\r\n")}\r\n`, rows: rows.length };
}
