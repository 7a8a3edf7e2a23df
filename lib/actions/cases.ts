"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import {
  addCaseNote,
  assignCaseToMe,
  decideCase,
  openCaseManually,
  reviewPendingDecision,
} from "@/lib/data/cases";
import { UnauthenticatedError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/data/types";

async function withActor<T>(
  body: (actor: Actor, meta: Awaited<ReturnType<typeof requestMeta>>) => Promise<T>,
): Promise<ActionResult<T>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    return body(actor, meta);
  });
}

function refresh(caseId: string) {
  revalidatePath(`/cases/${caseId}`);
  revalidatePath("/cases");
}

export async function openCaseAction(candidateId: string, input: unknown) {
  return withActor(async (actor, meta) => {
    const { id } = await openCaseManually(actor, String(candidateId), input, meta);
    revalidatePath(`/candidates/${candidateId}`);
    refresh(id);
    return { id };
  });
}

export async function assignToMeAction(caseId: string, version: number) {
  return withActor(async (actor, meta) => {
    await assignCaseToMe(actor, String(caseId), { version }, meta);
    refresh(caseId);
    return { id: caseId };
  });
}

export async function addNoteAction(caseId: string, input: unknown) {
  return withActor(async (actor, meta) => {
    await addCaseNote(actor, String(caseId), input, meta);
    refresh(caseId);
    return { id: caseId };
  });
}

export async function decideCaseAction(caseId: string, input: unknown) {
  return withActor(async (actor, meta) => {
    const result = await decideCase(actor, String(caseId), input, meta);
    refresh(caseId);
    return result;
  });
}

export async function reviewDecisionAction(caseId: string, version: number, approve: boolean) {
  return withActor(async (actor, meta) => {
    await reviewPendingDecision(actor, String(caseId), { version }, Boolean(approve), meta);
    refresh(caseId);
    return { id: caseId };
  });
}
