"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { createEndpoint, deleteEndpoint, nudgeWebhookDispatch, resendDelivery } from "@/lib/data/webhooks";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { Actor, RequestMeta } from "@/lib/data/types";

async function withActor<T>(body: (actor: Actor, meta: RequestMeta) => Promise<T>): Promise<ActionResult<T>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    return body(actor, meta);
  });
}

/** Registers an endpoint; the secret in the answer is shown once. */
export async function createEndpointAction(
  input: unknown,
): Promise<ActionResult<{ id: string; secret: string }>> {
  return withActor(async (actor, meta) => {
    const created = await createEndpoint(actor, input, meta);
    revalidatePath("/admin/webhooks");
    return created;
  });
}

export async function deleteEndpointAction(id: string): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    await deleteEndpoint(actor, String(id), meta);
    revalidatePath("/admin/webhooks");
    return { id: String(id) };
  });
}

/** Re-queues a delivery; it is sent right after this response, outside the request. */
export async function resendDeliveryAction(id: string): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    await resendDelivery(actor, String(id), meta);
    after(nudgeWebhookDispatch);
    revalidatePath("/admin/webhooks");
    return { id: String(id) };
  });
}
