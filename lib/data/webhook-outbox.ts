import "server-only";
import type { Tx } from "@/lib/db";

export const WEBHOOK_EVENTS = ["candidate.scored", "case.opened", "case.decided", "watchlist.match"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * Queues an event for every active endpoint subscribed to it, inside the transaction of the
 * change that caused it (an outbox): the delivery exists exactly when the change does, and
 * sending happens later, never inside the request.
 */
export async function enqueueWebhookEvent(tx: Tx, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
  const subscribed = endpoints.filter((e) => e.events.split(",").map((s) => s.trim()).includes(event));
  if (subscribed.length === 0) return;
  const payload = JSON.stringify({ event, occurredAt: new Date().toISOString(), data });
  await tx.webhookDelivery.createMany({ data: subscribed.map((e) => ({ endpointId: e.id, event, payload })) });
}
