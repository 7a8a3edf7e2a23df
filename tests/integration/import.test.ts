import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import {
  getImportJob,
  importCandidates,
  importJobIssuesCsv,
  previewCandidateImport,
  startImportJob,
} from "@/lib/data/candidate-import";
import { addInternalItem, deactivateInternalItem } from "@/lib/data/watchlist";
import { createEndpoint, deleteEndpoint } from "@/lib/data/webhooks";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseCsv } from "@/lib/import/csv";
import { candidatesToCsv } from "@/lib/import/files";
import { candidateInputSchema, type CandidateInput } from "@/lib/schemas/candidate";
import type { ScoreBreakdown } from "@/lib/scoring";
import {
  auditTrailOf,
  candidateInput,
  createActor,
  redFlagInput,
  rejectionOf,
  requestMeta,
  uid,
  type TestActor,
} from "./support/fixtures";

let recruiter: TestActor;
let admin: TestActor;
beforeAll(async () => {
  [recruiter, admin] = await Promise.all([createActor("recruiter"), createActor("admin")]);
});

const files = (inputs: CandidateInput[]) => candidatesToCsv(inputs);
/** What a CSV can carry of a profile: no references, profile URLs without their dates and counts. */
const csvShaped = <T extends CandidateInput>(c: T): T => ({
  ...c,
  references: [],
  onlineProfiles: (c.onlineProfiles ?? []).map((p) => ({ kind: p.kind, url: p.url })),
});
const byExternalId = (externalId: string) =>
  db.candidate.findUnique({
    where: { externalId },
    include: { workHistory: { orderBy: { position: "asc" } }, identifiers: true, scores: true, cases: true },
  });

describe("importCandidates", () => {
  test("good rows are saved and scored; bad rows come back with row, field and message, and nothing of them is written", async () => {
    const t = uid();
    const good = candidateInput({ externalId: `IMP-${t}-1` });
    const badEmail = candidateInput({ externalId: `IMP-${t}-2`, email: `not-an-email-${t}` });
    const noId = candidateInput();
    const badRate = candidateInput({ externalId: `IMP-${t}-4`, requestedRate: -3 });
    const both = files([good, badEmail, noId, badRate]);
    const result = await importCandidates(
      recruiter,
      { csv: both.candidates, workHistoryCsv: both.workHistory },
      requestMeta(),
    );

    expect(result).toMatchObject({ total: 4, created: 2, updated: 0, unchanged: 0, failed: 2 });
    expect(result.issues).toEqual([
      { file: "candidates", row: 3, column: "email", field: "email", message: "Enter a valid email address" },
      {
        file: "candidates",
        row: 5,
        column: "requestedRate",
        field: "requestedRate",
        message: "Rate must be above zero",
      },
    ]);
    const saved = await byExternalId(good.externalId!);
    expect(saved).toMatchObject({
      email: good.email,
      createdById: recruiter.id,
      version: 1,
      latestScore: expect.any(Number),
    });
    expect(saved!.scores).toHaveLength(1);
    expect(saved!.profile).toEqual(JSON.parse(JSON.stringify(candidateInputSchema.parse(csvShaped(good)))));
    expect(saved!.workHistory).toHaveLength(good.workHistory!.length);
    expect(await db.candidate.count({ where: { email: noId.email } })).toBe(1);
    // The bad rows left no candidate, identifier, score or audit event behind.
    expect(
      await db.candidate.count({
        where: { externalId: { in: [badEmail.externalId!, badRate.externalId!] } },
      }),
    ).toBe(0);
    expect(
      await db.candidateIdentifier.count({
        where: { value: { in: [badRate.email, badEmail.phone.replace(/\D/g, "").slice(-10)] } },
      }),
    ).toBe(0);
    const summary = await db.auditEvent.findFirst({
      where: { action: "candidate.imported", actorId: recruiter.id },
      orderBy: { seq: "desc" },
    });
    expect(summary?.after).toMatchObject({ total: 4, created: 2, failed: 2 });
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  test("re-importing the same file changes nothing; a changed row updates its candidate at its current version; nothing is duplicated", async () => {
    const t = uid();
    const a = candidateInput({ externalId: `RE-${t}-a` });
    const b = candidateInput();
    const first = await importCandidates(recruiter, { csv: files([a, b]).candidates }, requestMeta());
    expect(first).toMatchObject({ created: 2, failed: 0 });

    const again = await importCandidates(recruiter, { csv: files([a, b]).candidates }, requestMeta());
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });

    const changed = await importCandidates(
      recruiter,
      {
        csv: files([
          { ...a, requestedRate: 140 },
          { ...b, notes: "Second interview done" },
        ]).candidates,
      },
      requestMeta(),
    );
    expect(changed).toMatchObject({ created: 0, updated: 2, unchanged: 0, failed: 0 });
    const storedA = await byExternalId(a.externalId!);
    expect(storedA).toMatchObject({ version: 2, requestedRate: 140 });
    expect(storedA!.scores).toHaveLength(2);
    const storedB = await db.candidate.findMany({ where: { email: b.email } });
    expect(storedB).toHaveLength(1);
    expect(storedB[0]).toMatchObject({ version: 2, externalId: null });
    expect((storedB[0]!.profile as { notes?: string }).notes).toBe("Second interview done");
    expect((await auditTrailOf(storedA!.id)).map((e) => e.action)).toEqual([
      "candidate.created",
      "score.computed",
      "candidate.updated",
      "score.computed",
    ]);
  });

  test("work history comes from the second file, joined on externalId in file order; a bad position keeps its candidate out", async () => {
    const t = uid();
    const withHistory = candidateInput({ externalId: `WH-${t}-1` });
    const badHistory = candidateInput({ externalId: `WH-${t}-2` });
    const both = files([withHistory, badHistory]);
    const history =
      both.workHistory.replace(`WH-${t}-2,${badHistory.workHistory![0]!.employer}`, `WH-${t}-2,`) +
      `WH-${t}-9,Ghost Co,Engineer,2020-01-01,,verified\r\n`;
    // The candidates file carries no work history; only the second file does.
    const result = await importCandidates(
      recruiter,
      {
        csv: files([
          { ...withHistory, workHistory: [] },
          { ...badHistory, workHistory: [] },
        ]).candidates,
        workHistoryCsv: history,
      },
      requestMeta(),
    );

    expect(result).toMatchObject({ created: 1, failed: 1 });
    const stored = await byExternalId(withHistory.externalId!);
    expect(
      stored!.workHistory.map((w) => [w.position, w.employer, w.startDate, w.endDate, w.verification]),
    ).toEqual(
      withHistory.workHistory!.map((w, i) => [i, w.employer, w.startDate, w.endDate ?? null, w.verification]),
    );
    expect(await byExternalId(badHistory.externalId!)).toBeNull();
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "work-history", field: "employer", message: "Employer is required" }),
        expect.objectContaining({ file: "candidates", row: 3, field: "workHistory" }),
        expect.objectContaining({
          file: "work-history",
          field: "externalId",
          message: `No row of the candidates file has externalId "WH-${t}-9"`,
        }),
      ]),
    );
  });

  test("a bulk-created candidate is what createCandidate makes of the same profile: columns, score, case, audit, webhooks", async () => {
    const endpoint = await createEndpoint(
      admin,
      { url: `http://127.0.0.1:9/${uid()}`, events: ["candidate.scored", "case.opened"] },
      requestMeta(),
    );
    try {
      const viaForm = csvShaped(redFlagInput({ externalId: `EQ-${uid()}` }));
      const viaImport = csvShaped(redFlagInput({ externalId: `EQ-${uid()}` }));
      const { id: formId } = await createCandidate(recruiter, viaForm, requestMeta());
      const both = files([viaImport]);
      expect(
        await importCandidates(
          recruiter,
          { csv: both.candidates, workHistoryCsv: both.workHistory },
          requestMeta(),
        ),
      ).toMatchObject({ created: 1 });
      const [a, b] = await Promise.all([
        db.candidate.findUniqueOrThrow({
          where: { id: formId },
          include: { workHistory: true, identifiers: true, scores: true, cases: true },
        }),
        byExternalId(viaImport.externalId!),
      ]);

      const strip = (c: NonNullable<typeof b>) => ({
        columns: {
          role: c.role,
          seniority: c.seniority,
          requestedRate: c.requestedRate,
          claimedCountry: c.claimedCountry,
          version: c.version,
          latestScore: c.latestScore,
          latestBand: c.latestBand,
          createdById: c.createdById,
          searchText: c.searchText.replace(c.email, "E").replace(c.fullName.toLowerCase(), "N"),
        },
        history: c.workHistory
          .sort((x, y) => x.position - y.position)
          .map(({ position, employer, title, startDate, endDate, verification }) => ({
            position,
            employer,
            title,
            startDate,
            endDate,
            verification,
          })),
        identifierKinds: c.identifiers.map((i) => i.kind).sort(),
        score: c.scores.map((s) => ({
          total: s.total,
          band: s.band,
          hardStop: s.hardStop,
          fired: (s.breakdown as unknown as ScoreBreakdown).fired.map((f) => f.ruleId),
        })),
        cases: c.cases.map((k) => ({
          status: k.status,
          priority: k.priority,
          band: k.band,
          openReason: k.openReason,
          openedById: k.openedById,
          ruleFamilies: k.ruleFamilies,
          version: k.version,
          same: k.openedScoreId === k.latestScoreId && k.openedScoreId === c.scores[0]!.id,
        })),
      });
      expect(strip(b!)).toEqual(strip(a));
      expect(a.cases).toHaveLength(1);
      // Timestamps written by the raw INSERTs read back as the same instants Prisma writes.
      expect(Math.abs(b!.createdAt.getTime() - a.createdAt.getTime())).toBeLessThan(60_000);
      expect(
        Math.abs(
          b!.cases[0]!.dueAt.getTime() -
            b!.cases[0]!.openedAt.getTime() -
            (a.cases[0]!.dueAt.getTime() - a.cases[0]!.openedAt.getTime()),
        ),
      ).toBeLessThan(1_000);

      const trail = async (id: string, caseId?: string) =>
        [...(await auditTrailOf(id)), ...(caseId ? await auditTrailOf(caseId) : [])].map((e) => e.action);
      expect(await trail(b!.id, b!.cases[0]?.id)).toEqual(await trail(a.id, a.cases[0]?.id));
      expect((await auditTrailOf(b!.id))[0]!.after).toEqual(
        JSON.parse(JSON.stringify(candidateInputSchema.parse(viaImport))),
      );

      const deliveries = async (candidateId: string) =>
        (
          await db.webhookDelivery.findMany({
            where: { endpointId: endpoint.id, payload: { contains: candidateId } },
            orderBy: { createdAt: "asc" },
          })
        ).map((d) => {
          const body = JSON.parse(d.payload) as { event: string; data: Record<string, unknown> };
          return {
            event: d.event,
            status: d.status,
            bodyEvent: body.event,
            keys: Object.keys(body.data).sort(),
          };
        });
      expect((await deliveries(b!.id)).sort((x, y) => x.event.localeCompare(y.event))).toEqual(
        (await deliveries(a.id)).sort((x, y) => x.event.localeCompare(y.event)),
      );
      expect(await deliveries(b!.id)).toHaveLength(2);
      expect((await verifyAuditChain()).ok).toBe(true);
    } finally {
      await deleteEndpoint(admin, endpoint.id, requestMeta());
    }
  });

  test("a row matching the watchlist goes through createCandidate, so the possible match is recorded", async () => {
    const watched = candidateInput({ externalId: `WL-${uid()}` });
    const item = await addInternalItem(
      admin,
      {
        kind: "email",
        value: watched.email,
        reason: "Reused by a known facilitator",
        source: "own investigation",
      },
      requestMeta(),
    );
    try {
      const result = await importCandidates(
        recruiter,
        { csv: files([watched, candidateInput()]).candidates },
        requestMeta(),
      );
      expect(result).toMatchObject({ created: 2, failed: 0 });
      const stored = await byExternalId(watched.externalId!);
      expect(
        await db.watchlistHit.count({ where: { candidateId: stored!.id, status: "pending" } }),
      ).toBeGreaterThan(0);
    } finally {
      await deactivateInternalItem(admin, item.id, requestMeta());
    }
  });

  test("several batches report progress as they go", async () => {
    const inputs = Array.from({ length: 5 }, () => candidateInput({ externalId: `BT-${uid()}` }));
    const progress: number[] = [];
    const result = await importCandidates(recruiter, { csv: files(inputs).candidates }, requestMeta(), {
      batchSize: 2,
      onProgress: (done) => void progress.push(done),
    });
    expect(result).toMatchObject({ created: 5 });
    expect(progress).toEqual([2, 4, 5]);
  });
});

describe("preview, jobs and permissions", () => {
  test("the preview says what each row would do and writes nothing", async () => {
    const t = uid();
    const existing = candidateInput({ externalId: `PV-${t}-1` });
    await importCandidates(recruiter, { csv: files([existing]).candidates }, requestMeta());
    const fresh = candidateInput({ externalId: `PV-${t}-2` });
    const bad = candidateInput({ externalId: `PV-${t}-3`, timezone: "Mars/Olympus" });
    const csv = files([
      existing,
      { ...existing, externalId: `PV-${t}-4`, email: `pv4.${t}@example.com` },
      fresh,
      bad,
    ]).candidates;
    const before = await db.candidate.count();
    const { rows } = await previewCandidateImport(recruiter, { csv: csv.replace(`PV-${t}-4`, `PV-${t}-1`) });
    expect(rows.map((r) => r.status)).toEqual(["unchanged", "invalid", "new", "invalid"]);
    expect(rows[3]!.issues).toEqual([
      expect.objectContaining({
        row: 5,
        field: "timezone",
        message: expect.stringMatching(/Unknown time zone/),
      }),
    ]);
    expect(await db.candidate.count()).toBe(before);
  });

  test("an import job records progress and outcome for the person who started it, with the error files", async () => {
    const good = candidateInput({ externalId: `JOB-${uid()}` });
    const bad = candidateInput({ externalId: `JOB-${uid()}`, phone: "call me" });
    const both = files([good, bad]);
    const { jobId, total, run } = await startImportJob(
      recruiter,
      { csv: both.candidates, workHistoryCsv: both.workHistory },
      "ats-export.csv",
      requestMeta(),
    );
    expect(total).toBe(2);
    expect(await getImportJob(recruiter, jobId)).toMatchObject({ status: "running", done: 0, total: 2 });
    await run();
    expect(await getImportJob(recruiter, jobId)).toMatchObject({
      status: "done",
      done: 2,
      fileName: "ats-export.csv",
      counts: { created: 1, failed: 1 },
      issueCount: 1,
    });

    // The rejected row as uploaded, after its row number and problems; the job kept it through its JSON column.
    const uploaded = parseCsv(both.candidates);
    const report = parseCsv((await importJobIssuesCsv(recruiter, jobId)).csv);
    expect(report.header).toEqual(["Row in file", "Import errors", ...uploaded.header]);
    expect(report.records.map((r) => r.cells)).toEqual([
      [
        "3",
        "phone: Enter a phone number with country code, e.g. +1 555 010 2030",
        ...uploaded.records[1]!.cells,
      ],
    ]);
    // The positions of the candidate not imported, so the two fixed files import it whole.
    const history = parseCsv((await importJobIssuesCsv(recruiter, jobId, "work-history")).csv);
    expect(history.records.map((r) => r.cells[2])).toEqual(bad.workHistory!.map(() => bad.externalId));
    expect(history.records.map((r) => r.cells.slice(3))).toEqual(
      parseCsv(both.workHistory)
        .records.filter((r) => r.cells[0] === bad.externalId)
        .map((r) => r.cells.slice(1)),
    );

    const other = await createActor("recruiter");
    await rejectionOf(getImportJob(other, jobId), NotFoundError);
    await rejectionOf(importJobIssuesCsv(other, jobId), NotFoundError);
  });

  test("only recruiters import", async () => {
    const lead = await createActor("security_lead");
    const csv = files([candidateInput()]).candidates;
    await rejectionOf(importCandidates(lead, { csv }, requestMeta()), ForbiddenError);
    await rejectionOf(importCandidates(admin, { csv }, requestMeta()), ForbiddenError);
    await rejectionOf(previewCandidateImport(lead, { csv }), ForbiddenError);
    await rejectionOf(startImportJob(admin, { csv }, "x.csv", requestMeta()), ForbiddenError);
  });
});
