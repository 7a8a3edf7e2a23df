import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { appendAudit } from "@/lib/data/audit";
import { createCandidate, updateCandidate } from "@/lib/data/candidates";
import { createBatch, storedCandidates, type NewRow, type StoredCandidate } from "@/lib/data/candidate-import-batch";
import { isAppError, NotFoundError, ValidationError } from "@/lib/errors";
import { errorFileCsv, rejectedRows, type ErrorFileKind } from "@/lib/import/files";
import { IMPORT_JOB_KIND, importRequestId, INTERRUPTED_MESSAGE, jobView, MAX_STORED_ISSUES, type ImportJobParams, type ImportJobView, type JobCounts } from "@/lib/import/job";
import { failAbandonedImport } from "@/lib/data/import-recovery";
import { heartbeat, isAbandoned, leaseUntil, workerId } from "@/lib/data/job-lease";
import { buildCandidate, ImportFileError, planImport, planRows, sameProfile, type ImportPlan, type ImportSource, type PlannedRow } from "@/lib/import/plan";
import { issuesFromFieldErrors, type ImportIssue } from "@/lib/import/rows";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { SYSTEM_ACTOR, type Actor, type RequestMeta } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

/**
 * Imports candidates from CSV. Every row is validated with the form's schema; good rows are
 * saved, bad rows are reported (file, row, column, field, message) and nothing of them is
 * written. A row that matches a stored candidate (externalId, else email + full name) updates
 * it through updateCandidate at its current version; an identical row leaves it untouched.
 *
 * New candidates are written in batches, one transaction per batch, with the same effects as
 * createCandidate (work history, identifiers, score under the published rule set, audit events,
 * case when the band reaches the threshold, candidate.scored webhook) but a fixed number of
 * queries per batch. Rows with a watchlist match, or whose batch fails, go through
 * createCandidate one by one. Between batches the event loop is yielded to other requests.
 */
export type ImportCounts = JobCounts;
export interface ImportResult extends ImportCounts {
  issues: ImportIssue[];
}
export type PreviewStatus = "new" | "update" | "unchanged" | "invalid";
export interface PreviewRow {
  row: number;
  status: PreviewStatus;
  fullName: string;
  email: string;
  issues: ImportIssue[];
}
export interface ImportOptions {
  batchSize?: number;
  /** Named in the summary audit event (file name). */
  label?: string;
  jobId?: string;
  onProgress?: (done: number, counts: ImportCounts) => Promise<void> | void;
  /** Called before each batch is written; throwing stops the import (a job that lost its lease). */
  beforeBatch?: () => Promise<void>;
}

/**
 * Rows per batch: each batch of new rows is one transaction, and its fixed costs (the lookups
 * before it, BEGIN and COMMIT, the audit head) are paid once for all its rows.
 */
export const DEFAULT_BATCH_SIZE = 200;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function planOrRefuse(source: ImportSource, opts: { requireAll?: boolean } = {}): ImportPlan {
  try {
    return planImport(source, opts);
  } catch (e) {
    if (e instanceof ImportFileError) throw new ValidationError({ [e.field]: [e.message] }, e.message);
    throw e;
  }
}

type Existing = StoredCandidate;

/** The stored candidate each row describes, if any: by externalId, else by email and full name. */
async function findExisting(rows: readonly PlannedRow[]): Promise<(Existing | null)[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.externalId ? [r.externalId] : [])))];
  const emails = [...new Set(rows.flatMap((r) => (r.email ? [r.email] : [])))];
  const byId = await storedCandidates("externalId", ids);
  // Each email's candidates come in one chunk, oldest first, so the first match below is the oldest.
  const byEmail = await storedCandidates("email", emails);
  const idMap = new Map(byId.map((c) => [c.externalId, c]));
  return rows.map((r) => {
    const hit = r.externalId ? idMap.get(r.externalId) : undefined;
    if (hit) return hit;
    const name = r.fullName?.toLowerCase();
    return byEmail.find((c) => c.email === r.email && c.fullName.toLowerCase() === name && (c.externalId === null || c.externalId === r.externalId)) ?? null;
  });
}

type Classified =
  | { row: PlannedRow; kind: "invalid"; issues: ImportIssue[] }
  | { row: PlannedRow; kind: "new"; profile: CandidateProfile }
  | { row: PlannedRow; kind: "update"; profile: CandidateProfile; existing: Existing }
  | { row: PlannedRow; kind: "unchanged"; existing: Existing };

async function classify(plan: ImportPlan, rows: readonly PlannedRow[]): Promise<Classified[]> {
  const existing = await findExisting(rows);
  const out: Classified[] = [];
  for (const [i, row] of rows.entries()) {
    // Validation is the costly part (~1 ms a row); let other requests in every few rows.
    if (i % 20 === 19) await yieldToEventLoop();
    const stored = existing[i] ?? null;
    if (row.issues.length) {
      out.push({ row, kind: "invalid", issues: row.issues });
      continue;
    }
    const built = buildCandidate(row, stored ? (stored.profile as CandidateProfile) : null);
    if (!built.ok) out.push({ row, kind: "invalid", issues: issuesFromFieldErrors(row.row, built.fieldErrors, plan.header, plan.mapping) });
    else if (!stored) out.push({ row, kind: "new", profile: built.profile });
    else if (sameProfile(built.profile, stored.profile)) out.push({ row, kind: "unchanged", existing: stored });
    else out.push({ row, kind: "update", profile: built.profile, existing: stored });
  }
  return out;
}

/** Checks the first rows without writing anything: what each would do, and its problems. */
export async function previewCandidateImport(actor: Actor, source: ImportSource, limit = 10): Promise<{ rows: PreviewRow[] }> {
  assertCan(actor, "candidate:create");
  const plan = planOrRefuse(source, { requireAll: false });
  const classified = await classify(plan, planRows(plan, 0, limit));
  const rows = classified.map((c) => ({
    row: c.row.row,
    status: c.kind,
    fullName: String(c.row.values.fullName ?? ""),
    email: String(c.row.values.email ?? ""),
    issues: c.kind === "invalid" ? c.issues : [],
  }));
  return { rows };
}

async function importBatch(actor: Actor, plan: ImportPlan, rows: readonly PlannedRow[], meta: RequestMeta, out: ImportResult): Promise<void> {
  const fail = (issues: ImportIssue[]) => {
    out.failed += 1;
    out.issues.push(...issues);
  };
  /** One row through the ordinary data layer; its errors become the row's issues. */
  const saveOne = async (row: number, save: () => Promise<unknown>): Promise<boolean> => {
    try {
      await save();
      return true;
    } catch (e) {
      if (e instanceof ValidationError) fail(issuesFromFieldErrors(row, e.fieldErrors, plan.header, plan.mapping));
      else if (isAppError(e)) fail([{ file: "candidates", row, column: "", field: "", message: e.message }]);
      else {
        console.error(`[${meta.requestId}] import row ${row} failed`, e);
        fail([{ file: "candidates", row, column: "", field: "", message: `Not saved because of an unexpected error (reference ${meta.requestId}); import the file again to retry this row` }]);
      }
      return false;
    }
  };

  const creates: NewRow[] = [];
  for (const c of await classify(plan, rows)) {
    if (c.kind === "invalid") fail(c.issues);
    else if (c.kind === "unchanged") out.unchanged += 1;
    else if (c.kind === "new") creates.push({ row: c.row.row, profile: c.profile });
    else if (await saveOne(c.row.row, () => updateCandidate(actor, c.existing.id, c.existing.version, c.profile, meta))) out.updated += 1;
  }
  if (creates.length === 0) return;
  let rest = creates;
  try {
    const bulk = await createBatch(actor, meta, creates);
    out.created += bulk.created;
    rest = bulk.rest;
  } catch (e) {
    console.warn(`[${meta.requestId}] import batch fell back to one row at a time`, e);
  }
  for (const r of rest) if (await saveOne(r.row, () => createCandidate(actor, r.profile, meta))) out.created += 1;
}

const countsOf = ({ total, created, updated, unchanged, failed }: ImportCounts): ImportCounts => ({ total, created, updated, unchanged, failed });
const byFileAndRow = (a: ImportIssue, b: ImportIssue) => (a.file === b.file ? a.row - b.row : a.file === "candidates" ? -1 : 1);

/** Imports a planned file batch by batch; see the module comment. */
export async function runImportPlan(actor: Actor, plan: ImportPlan, meta: RequestMeta, opts: ImportOptions = {}): Promise<ImportResult> {
  assertCan(actor, "candidate:create");
  const total = plan.records.length;
  const out: ImportResult = { total, created: 0, updated: 0, unchanged: 0, failed: 0, issues: [...plan.orphans] };
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  for (let start = 0; start < total; start += size) {
    await opts.beforeBatch?.();
    await importBatch(actor, plan, planRows(plan, start, start + size), meta, out);
    await opts.onProgress?.(Math.min(start + size, total), countsOf(out));
    // Let the requests waiting on this process run before the next batch.
    await yieldToEventLoop();
  }
  out.issues.sort(byFileAndRow);
  await db.$transaction((tx) => appendAudit(tx, actor, meta, { action: "candidate.imported", targetType: "import", targetId: opts.jobId, after: { ...countsOf(out), file: opts.label ?? null } }));
  return out;
}

export async function importCandidates(actor: Actor, source: ImportSource, meta: RequestMeta, opts: ImportOptions = {}): Promise<ImportResult> {
  assertCan(actor, "candidate:create");
  return runImportPlan(actor, planOrRefuse(source), meta, opts);
}

function paramsOf(raw: unknown): ImportJobParams {
  return raw as ImportJobParams;
}

/** The job was closed by crash recovery (its lease ran out): this worker must not write on. */
class ImportTakenOver extends Error {}

/**
 * Checks the file, records a "candidate_import" job and returns it with the work to run outside
 * the request (the page polls the job). File-level problems are thrown here, before any job exists.
 * The job is leased to this process and the lease renewed while it runs (lib/data/job-lease.ts),
 * so a job whose process died is failed with its true counts instead of staying "running".
 */
export async function startImportJob(actor: Actor, source: ImportSource, fileName: string, meta: RequestMeta): Promise<{ jobId: string; total: number; run: () => Promise<void> }> {
  assertCan(actor, "candidate:create");
  const plan = planOrRefuse(source);
  const params: ImportJobParams = { actorId: actor.id, requestId: meta.requestId, fileName, counts: { total: plan.records.length, created: 0, updated: 0, unchanged: 0, failed: 0 } };
  const owner = workerId();
  const job = await db.job.create({
    data: { kind: IMPORT_JOB_KIND, status: "running", params: params as unknown as object, total: plan.records.length, startedAt: new Date(), leaseOwner: owner, leaseUntil: leaseUntil() },
    select: { id: true },
  });
  // Every progress save renews the lease; one refused means recovery closed the job meanwhile.
  const save = async (data: Record<string, unknown>) => {
    const saved = await db.job.updateMany({ where: { id: job.id, status: "running", leaseOwner: owner }, data: { leaseUntil: leaseUntil(), ...data } });
    if (saved.count === 0) throw new ImportTakenOver(`Import ${job.id} was closed while it ran (its lease ran out)`);
  };
  const jobMeta: RequestMeta = { requestId: importRequestId(job.id), ip: meta.ip };
  const run = async () => {
    const stopHeartbeat = heartbeat(job.id, owner);
    try {
      const result = await runImportPlan(actor, plan, jobMeta, {
        label: fileName,
        jobId: job.id,
        // Renewed before each batch, so no batch is written once recovery may have closed the job.
        beforeBatch: () => save({}),
        onProgress: (done, counts) => save({ done, params: { ...params, counts } }),
      });
      const issues = result.issues.slice(0, MAX_STORED_ISSUES);
      await save({ status: "done", done: result.total, finishedAt: new Date(), leaseUntil: null, params: { ...params, counts: countsOf(result), issues, issuesOmitted: result.issues.length - issues.length, rejected: rejectedRows(plan, issues) } });
    } catch (e) {
      if (e instanceof ImportTakenOver) {
        console.error(`[${meta.requestId}] ${e.message}; stopping`);
        return;
      }
      console.error(`[${meta.requestId}] candidate import ${job.id} failed`, e);
      const message = isAppError(e) ? e.message : `The import stopped because of an unexpected error (reference ${meta.requestId}). ${INTERRUPTED_MESSAGE.split(". ").slice(1).join(". ")}`;
      await save({ status: "failed", finishedAt: new Date(), leaseUntil: null, error: message }).catch(() => undefined);
    } finally {
      stopHeartbeat();
    }
  };
  return { jobId: job.id, total: plan.records.length, run };
}

async function ownJob(actor: Actor, id: string) {
  assertCan(actor, "candidate:create");
  const job = couldBeStoredId(id) ? await db.job.findUnique({ where: { id } }) : null;
  if (!job || job.kind !== IMPORT_JOB_KIND || paramsOf(job.params).actorId !== actor.id) throw new NotFoundError("Import not found.");
  return { job, params: paramsOf(job.params) };
}

/**
 * Progress and outcome of an import, for the person who started it. An import whose worker died
 * is closed first (as the system's background work), so the page shows its true counts at once.
 */
export async function getImportJob(actor: Actor, id: string): Promise<ImportJobView> {
  const { job, params } = await ownJob(actor, id);
  if (isAbandoned(job) && (await failAbandonedImport(SYSTEM_ACTOR, job.id))) {
    const closed = await ownJob(actor, id);
    return jobView(closed.job, closed.params);
  }
  return jobView(job, params);
}

/** The rows of one of the files that were not imported, with their problems, as the downloadable error CSV. */
export async function importJobIssuesCsv(actor: Actor, id: string, file: ErrorFileKind = "candidates"): Promise<{ fileName: string; csv: string }> {
  const { params } = await ownJob(actor, id);
  return { fileName: params.fileName, csv: errorFileCsv(file, params.issues ?? [], params.rejected, params.issuesOmitted) };
}
