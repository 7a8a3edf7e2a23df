"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import {
  createDraft,
  discardDraft,
  importDraft,
  publishDraft,
  rollback,
  updateDraft,
} from "@/lib/data/rule-admin";
import { listJobs, startJobRunner, type JobView } from "@/lib/data/jobs";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/actions/result";
import type { Actor, RequestMeta } from "@/lib/data/types";

/** An exported rule set is a few kilobytes; anything far larger is not one. */
const MAX_IMPORT_CHARS = 1_000_000;

async function withActor<T>(body: (actor: Actor, meta: RequestMeta) => Promise<T>): Promise<ActionResult<T>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    return body(actor, meta);
  });
}

export async function createDraftAction(): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    const created = await createDraft(actor, meta);
    revalidatePath("/admin/rules");
    return created;
  });
}

export async function saveDraftAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ id: string; changes: number }>> {
  return withActor(async (actor, meta) => {
    const saved = await updateDraft(actor, String(id), input, meta);
    revalidatePath(`/admin/rules/draft/${id}`);
    return saved;
  });
}

export async function discardDraftAction(id: string): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    await discardDraft(actor, String(id), meta);
    revalidatePath("/admin/rules");
    return { id };
  });
}

/** Publishes, then starts re-scoring in the background: the response does not wait for it. */
export async function publishDraftAction(
  id: string,
  input: unknown,
): Promise<ActionResult<{ version: number; jobId: string }>> {
  return withActor(async (actor, meta) => {
    const published = await publishDraft(actor, String(id), input, meta);
    startJobRunner();
    revalidatePath("/", "layout");
    return published;
  });
}

export async function rollbackAction(
  version: number,
  input: unknown,
): Promise<ActionResult<{ version: number; jobId: string }>> {
  return withActor(async (actor, meta) => {
    const published = await rollback(actor, Number(version), input, meta);
    startJobRunner();
    revalidatePath("/", "layout");
    return published;
  });
}

export async function importDraftAction(text: string): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    if (typeof text !== "string" || text.length > MAX_IMPORT_CHARS)
      throw new ValidationError({
        file: ["Choose a rule-set JSON file exported from Candor (at most 1 MB)."],
      });
    const created = await importDraft(actor, text, meta);
    revalidatePath("/admin/rules");
    return created;
  });
}

/** The latest re-score jobs, polled by the rules page while one is running. */
export async function jobsProgressAction(): Promise<ActionResult<JobView[]>> {
  return withActor((actor) => listJobs(actor));
}
