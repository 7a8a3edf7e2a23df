"use server";

import { after } from "next/server";
import { currentActor, requestMeta } from "@/lib/auth/guards";
import { assertCan } from "@/lib/auth/permissions";
import { previewCandidateImport, startImportJob, type PreviewRow } from "@/lib/data/candidate-import";
import { nudgeWebhookDispatch } from "@/lib/data/webhooks";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { formArgument, runAction, type ActionResult } from "@/lib/actions/result";

/** Characters, not bytes, but close enough for CSV: 10,000 full rows are about 6 MB. */
const MAX_CSV_CHARS = 10 * 1024 * 1024;

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

function mappingOf(raw: unknown): string[] | null {
  if (raw === undefined || raw === null || raw === "") return null;
  let value: unknown = raw;
  try {
    if (typeof raw === "string") value = JSON.parse(raw);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw new ValidationError({ mapping: ["The column mapping is not valid."] });
  return value;
}

function checkSize(csv: string, workHistoryCsv: string): void {
  const tooBig = (s: string) => s.length > MAX_CSV_CHARS;
  if (!csv.trim()) throw new ValidationError({ csv: ["Choose a CSV file or paste the rows."] });
  if (tooBig(csv) || tooBig(workHistoryCsv))
    throw new ValidationError({
      [tooBig(csv) ? "csv" : "workHistoryCsv"]: [
        "The file is larger than 10 MB; split it into several imports.",
      ],
    });
}

/** The first rows of the file under the chosen mapping: what each would do and what is wrong with it. Writes nothing. */
export async function previewImportAction(input: {
  csv: string;
  workHistoryCsv?: string;
  mapping: string[];
}): Promise<ActionResult<{ rows: PreviewRow[] }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    assertCan(actor, "candidate:create");
    const csv = String(input?.csv ?? "");
    const workHistoryCsv = String(input?.workHistoryCsv ?? "");
    checkSize(csv, workHistoryCsv);
    return previewCandidateImport(actor, { csv, workHistoryCsv, mapping: mappingOf(input?.mapping) });
  });
}

/**
 * Checks the whole file and starts the import after the response: the page polls
 * /api/import/jobs/{id} for progress and, at the end, links the error CSV.
 */
export async function startImportAction(
  form: FormData,
): Promise<ActionResult<{ jobId: string; total: number }>> {
  const meta = await requestMeta();
  return runAction(meta, async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    // Checked before reading the upload, not only in the data layer after it.
    assertCan(actor, "candidate:create");
    formArgument(form);
    const csv = text(form, "csv");
    const workHistoryCsv = text(form, "workHistoryCsv");
    checkSize(csv, workHistoryCsv);
    const fileName =
      text(form, "fileName")
        .replace(/[^\w .()-]+/g, "_")
        .slice(0, 120) || "pasted.csv";
    const { jobId, total, run } = await startImportJob(
      actor,
      { csv, workHistoryCsv, mapping: mappingOf(form.get("mapping")) },
      fileName,
      meta,
    );
    after(async () => {
      await run();
      nudgeWebhookDispatch();
    });
    return { jobId, total };
  });
}
