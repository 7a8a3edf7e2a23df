"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { createApiKey, revokeApiKey } from "@/lib/data/api-keys";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { ApiScope } from "@/lib/api/scopes";

export async function createApiKeyAction(
  input: unknown,
): Promise<ActionResult<{ name: string; prefix: string; scopes: ApiScope[]; token: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    const { key, token } = await createApiKey(actor, input, meta);
    revalidatePath("/admin/api-keys");
    return { name: key.name, prefix: key.prefix, scopes: key.scopes, token };
  });
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult<{ id: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    await revokeApiKey(actor, String(id), meta);
    revalidatePath("/admin/api-keys");
    return { id };
  });
}
