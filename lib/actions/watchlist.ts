"use server";

import { revalidatePath } from "next/cache";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import {
  addInternalItem,
  deactivateInternalItem,
  importWatchlist,
  rescreenAll,
  reviewHit,
  WatchlistFileError,
  type WatchlistImport,
} from "@/lib/data/watchlist";
import { importInternalCsv } from "@/lib/data/watchlist-internal-csv";
import { assertCan } from "@/lib/auth/permissions";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { decodeText } from "@/lib/screening/errors";
import { formArgument, runAction, type ActionResult } from "@/lib/actions/result";
import type { Actor, RequestMeta } from "@/lib/data/types";

const MB = 1024 * 1024;
/** Today's full OFAC sdn.csv is about 4 MB and the UN XML about 2 MB; 50 MB leaves room to grow. */
const MAX_LIST_FILE_BYTES = 50 * MB;
const MAX_CSV_BYTES = 5 * MB;

export interface RescreenSummary {
  screened: number;
  rescored: number;
  /** Set when the change was saved but re-screening the candidates failed; the next list change (or `npm run cli -- rescore`) catches up. */
  rescreenFailed?: string;
}

export type ListImportSummary = RescreenSummary & {
  source: "ofac" | "un";
  entries: number;
  added: number;
  removed: number;
  changed: number;
  warnings: number;
};

async function withActor<T>(body: (actor: Actor, meta: RequestMeta) => Promise<T>): Promise<ActionResult<T>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    return body(actor, meta);
  });
}

/** After a list changes every candidate is screened again; a failure here must not hide that the change itself was saved. */
async function rescreen(actor: Actor, meta: RequestMeta): Promise<RescreenSummary> {
  try {
    return await rescreenAll(actor, meta);
  } catch (e) {
    console.error(`[${meta.requestId}] re-screening after a watchlist change failed`, e);
    return {
      screened: 0,
      rescored: 0,
      rescreenFailed: `The change was saved, but re-screening the candidates failed (reference ${meta.requestId}). It is retried with the next list change.`,
    };
  } finally {
    // Scores, bands and cases may have changed anywhere.
    revalidatePath("/", "layout");
  }
}

/** An uploaded file as bytes; an empty file input (or an empty file: no entries either way) is no file. */
async function readFile(
  form: FormData,
  input: string,
  label: string,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const file = formArgument(form).get(input);
  if (file === null || typeof file === "string" || file.size === 0) return undefined;
  if (file.size > maxBytes) {
    throw new ValidationError(
      { [label]: [`${label} is ${(file.size / MB).toFixed(1)} MB; the limit is ${maxBytes / MB} MB.`] },
      "A file is too large. Nothing was imported.",
    );
  }
  return Buffer.from(await file.arrayBuffer());
}

async function importList(
  actor: Actor,
  input: WatchlistImport,
  meta: RequestMeta,
): Promise<ListImportSummary> {
  let imported;
  try {
    imported = await importWatchlist(actor, input, meta);
  } catch (e) {
    // Shown both as the form's message and beside the file input it is about.
    if (e instanceof WatchlistFileError)
      throw new ValidationError(
        { [e.file]: [`${e.line > 0 ? `Line ${e.line}: ` : ""}${e.reason}`] },
        e.message,
      );
    throw e;
  }
  const { source, entries, added, removed, changed, warnings } = imported;
  return { source, entries, added, removed, changed, warnings, ...(await rescreen(actor, meta)) };
}

/** OFAC legacy CSV: sdn.csv is required; alt.csv, add.csv and sdn_comments.csv add aliases, addresses and long remarks. */
export async function uploadOfacAction(form: FormData): Promise<ActionResult<ListImportSummary>> {
  return withActor(async (actor, meta) => {
    // Checked before reading the upload, not only in the data layer after it.
    assertCan(actor, "watchlist:manage");
    const sdn = await readFile(form, "sdn", "sdn.csv", MAX_LIST_FILE_BYTES);
    const alt = await readFile(form, "alt", "alt.csv", MAX_LIST_FILE_BYTES);
    const add = await readFile(form, "add", "add.csv", MAX_LIST_FILE_BYTES);
    const comments = await readFile(form, "comments", "sdn_comments.csv", MAX_LIST_FILE_BYTES);
    if (!sdn)
      throw new ValidationError({
        "sdn.csv": ["Choose the sdn.csv file: it holds the entries the other files add to."],
      });
    return importList(actor, { source: "ofac", files: { sdn, alt, add, comments } }, meta);
  });
}

/** The UN Security Council consolidated list as published (consolidated.xml). */
export async function uploadUnAction(form: FormData): Promise<ActionResult<ListImportSummary>> {
  return withActor(async (actor, meta) => {
    // Checked before reading the upload, not only in the data layer after it.
    assertCan(actor, "watchlist:manage");
    const xml = await readFile(form, "xml", "consolidated.xml", MAX_LIST_FILE_BYTES);
    if (!xml) throw new ValidationError({ "consolidated.xml": ["Choose the consolidated.xml file."] });
    return importList(actor, { source: "un", xml }, meta);
  });
}

export async function addInternalItemAction(
  input: unknown,
): Promise<ActionResult<{ id: string } & RescreenSummary>> {
  return withActor(async (actor, meta) => {
    const { id } = await addInternalItem(actor, input, meta);
    return { id, ...(await rescreen(actor, meta)) };
  });
}

export async function deactivateInternalItemAction(id: string): Promise<ActionResult<RescreenSummary>> {
  return withActor(async (actor, meta) => {
    await deactivateInternalItem(actor, String(id), meta);
    return rescreen(actor, meta);
  });
}

/** Internal watchlist rows from an uploaded CSV file or pasted text: all of them or none. */
export async function importInternalCsvAction(
  form: FormData,
): Promise<ActionResult<{ imported: number } & RescreenSummary>> {
  return withActor(async (actor, meta) => {
    // Checked before reading the upload, not only in the data layer after it.
    assertCan(actor, "watchlist:manage");
    const file = await readFile(form, "file", "file", MAX_CSV_BYTES);
    const pasted = formArgument(form).get("text");
    const text = file ? decodeText(file) : typeof pasted === "string" ? pasted : "";
    if (!text.trim()) throw new ValidationError({ file: ["Choose a CSV file or paste the rows."] });
    const { imported } = await importInternalCsv(actor, text, meta);
    return { imported, ...(await rescreen(actor, meta)) };
  });
}

/** A security lead confirms (a hard stop) or dismisses a candidate's match; the candidate is re-scored at once. */
export async function reviewHitAction(
  hitId: string,
  candidateId: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor, meta) => {
    await reviewHit(actor, String(hitId), input, meta);
    revalidatePath(`/candidates/${String(candidateId)}`);
    revalidatePath("/candidates");
    revalidatePath("/cases");
    return { id: String(hitId) };
  });
}
