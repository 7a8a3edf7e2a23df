"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { updateSettings } from "@/lib/data/settings";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { OrganisationSettings } from "@/lib/schemas/settings";

export async function updateSettingsAction(input: unknown): Promise<ActionResult<OrganisationSettings>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    const saved = await updateSettings(actor, input, meta);
    // The organisation's name is in every page's header.
    revalidatePath("/", "layout");
    return saved;
  });
}
