"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { createUser } from "@/lib/data/users";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";

export async function createUserAction(input: unknown): Promise<ActionResult<{ email: string; password: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    const { user, password } = await createUser(actor, input, meta);
    revalidatePath("/admin");
    return { email: user.email, password };
  });
}
