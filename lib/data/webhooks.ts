import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/data/webhook-outbox";
import { assertCan } from "@/lib/auth/permissions";
import { webhookAllowHosts } from "@/lib/env";
import { fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/errors";
import { DELIVERY_HEADER, endpointUrlProblem, EVENT_HEADER, generateSecret, retryDelaySeconds, SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signing";
import { DeliveryRefusedError, postWebhook, systemResolver, type Resolver, type TargetPolicy } from "@/lib/webhooks/transport";
import { SYSTEM_ACTOR, type Actor, type Principal, type RequestMeta } from "@/lib/data/types";

/**
 * Webhook endpoints (admin-managed) and the delivery of the outbox rows that
 * lib/data/webhook-outbox.ts queues in the transaction of each change. Sending happens here,
 * outside any request: a loop started at server start (instrumentation.ts) and a nudge after
 * actions, each calling dispatchDueWebhooks().
 */
export type DeliveryStatus = "pending" | "delivered" | "failed" | "dead";
export const DELIVERY_TIMEOUT_MS = 5_000;
/** A claimed delivery is not picked up again for this long, so two dispatchers never send it twice at once. */
const CLAIM_LEASE_MS = 60_000;
const CONCURRENCY = 8;

export interface EndpointView {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
  counts: Record<DeliveryStatus, number>;
}

export interface DeliveryView {
  id: string;
  endpointId: string;
  endpointUrl: string;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

const endpointSchema = z.object({
  url: z.string().trim().min(1, "Enter the endpoint URL").max(2000, "At most 2000 characters"),
  events: z.array(z.enum(WEBHOOK_EVENTS, { message: "Unknown event" })).min(1, "Choose at least one event"),
});

export async function listEndpoints(actor: Actor): Promise<EndpointView[]> {
  assertCan(actor, "admin:access");
  const [endpoints, groups] = await Promise.all([
    db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, url: true, events: true, createdAt: true } }),
    db.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  return endpoints.map((e) => {
    const counts: Record<DeliveryStatus, number> = { pending: 0, delivered: 0, failed: 0, dead: 0 };
    for (const g of groups) if (g.endpointId === e.id && g.status in counts) counts[g.status as DeliveryStatus] = g._count._all;
    return { id: e.id, url: e.url, events: e.events.split(",").filter(Boolean), createdAt: e.createdAt.toISOString(), counts };
  });
}

/** Registers an endpoint; the signing secret is returned this once and never shown again. */
export async function createEndpoint(actor: Actor, raw: unknown, meta: RequestMeta): Promise<{ id: string; secret: string }> {
  assertCan(actor, "admin:access");
  const parsed = endpointSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const problem = endpointUrlProblem(parsed.data.url, { allowHosts: webhookAllowHosts() });
  if (problem) throw new ValidationError({ url: [problem] });
  const url = new URL(parsed.data.url).toString();
  const events = [...new Set(parsed.data.events)];
  const secret = generateSecret();
  const id = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { url, events: events.join(","), secret, createdById: actor.id }, select: { id: true } });
    await appendAudit(tx, actor, meta, { action: "webhook.endpoint_created", targetType: "webhook_endpoint", targetId: created.id, after: { url, events } });
    return created.id;
  });
  return { id, secret };
}

/** Removes an endpoint and its delivery history; the audit trail keeps what it was. */
export async function deleteEndpoint(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, "admin:access");
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true, events: true } });
    if (!endpoint) throw new NotFoundError("Webhook endpoint not found.");
    const deliveries = await tx.webhookDelivery.count({ where: { endpointId: id } });
    await tx.webhookEndpoint.delete({ where: { id } });
    await appendAudit(tx, actor, meta, { action: "webhook.endpoint_deleted", targetType: "webhook_endpoint", targetId: id, before: { url: endpoint.url, events: endpoint.events.split(","), deliveries } });
  });
}

export async function listDeliveries(actor: Actor, opts: { status?: string; endpointId?: string; take?: number } = {}): Promise<DeliveryView[]> {
  assertCan(actor, "admin:access");
  const rows = await db.webhookDelivery.findMany({
    where: { ...(opts.status ? { status: opts.status } : {}), ...(opts.endpointId ? { endpointId: opts.endpointId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.take ?? 50, 200),
    include: { endpoint: { select: { url: true } } },
  });
  return rows.map((d) => ({
    id: d.id,
    endpointId: d.endpointId,
    endpointUrl: d.endpoint.url,
    event: d.event,
    status: d.status as DeliveryStatus,
    attempts: d.attempts,
    responseCode: d.responseCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: d.nextAttemptAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
  }));
}

/** Queues a delivery again, due now, with a fresh retry schedule. */
export async function resendDelivery(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, "admin:access");
  await db.$transaction(async (tx) => {
    const d = await tx.webhookDelivery.findUnique({ where: { id }, select: { event: true, endpointId: true, status: true, attempts: true } });
    if (!d) throw new NotFoundError("Webhook delivery not found.");
    await tx.webhookDelivery.update({ where: { id }, data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null, deliveredAt: null } });
    await appendAudit(tx, actor, meta, { action: "webhook.delivery_resent", targetType: "webhook_delivery", targetId: id, before: { status: d.status, attempts: d.attempts }, after: { event: d.event, endpointId: d.endpointId } });
  });
}

/** Many events of one kind at once (the CSV import), in the same payload format as enqueueWebhookEvent. */
export async function enqueueWebhookEvents(tx: Tx, event: WebhookEvent, items: Record<string, unknown>[]): Promise<void> {
  if (items.length === 0) return;
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
  const subscribed = endpoints.filter((e) => e.events.split(",").map((s) => s.trim()).includes(event));
  if (subscribed.length === 0) return;
  const occurredAt = new Date().toISOString();
  const payloads = items.map((data) => JSON.stringify({ event, occurredAt, data }));
  await tx.webhookDelivery.createMany({ data: subscribed.flatMap((e) => payloads.map((payload) => ({ endpointId: e.id, event, payload }))) });
}

export interface DispatchSummary {
  attempted: number;
  delivered: number;
  failed: number;
  dead: number;
}

interface DueDelivery {
  id: string;
  event: string;
  payload: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  endpoint: { url: string; secret: string };
}

type Outcome = { ok: true; code: number } | { ok: false; code: number | null; error: string; refused?: boolean };

async function send(d: DueDelivery, policy: TargetPolicy): Promise<Outcome> {
  try {
    const res = await postWebhook(
      d.endpoint.url,
      {
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "Candor-Webhooks/1",
          [SIGNATURE_HEADER]: signatureHeader(d.endpoint.secret, d.payload),
          [EVENT_HEADER]: d.event,
          [DELIVERY_HEADER]: d.id,
        },
        body: d.payload,
        timeoutMs: DELIVERY_TIMEOUT_MS,
      },
      policy,
    );
    if (res.status >= 200 && res.status < 300) return { ok: true, code: res.status };
    const redirect = res.status >= 300 && res.status < 400 ? " (redirects are not followed)" : "";
    return { ok: false, code: res.status, error: `HTTP ${res.status}${redirect}${res.text ? `: ${res.text.slice(0, 200)}` : ""}` };
  } catch (e) {
    if (e instanceof DeliveryRefusedError) return { ok: false, code: null, error: e.message.slice(0, 300), refused: true };
    const name = e instanceof Error ? e.name : "";
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : "";
    if (name === "TimeoutError" || name === "AbortError") return { ok: false, code: null, error: `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s` };
    return { ok: false, code: null, error: `${e instanceof Error ? e.message : String(e)}${cause}`.slice(0, 300) };
  }
}

async function attempt(d: DueDelivery, now: Date, policy: TargetPolicy): Promise<Exclude<DeliveryStatus, "pending"> | null> {
  // Claim it: only the dispatcher whose update matches the row it read sends it.
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: d.id, status: d.status, nextAttemptAt: d.nextAttemptAt },
    data: { nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
  });
  if (claimed.count === 0) return null;
  const outcome = await send(d, policy);
  const attempts = d.attempts + 1;
  if (outcome.ok) {
    await db.webhookDelivery.update({ where: { id: d.id }, data: { status: "delivered", attempts, responseCode: outcome.code, lastError: null, deliveredAt: new Date() } });
    return "delivered";
  }
  // A refused target (a private address, say) will not become a receiver by waiting: it is
  // dead at once, its reason on the row, and an admin can resend once the host is fixed.
  const delay = outcome.refused ? null : retryDelaySeconds(attempts);
  const status = delay === null ? "dead" : "failed";
  await db.webhookDelivery.update({
    where: { id: d.id },
    data: { status, attempts, responseCode: outcome.code, lastError: outcome.error, ...(delay === null ? {} : { nextAttemptAt: new Date(now.getTime() + delay * 1000) }) },
  });
  return status;
}

let running: Promise<DispatchSummary> | null = null;

/**
 * Sends every delivery that is due (new, re-queued, or failed and past its back-off), each
 * signed, with a 5 s timeout, only to a vetted public address (lib/webhooks/transport.ts), recording the response code and scheduling the next attempt
 * (30 s, 2 min, 10 min, 1 h, 6 h, then dead). Concurrent calls in one process share a run.
 */
export function dispatchDueWebhooks(actor: Principal, opts: { now?: Date; limit?: number; endpointId?: string; resolve?: Resolver } = {}): Promise<DispatchSummary> {
  // Before any shared run is joined: a refused caller gets nothing of another's run.
  assertCan(actor, "webhook:deliver");
  const shared = Object.keys(opts).length === 0;
  if (shared && running) return running;
  const run = (async () => {
    const now = opts.now ?? new Date();
    const due = await db.webhookDelivery.findMany({
      where: { status: { in: ["pending", "failed"] }, nextAttemptAt: { lte: now }, ...(opts.endpointId ? { endpointId: opts.endpointId } : {}) },
      orderBy: { nextAttemptAt: "asc" },
      take: opts.limit ?? 100,
      select: { id: true, event: true, payload: true, status: true, attempts: true, nextAttemptAt: true, endpoint: { select: { url: true, secret: true } } },
    });
    const summary: DispatchSummary = { attempted: 0, delivered: 0, failed: 0, dead: 0 };
    const policy: TargetPolicy = { resolve: opts.resolve ?? systemResolver, allowHosts: webhookAllowHosts() };
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      const results = await Promise.all(due.slice(i, i + CONCURRENCY).map((d) => attempt(d, now, policy)));
      for (const r of results) {
        if (!r) continue;
        summary.attempted += 1;
        summary[r] += 1;
      }
    }
    return summary;
  })();
  if (!shared) return run;
  running = run.finally(() => {
    running = null;
  });
  return running;
}

/** Starts dispatching in the background, for after an action; never awaited by a request. */
export function nudgeWebhookDispatch(): void {
  void dispatchDueWebhooks(SYSTEM_ACTOR).catch((e: unknown) => console.error("[webhooks] dispatch failed", e));
}

const loop = globalThis as unknown as { candorWebhookLoop?: NodeJS.Timeout };

/** The server's delivery loop: every `intervalMs` (sooner while a backlog lasts). Timers are unref'd so they never keep a process alive. */
export function startWebhookDispatcher(intervalMs = 15_000): void {
  if (loop.candorWebhookLoop) return;
  const tick = async () => {
    let next = intervalMs;
    try {
      const s = await dispatchDueWebhooks(SYSTEM_ACTOR);
      if (s.attempted >= 100) next = 1_000;
    } catch (e) {
      console.error("[webhooks] dispatch failed", e);
    }
    loop.candorWebhookLoop = setTimeout(tick, next).unref();
  };
  loop.candorWebhookLoop = setTimeout(tick, 5_000).unref();
}
