import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { getImportJob, importCandidates, startImportJob } from "@/lib/data/candidate-import";
import { enqueueRescore, RESCORE_JOB, runPendingJobs } from "@/lib/data/jobs";
import { LEASE_MS } from "@/lib/data/job-lease";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { SYSTEM_ACTOR } from "@/lib/data/types";
import { candidatesToCsv } from "@/lib/import/files";
import { importRequestId, type ImportJobParams } from "@/lib/import/job";
import { candidateInput, createActor, requestMeta, uid, type TestActor } from "./support/fixtures";

/**
 * After kill -9 during a CSV import the job stayed "running" for ever, at the count of its last
 * progress save while later batches had been stored. Jobs now carry a lease their worker renews;
 * once it runs out the runner resumes the job (re-scores) or fails it with the counts of what
 * was actually stored (imports, whose file died with the process).
 */
let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

const expired = () => new Date(Date.now() - 1_000);
const live = () => new Date(Date.now() + LEASE_MS);

/**
 * An import whose worker stored `stored` rows, saved progress only after the first, then died
 * (kill -9): what the database holds afterwards, built with the import's own code paths.
 */
async function crashedImport(rows: number, stored: number, lease: Date) {
  const inputs = Array.from({ length: rows }, () => candidateInput({ externalId: `CRASH-${uid()}` }));
  const { jobId } = await startImportJob(
    recruiter,
    { csv: candidatesToCsv(inputs).candidates },
    "crash.csv",
    requestMeta(),
  );
  // The dead worker's batches: stored and audited under the job's request id, as run() stores them.
  await importCandidates(
    recruiter,
    { csv: candidatesToCsv(inputs.slice(0, stored)).candidates },
    { requestId: importRequestId(jobId), ip: null },
    { batchSize: 1 },
  );
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  const params = job.params as unknown as ImportJobParams;
  await db.job.update({
    where: { id: jobId },
    data: {
      done: 1,
      params: { ...params, counts: { ...params.counts, created: 1 } } as unknown as object,
      leaseOwner: "worker-killed",
      leaseUntil: lease,
    },
  });
  return { jobId, inputs };
}

describe("a crashed worker's import is failed with the true counts (it stayed running for ever)", () => {
  test("the runner fails an import whose lease ran out, counting every row that was stored", async () => {
    const { jobId, inputs } = await crashedImport(5, 3, expired());
    await runPendingJobs(SYSTEM_ACTOR);

    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "failed", done: 3, total: 5, leaseUntil: null });
    expect(job.finishedAt).not.toBeNull();
    expect((job.params as unknown as ImportJobParams).counts).toMatchObject({
      total: 5,
      created: 3,
      updated: 0,
    });
    expect(job.error).toContain("3 new and 0 updated candidates were stored");
    // The counts are what the database holds.
    const storedIds = await db.candidate.count({
      where: { externalId: { in: inputs.map((i) => i.externalId!) } },
    });
    expect(storedIds).toBe(3);

    const view = await getImportJob(recruiter, jobId);
    expect(view).toMatchObject({ status: "failed", done: 3, counts: { created: 3 } });

    const closing = await db.auditEvent.findMany({
      where: { targetId: jobId, action: "candidate.imported", requestId: importRequestId(jobId) },
    });
    expect(closing.map((e) => e.after)).toContainEqual(
      expect.objectContaining({ created: 3, interrupted: true, file: "crash.csv" }),
    );
  });

  test("an import whose worker still renews its lease is left alone", async () => {
    const { jobId } = await crashedImport(3, 2, live());
    await runPendingJobs(SYSTEM_ACTOR);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "running",
      done: 1,
      leaseOwner: "worker-killed",
    });
    expect(await getImportJob(recruiter, jobId)).toMatchObject({ status: "running", done: 1 });
    // Clean up: the lease runs out and the next poll closes it.
    await db.job.update({ where: { id: jobId }, data: { leaseUntil: expired() } });
    expect(await getImportJob(recruiter, jobId)).toMatchObject({
      status: "failed",
      done: 2,
      counts: { created: 2 },
    });
  });

  test("the person polling the import sees it closed at once, without waiting for the runner", async () => {
    const { jobId } = await crashedImport(4, 4, expired());
    expect(await getImportJob(recruiter, jobId)).toMatchObject({
      status: "failed",
      done: 4,
      total: 4,
      counts: { created: 4 },
    });
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("failed");
  });

  test("a worker that comes back after its import was closed writes nothing more", async () => {
    const inputs = [
      candidateInput({ externalId: `LATE-${uid()}` }),
      candidateInput({ externalId: `LATE-${uid()}` }),
    ];
    const { jobId, run } = await startImportJob(
      recruiter,
      { csv: candidatesToCsv(inputs).candidates },
      "late.csv",
      requestMeta(),
    );
    // The worker stalls past its lease (a frozen process); the poll closes the job.
    await db.job.update({ where: { id: jobId }, data: { leaseUntil: expired() } });
    expect(await getImportJob(recruiter, jobId)).toMatchObject({
      status: "failed",
      done: 0,
      counts: { created: 0 },
    });
    await run();
    expect(
      await db.candidate.count({ where: { externalId: { in: inputs.map((i) => i.externalId!) } } }),
    ).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "failed",
      done: 0,
    });
  });

  test("a running import job holds a lease from the start", async () => {
    const { jobId, run } = await startImportJob(
      recruiter,
      { csv: candidatesToCsv([candidateInput({ externalId: `LEASE-${uid()}` })]).candidates },
      "one.csv",
      requestMeta(),
    );
    const started = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(started.leaseOwner).toBeTruthy();
    expect(started.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
    await run();
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "done",
      done: 1,
      leaseUntil: null,
    });
  });
});

describe("a crashed worker's re-score is resumed by another worker", () => {
  test(
    "after the lease runs out the job continues from its cursor and every candidate is re-scored exactly once",
    { timeout: 180_000 },
    async () => {
      // Earlier files may have left re-scores queued; finish them so this one is alone.
      await runPendingJobs(SYSTEM_ACTOR);
      const version = (await db.$transaction((tx) => publishedRuleSet(tx))).ruleSet.version;
      const { id } = await db.$transaction((tx) => enqueueRescore(tx, version));
      const since = new Date();
      await runPendingJobs(SYSTEM_ACTOR, { batchSize: 2, maxBatches: 1, worker: "worker-killed" });
      const halfway = await db.job.findUniqueOrThrow({ where: { id } });
      expect(halfway).toMatchObject({ status: "running", done: 2, leaseOwner: "worker-killed" });

      // While the first worker's lease lasts, another leaves the job alone.
      expect(await runPendingJobs(SYSTEM_ACTOR, { worker: "worker-b" })).toEqual({
        batches: 0,
        processed: 0,
      });
      expect((await db.job.findUniqueOrThrow({ where: { id } })).done).toBe(2);

      // kill -9: the lease is never renewed and runs out.
      await db.job.update({ where: { id }, data: { leaseUntil: expired() } });
      await runPendingJobs(SYSTEM_ACTOR, { worker: "worker-b" });
      const finished = await db.job.findUniqueOrThrow({ where: { id } });
      const candidates = await db.candidate.count();
      expect(finished).toMatchObject({
        status: "done",
        done: candidates,
        leaseOwner: "worker-b",
        leaseUntil: null,
        error: null,
      });
      const scores = await db.score.groupBy({
        by: ["candidateId"],
        where: { ruleSetVersion: version, createdAt: { gte: since } },
        _count: { _all: true },
      });
      expect(scores).toHaveLength(candidates);
      expect(scores.every((g) => g._count._all === 1)).toBe(true);
      expect(await db.job.count({ where: { kind: RESCORE_JOB, status: "running" } })).toBe(0);
    },
  );
});
