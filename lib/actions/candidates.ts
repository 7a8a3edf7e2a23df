"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { createCandidate, updateCandidate } from "@/lib/data/candidates";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";

export async function createCandidateAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    const { id } = await createCandidate(actor, input, meta);
    revalidatePath("/candidates");
    return { id };
  });
}

export async function updateCandidateAction(
  id: string,
  version: number,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    await updateCandidate(actor, String(id), Number(version), input, meta);
    revalidatePath("/candidates");
    revalidatePath(`/candidates/${id}`);
    return { id };
  });
}
