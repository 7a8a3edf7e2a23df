"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/data/users";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";

export async function createUserAction(
  input: unknown,
): Promise<ActionResult<{ email: string; password: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    const { user, password } = await createUser(actor, input, meta);
    revalidatePath("/admin");
    return { email: user.email, password };
  });
}

export async function changeUserRoleAction(
  userId: string,
  role: string,
): Promise<ActionResult<{ id: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    await changeUserRole(actor, String(userId), { role }, meta);
    revalidatePath("/admin");
    return { id: userId };
  });
}

export async function setUserDisabledAction(
  userId: string,
  disabled: boolean,
): Promise<ActionResult<{ id: string }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    await setUserDisabled(actor, String(userId), Boolean(disabled), meta);
    revalidatePath("/admin");
    return { id: userId };
  });
}
