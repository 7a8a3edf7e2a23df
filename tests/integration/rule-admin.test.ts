import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { runPendingJobs, RESCORE_JOB } from "@/lib/data/jobs";
import {
  createDraft,
  discardDraft,
  exportRuleSet,
  getDraft,
  getRulesOverview,
  importDraft,
  listVersions,
  publishDraft,
  rollback,
  updateDraft,
} from "@/lib/data/rule-admin";
import { prepareWhatIf } from "@/lib/data/what-if";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { diffRuleSets, readStoredContent, type RuleSetContent } from "@/lib/rules-admin";
import { createActor, candidateInput, rejectionOf, requestMeta, type TestActor } from "./support/fixtures";
import { allAuditRows, checkChain } from "./support/audit-chain";
import { SYSTEM_ACTOR } from "@/lib/data/types";

/**
 * Rule tuning on the shared database. Everything published here is put back at the end (a copy
 * of the version found at the start is published again), so files that run later score with
 * the same rules.
 */
let admin: TestActor;
let recruiter: TestActor;
let baseline: number;

const NOTE = "Integration test: adjust the weights and say why";

async function latestVersion(): Promise<number> {
  return (await db.ruleSetVersion.aggregate({ _max: { version: true } }))._max.version ?? 1;
}

async function versionContent(version: number): Promise<RuleSetContent> {
  const row = await db.ruleSetVersion.findUniqueOrThrow({ where: { version } });
  return readStoredContent(row.definition, row.marketRates, version);
}

/** The editor's payload for a draft's saved content, with `change` applied. */
async function edited(draftId: string, change: (c: RuleSetContent) => void) {
  const content = structuredClone((await getDraft(admin, draftId)).content);
  change(content);
  return { definition: content.ruleSet, marketRates: content.marketRates };
}

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([createActor("admin"), createActor("recruiter")]);
  // Run alone, the file still needs a few candidates for the job runner to work through in batches.
  for (let i = 0; i < 3; i++) await createCandidate(recruiter, candidateInput(), requestMeta());
  await createDraft(admin, requestMeta()).then(({ id }) => discardDraft(admin, id, requestMeta())); // makes sure v1 exists
  baseline = await latestVersion();
});

afterAll(async () => {
  const current = await latestVersion();
  if (diffRuleSets(await versionContent(current), await versionContent(baseline)).changes > 0) {
    await rollback(
      admin,
      baseline,
      { note: "Integration test clean-up: restore the starting rules" },
      requestMeta(),
    );
  }
});

describe("drafts", () => {
  test("only admins reach the rules", async () => {
    await rejectionOf(createDraft(recruiter, requestMeta()), ForbiddenError);
    await rejectionOf(getRulesOverview(recruiter), ForbiddenError);
    await rejectionOf(listVersions(recruiter), ForbiddenError);
  });

  test("an invalid edit is refused with field-level errors and leaves the draft as it was", async () => {
    const { id } = await createDraft(admin, requestMeta());
    const before = await db.ruleSetDraft.findUniqueOrThrow({ where: { id } });
    const raw = await edited(id, (c) => {
      c.ruleSet.rules["payment-crypto"]!.weight = 140;
      c.ruleSet.bands.medium = 60;
      c.marketRates.rates.qa_engineer.junior = -5;
    });
    const e = await rejectionOf(updateDraft(admin, id, raw, requestMeta()), ValidationError);
    expect(e.fieldErrors["rules.payment-crypto.weight"]).toEqual(["Weight must be between 0 and 100"]);
    expect(e.fieldErrors["marketRates.rates.qa_engineer.junior"]).toEqual(["Rates must be above zero"]);
    // The ordering check runs once every threshold is a valid number on its own.
    const ordering = await rejectionOf(
      updateDraft(admin, id, await edited(id, (c) => (c.ruleSet.bands.medium = 60)), requestMeta()),
      ValidationError,
    );
    expect(ordering.fieldErrors).toEqual({
      bands: ["Band thresholds must increase strictly: medium (60) < high (50) < critical (75)"],
    });
    expect((await db.ruleSetDraft.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(before.updatedAt);
    await discardDraft(admin, id, requestMeta());
  });

  test("export and import round-trip; a broken file is refused", async () => {
    const doc = await exportRuleSet(admin, baseline);
    const { id } = await importDraft(admin, JSON.stringify(doc), requestMeta());
    const draft = await getDraft(admin, id);
    expect(draft.diff.changes).toBe(0);
    const e = await rejectionOf(
      importDraft(
        admin,
        JSON.stringify({ ...doc, definition: { ...doc.definition, caseThreshold: "severe" } }),
        requestMeta(),
      ),
      ValidationError,
    );
    expect(Object.keys(e.fieldErrors)).toEqual(["caseThreshold"]);
    await discardDraft(admin, id, requestMeta());
  });
});

describe("what-if", () => {
  test("a draft identical to the published set migrates nobody", async () => {
    const { id } = await createDraft(admin, requestMeta());
    const run = await prepareWhatIf(admin, id);
    const progress: number[] = [];
    const r = await run.execute((p) => progress.push(p.done));
    expect(r.candidates).toBe(await db.candidate.count());
    expect(r.moved).toBe(0);
    expect(r.matrix.flat().reduce((a, b) => a + b, 0)).toBe(r.candidates);
    expect(r.opening.count + r.dropping.count + r.changed.count).toBe(0);
    expect(r.precision.draft).toEqual(r.precision.published);
    expect(progress.at(-1)).toBe(r.candidates);
    await discardDraft(admin, id, requestMeta());
  });

  test("a heavier crypto weight moves a known candidate up and opens its case, without writing anything", async () => {
    const wallet = `0x${randomBytes(20).toString("hex")}`;
    const { id: candidateId, score } = await createCandidate(
      recruiter,
      candidateInput({ paymentMethod: "crypto", cryptoWallet: wallet }),
      requestMeta(),
    );
    expect(score.band).toBe("medium"); // payment-crypto alone: 40
    const { id } = await createDraft(admin, requestMeta());
    await updateDraft(
      admin,
      id,
      await edited(id, (c) => (c.ruleSet.rules["payment-crypto"]!.weight = 80)),
      requestMeta(),
    );
    const scoresBefore = await db.score.count({ where: { candidateId } });
    const r = await (await prepareWhatIf(admin, id, { candidateIds: [candidateId] })).execute();
    expect(r.candidates).toBe(1);
    expect(r.matrix[1]![3]).toBe(1); // medium → critical
    const move = {
      id: candidateId,
      name: expect.stringContaining("Honest Candidate"),
      before: { band: "medium", total: 40 },
      after: { band: "critical", total: 80 },
    };
    expect(r.opening.items).toEqual([move]);
    expect(r.changed.items).toEqual([move]);
    expect(await db.score.count({ where: { candidateId } })).toBe(scoresBefore);
    await rejectionOf(prepareWhatIf(recruiter, id), ForbiddenError);
    await discardDraft(admin, id, requestMeta());
  });
});

describe("publishing", () => {
  let published: number;

  test("publish creates version N+1 with its note, an audit event with the diff, and a re-score job", async () => {
    const { id } = await createDraft(admin, requestMeta());
    const stale = await createDraft(admin, requestMeta());
    await updateDraft(
      admin,
      id,
      await edited(id, (c) => (c.ruleSet.rules["voip-phone"]!.weight += 1)),
      requestMeta(),
    );
    const noNote = await rejectionOf(publishDraft(admin, id, { note: "" }, requestMeta()), ValidationError);
    expect(Object.keys(noNote.fieldErrors)).toEqual(["note"]);

    const meta = requestMeta();
    const r = await publishDraft(admin, id, { note: NOTE }, meta);
    published = r.version;
    expect(published).toBe(baseline + 1);
    const row = await db.ruleSetVersion.findUniqueOrThrow({ where: { version: published } });
    expect(row).toMatchObject({ note: NOTE, publishedBy: admin.email });
    const diff = diffRuleSets(await versionContent(baseline), await versionContent(published));
    expect(diff.rules.map((x) => x.ruleId)).toEqual(["voip-phone"]);
    expect(diff.changes).toBe(1);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "ruleset.published", targetId: String(published) },
    });
    expect(event).toMatchObject({ actorId: admin.id, targetType: "rule_set", requestId: meta.requestId });
    expect(event.after).toMatchObject({
      version: published,
      note: NOTE,
      draftId: id,
      rescoreJobId: r.jobId,
      diff: { rules: [{ ruleId: "voip-phone" }] },
    });
    expect(checkChain(await allAuditRows()).ok).toBe(true);

    expect(await db.ruleSetDraft.findUnique({ where: { id } })).toBeNull();
    const job = await db.job.findUniqueOrThrow({ where: { id: r.jobId } });
    expect(job).toMatchObject({
      kind: RESCORE_JOB,
      status: "queued",
      params: { ruleSetVersion: published },
      total: await db.candidate.count(),
      done: 0,
      cursor: null,
    });

    await rejectionOf(publishDraft(admin, id, { note: NOTE }, requestMeta()), NotFoundError);
    // A draft started from the version before cannot be published over the newer one.
    await updateDraft(
      admin,
      stale.id,
      await edited(stale.id, (c) => (c.ruleSet.rules["voip-phone"]!.weight = 5)),
      requestMeta(),
    );
    await rejectionOf(publishDraft(admin, stale.id, { note: NOTE }, requestMeta()), ConflictError);
    await discardDraft(admin, stale.id, requestMeta());
  });

  test("rollback publishes N+2 as a copy of the old definition and supersedes the pending re-score", async () => {
    const r = await rollback(
      admin,
      baseline,
      { note: "Back to the previous weights after review" },
      requestMeta(),
    );
    expect(r.version).toBe(published + 1);
    const old = await db.ruleSetVersion.findUniqueOrThrow({ where: { version: baseline } });
    const copy = await db.ruleSetVersion.findUniqueOrThrow({ where: { version: r.version } });
    expect({ ...(copy.definition as object), version: baseline }).toEqual({
      ...(old.definition as object),
      version: baseline,
    });
    expect(copy.marketRates).toEqual(old.marketRates);
    expect((await db.ruleSetVersion.findUniqueOrThrow({ where: { version: published } })).note).toBe(NOTE); // history untouched

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "ruleset.rolled_back", targetId: String(r.version) },
    });
    expect(event.after).toMatchObject({ copyOf: baseline, diff: { rules: [{ ruleId: "voip-phone" }] } });
    const jobs = await db.job.findMany({
      where: { kind: RESCORE_JOB, status: { in: ["queued", "running"] } },
    });
    expect(jobs.map((j) => j.id)).toEqual([r.jobId]);
    const versions = await listVersions(admin);
    expect(versions[0]).toMatchObject({ version: r.version, current: true, copyOf: baseline });
    await rejectionOf(
      rollback(admin, r.version, { note: "Restore the current version again" }, requestMeta()),
      ConflictError,
    );
    await rejectionOf(
      rollback(admin, baseline, { note: "Nothing would change by this" }, requestMeta()),
      ConflictError,
    );
  });

  test(
    "the job runner resumes from its saved cursor and re-scores every candidate exactly once",
    { timeout: 180_000 },
    async () => {
      const job = await db.job.findFirstOrThrow({ where: { kind: RESCORE_JOB, status: "queued" } });
      const version = (job.params as { ruleSetVersion: number }).ruleSetVersion;
      const first = await runPendingJobs(SYSTEM_ACTOR, { batchSize: 2, maxBatches: 1 });
      expect(first).toEqual({ batches: 1, processed: 2 });
      const firstTwo = await db.candidate.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
      expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
        status: "running",
        done: 2,
        cursor: firstTwo[1]!.id,
      });

      // A fresh call (as after a restart) carries on after the cursor.
      await runPendingJobs(SYSTEM_ACTOR);
      const finished = await db.job.findUniqueOrThrow({ where: { id: job.id } });
      const candidates = await db.candidate.count();
      expect(finished).toMatchObject({ status: "done", done: candidates, error: null });
      expect(finished.finishedAt).not.toBeNull();
      const rescored = await db.score.groupBy({
        by: ["candidateId"],
        where: { ruleSetVersion: version },
        _count: { _all: true },
      });
      expect(rescored).toHaveLength(candidates);
      expect(rescored.every((g) => g._count._all >= 1)).toBe(true);
      // Nobody was scored twice by the job (a candidate created since may also have one score of its own).
      const audit = await db.auditEvent.groupBy({
        by: ["targetId"],
        where: { action: "score.computed", requestId: `job-${job.id}` },
        _count: { _all: true },
      });
      expect(audit).toHaveLength(candidates);
      expect(audit.every((g) => g._count._all === 1)).toBe(true);
    },
  );

  test("the overview lists every rule by family with firing counts", async () => {
    const o = await getRulesOverview(admin);
    expect(o.families).toHaveLength(9);
    const crypto = o.families.flatMap((f) => f.rules).find((r) => r.id === "payment-crypto")!;
    expect(crypto).toMatchObject({ enabled: true, weight: 40, hardStop: false });
    expect(crypto.stats.last30.candidates).toBeGreaterThan(0);
    expect(crypto.stats.last90.scores).toBeGreaterThanOrEqual(crypto.stats.last30.scores);
  });
});
