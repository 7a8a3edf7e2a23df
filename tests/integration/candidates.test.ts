import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import {
  createCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
  type CandidatePage,
} from "@/lib/data/candidates";
import { rescoreAll } from "@/lib/data/rescore";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { candidateInputSchema, type CandidateInput } from "@/lib/schemas/candidate";
import { BANDS, type Band, type ScoreBreakdown } from "@/lib/scoring";
import { OPERATOR_ACTOR } from "@/lib/data/types";
import {
  candidateInput,
  createActor,
  RED_FLAG_RULES,
  redFlagInput,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  type TestActor,
} from "./support/fixtures";

let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

const breakdownOf = async (candidateId: string): Promise<ScoreBreakdown[]> =>
  (await db.score.findMany({ where: { candidateId }, orderBy: { createdAt: "asc" } })).map(
    (s) => s.breakdown as unknown as ScoreBreakdown,
  );
const firedIds = (b: ScoreBreakdown) => b.fired.map((f) => f.ruleId);

describe("createCandidate and getCandidate", () => {
  test("stores the profile, its work history, identifiers and a score under the published rule set", async () => {
    const input = candidateInput();
    const { id, score } = await createCandidate(recruiter, input, requestMeta());

    const published = await db.ruleSetVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    const rows = await db.score.findMany({ where: { candidateId: id } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      ruleSetVersion: published.version,
      total: score.total,
      band: score.band,
      hardStop: null,
    });
    expect(Number.isInteger(row!.total) && row!.total >= 0 && row!.total <= 100).toBe(true);
    expect(BANDS).toContain(row!.band);
    expect(row!.breakdown).toEqual(JSON.parse(JSON.stringify(score)));

    const candidate = await db.candidate.findUniqueOrThrow({
      where: { id },
      include: { workHistory: { orderBy: { position: "asc" } }, identifiers: true },
    });
    expect(candidate).toMatchObject({
      version: 1,
      createdById: recruiter.id,
      latestScore: score.total,
      latestBand: score.band,
      email: input.email,
    });
    expect(candidate.workHistory.map((w) => [w.position, w.employer, w.verification])).toEqual(
      (input.workHistory ?? []).map((w, i) => [i, w.employer, w.verification]),
    );
    expect(candidate.identifiers.map((i) => i.kind).sort()).toEqual(["address", "email", "phone"]);
  });

  test("getCandidate round-trips the profile and returns the stored score and its history", async () => {
    const input = candidateInput({ notes: "Round-trip check: every field should come back as parsed." });
    const created = await createCandidate(recruiter, input, requestMeta());

    const detail = await getCandidate(recruiter, created.id, requestMeta());
    expect(detail.id).toBe(created.id);
    expect(detail.version).toBe(1);
    expect(detail.createdBy).toBe(recruiter.name);
    expect(detail.profile).toEqual(candidateInputSchema.parse(input));
    expect(detail.score).toMatchObject({
      total: created.score.total,
      band: created.score.band,
      ruleSetVersion: created.score.ruleSetVersion,
    });
    expect(detail.score?.breakdown).toEqual(JSON.parse(JSON.stringify(created.score)));
    expect(detail.history).toEqual([
      {
        total: created.score.total,
        band: created.score.band,
        ruleSetVersion: created.score.ruleSetVersion,
        createdAt: expect.any(String),
      },
    ]);
  });

  test("getCandidate of an unknown id throws NotFoundError", async () => {
    await rejectionOf(getCandidate(recruiter, `missing-${uid()}`, requestMeta()), NotFoundError);
  });

  const PROFILES: {
    label: string;
    input: () => CandidateInput;
    bands: Band[];
    mustFire: readonly string[];
    mustNotFire: readonly string[];
  }[] = [
    {
      label: "red flags: crypto, declined video, unverifiable employers, rate far below market",
      input: () => redFlagInput(),
      bands: ["high", "critical"],
      mustFire: RED_FLAG_RULES,
      mustNotFire: [],
    },
    {
      label: "honest senior, every check passed",
      input: () => candidateInput(),
      bands: ["low"],
      mustFire: [],
      mustNotFire: RED_FLAG_RULES,
    },
    {
      label: "honest junior asking a junior rate (a low rate alone is no red flag)",
      input: () =>
        candidateInput({
          seniority: "junior",
          requestedRate: 30,
          yearsExperienceClaimed: 1,
          workHistory: [
            {
              employer: "Code Academy Austin",
              title: "Apprentice Developer",
              startDate: "2025-06-01",
              verification: "verified",
            },
          ],
        }),
      bands: ["low"],
      mustFire: [],
      mustNotFire: ["rate-underpriced"],
    },
  ];

  test.each(PROFILES)("$label", async ({ input, bands, mustFire, mustNotFire }) => {
    const { id, score } = await createCandidate(recruiter, input(), requestMeta());
    const [stored] = await breakdownOf(id);
    expect(bands).toContain(stored!.band);
    expect(firedIds(stored!)).toEqual(expect.arrayContaining([...mustFire]));
    for (const ruleId of mustNotFire) expect(firedIds(stored!)).not.toContain(ruleId);
    for (const f of stored!.fired) expect(f.evidence.length).toBeGreaterThan(0);
    const points = stored!.fired.reduce((sum, f) => sum + f.points, 0);
    expect(Math.abs(points - score.total)).toBeLessThanOrEqual(1);
  });
});

describe("listCandidates", () => {
  const tag = `zq${uid()}`;
  // Created in this order so that all four sort orders differ.
  const SEEDS = [
    { label: "Bravo", band: "medium", input: () => candidateInput({ videoCallOutcome: "camera_off" }) },
    { label: "Charlie", band: "critical", input: () => redFlagInput() },
    { label: "Alpha", band: "low", input: () => candidateInput() },
  ] as const;
  const ids = new Map<string, string>();
  const emailOf = (label: string) => `${label.toLowerCase()}.${tag}@example.com`;

  beforeAll(async () => {
    for (const s of SEEDS) {
      const { id } = await createCandidate(
        recruiter,
        { ...s.input(), fullName: `${s.label} Listed ${tag}`, email: emailOf(s.label) },
        requestMeta(),
      );
      ids.set(s.label, id);
    }
  });

  const labels = (page: CandidatePage) => page.items.map((i) => i.fullName.split(" ")[0]);

  test.each([
    { by: "name, different case", q: () => `aLpHa lIsTeD ${tag.toUpperCase()}`, expected: ["Alpha"] },
    { by: "email, upper case", q: () => emailOf("Charlie").toUpperCase(), expected: ["Charlie"] },
    { by: "shared tag", q: () => tag, expected: ["Alpha", "Bravo", "Charlie"] },
    { by: "text nobody has", q: () => `nobody-${uid()}`, expected: [] },
  ])("search by $by", async ({ q, expected }) => {
    const page = await listCandidates(recruiter, { q: q() });
    expect(labels(page).sort()).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  test.each(SEEDS.map((s) => s.band))("filter by band %s", async (band) => {
    const page = await listCandidates(recruiter, { q: tag, band });
    expect(page.items.map((i) => [i.id, i.band])).toEqual(
      SEEDS.filter((s) => s.band === band).map((s) => [ids.get(s.label), band]),
    );
    const all = await listCandidates(recruiter, { band, pageSize: 100 });
    expect(all.items.every((i) => i.band === band)).toBe(true);
  });

  test.each([
    { sort: "score_desc", expected: ["Charlie", "Bravo", "Alpha"] },
    { sort: "score_asc", expected: ["Alpha", "Bravo", "Charlie"] },
    { sort: "date_desc", expected: ["Alpha", "Charlie", "Bravo"] },
    { sort: "date_asc", expected: ["Bravo", "Charlie", "Alpha"] },
  ])("sort $sort", async ({ sort, expected }) => {
    const page = await listCandidates(recruiter, { q: tag, sort });
    expect(labels(page)).toEqual(expected);
    const scores = page.items.map((i) => i.score ?? -1);
    if (sort === "score_desc") expect(scores).toEqual([...scores].sort((a, b) => b - a));
    if (sort === "score_asc") expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  describe("pagination", () => {
    const pageTag = `pg${uid()}`;
    const created: string[] = [];
    beforeAll(async () => {
      for (let i = 0; i < 12; i++)
        created.push(
          (
            await createCandidate(
              recruiter,
              candidateInput({ fullName: `Paged ${i} ${pageTag}` }),
              requestMeta(),
            )
          ).id,
        );
    });

    test.each(["date_asc", "date_desc", "score_asc", "score_desc"])(
      "pages of 5 under %s cover all 12 rows without overlap",
      async (sort) => {
        const pages = await Promise.all(
          [1, 2, 3, 4].map((page) => listCandidates(recruiter, { q: pageTag, sort, page, pageSize: 5 })),
        );
        expect(pages.map((p) => p.items.length)).toEqual([5, 5, 2, 0]);
        for (const [i, p] of pages.entries())
          expect(p).toMatchObject({ total: 12, pageCount: 3, page: i + 1, pageSize: 5 });
        const seen = pages.flatMap((p) => p.items.map((item) => item.id));
        expect(new Set(seen).size).toBe(12);
        expect([...seen].sort()).toEqual([...created].sort());
        if (sort === "date_asc") expect(seen).toEqual(created);
      },
    );

    test("out-of-range paging values fall back to defaults", async () => {
      const page = await listCandidates(recruiter, {
        q: pageTag,
        page: "0",
        pageSize: "1000",
        sort: "bogus",
      });
      expect(page).toMatchObject({ page: 1, pageSize: 20, total: 12, pageCount: 1 });
      expect(page.items.map((i) => i.id)).toEqual([...created].reverse());
    });
  });
});

describe("updateCandidate", () => {
  test("with the current version it saves, bumps the version and records a second score", async () => {
    const input = candidateInput();
    const { id, score: first } = await createCandidate(recruiter, input, requestMeta());
    const edited = {
      ...input,
      fullName: `${input.fullName} Edited`,
      paymentMethod: "crypto" as const,
      videoCallOutcome: "declined" as const,
      workHistory: input.workHistory?.slice(0, 1),
    };

    const result = await updateCandidate(recruiter, id, 1, edited, requestMeta());
    expect(result.version).toBe(2);
    expect(result.score.total).toBeGreaterThan(first.total);

    const row = await db.candidate.findUniqueOrThrow({ where: { id }, include: { workHistory: true } });
    expect(row).toMatchObject({
      version: 2,
      fullName: edited.fullName,
      latestScore: result.score.total,
      latestBand: result.score.band,
    });
    expect(row.workHistory).toHaveLength(1);
    const stored = await breakdownOf(id);
    expect(stored.map((b) => b.total)).toEqual([first.total, result.score.total]);
    expect(firedIds(stored[1]!)).toEqual(expect.arrayContaining(["payment-crypto", "video-call-avoided"]));

    const detail = await getCandidate(recruiter, id, requestMeta());
    expect(detail.version).toBe(2);
    expect(detail.profile.fullName).toBe(edited.fullName);
    expect(detail.score?.total).toBe(result.score.total);
    expect(detail.history.map((h) => h.total)).toEqual([result.score.total, first.total]);
  });

  test.each([
    { label: "the version it replaced", stale: 1 },
    { label: "a version that never existed", stale: 7 },
    { label: "version zero", stale: 0 },
  ])("with $label it throws ConflictError and changes nothing", async ({ stale }) => {
    const input = candidateInput();
    const { id } = await createCandidate(recruiter, input, requestMeta());
    await updateCandidate(recruiter, id, 1, { ...input, notes: "First edit wins." }, requestMeta());
    const snapshot = async () => ({
      candidate: await db.candidate.findUniqueOrThrow({
        where: { id },
        include: { workHistory: { orderBy: { position: "asc" } }, identifiers: { orderBy: { kind: "asc" } } },
      }),
      scores: await db.score.count({ where: { candidateId: id } }),
      counts: await rowCounts(),
    });
    const before = await snapshot();

    const error = await rejectionOf(
      updateCandidate(
        recruiter,
        id,
        stale,
        { ...input, fullName: "Overwritten Name", workHistory: [] },
        requestMeta(),
      ),
      ConflictError,
    );
    expect(error.status).toBe(409);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.candidate.version).toBe(2);
    expect(after.candidate.profile).toMatchObject({ fullName: input.fullName, notes: "First edit wins." });
  });

  test("of an unknown id throws NotFoundError", async () => {
    await rejectionOf(
      updateCandidate(recruiter, `missing-${uid()}`, 1, candidateInput(), requestMeta()),
      NotFoundError,
    );
  });
});

describe("identity reuse", () => {
  test("a second candidate with the same crypto wallet fires identity-reuse on both; rescoreAll keeps both flagged", async () => {
    const wallet = `0x${uid()}${uid()}${uid()}${uid()}`;
    const first = await createCandidate(recruiter, redFlagInput({ cryptoWallet: wallet }), requestMeta());
    expect(firedIds(first.score)).not.toContain("identity-reuse");
    // The same wallet typed in upper case: 0x addresses are case-insensitive.
    const second = await createCandidate(
      recruiter,
      redFlagInput({ cryptoWallet: wallet.toUpperCase().replace("0X", "0x") }),
      requestMeta(),
    );

    const [stored] = await breakdownOf(second.id);
    const reuse = stored!.fired.find((f) => f.ruleId === "identity-reuse");
    expect(reuse?.evidence).toEqual([
      {
        field: "reuse.wallet",
        value: wallet.toUpperCase().replace("0X", "0x"),
        reason: "Also used by 1 other candidate",
        candidateIds: [first.id],
      },
    ]);
    const sharing = await db.candidateIdentifier.findMany({
      where: { kind: "wallet", value: wallet },
      orderBy: { candidateId: "asc" },
    });
    expect(sharing.map((i) => i.candidateId).sort()).toEqual([first.id, second.id].sort());

    // Reuse is two-sided: the first candidate was re-scored in the second one's transaction.
    const relinked = await breakdownOf(first.id);
    expect(relinked).toHaveLength(2);
    expect(firedIds(relinked[1]!)).toContain("identity-reuse");

    const meta = requestMeta();
    const result = await rescoreAll(OPERATOR_ACTOR, meta);
    expect(result.rescored).toBe(await db.candidate.count());
    const firstScores = await breakdownOf(first.id);
    expect(firstScores).toHaveLength(3);
    expect(firedIds(firstScores[2]!)).toContain("identity-reuse");
    const events = await db.auditEvent.findMany({ where: { requestId: meta.requestId, targetId: first.id } });
    expect(events.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["score.computed", null, expect.objectContaining({ total: firstScores[2]!.total })],
    ]);
  });

  // The evidence names the other candidate, so a recruiter can follow the link from the breakdown.
  test("the identity-reuse evidence names the other candidate's id", async () => {
    const wallet = `0x${uid()}${uid()}${uid()}${uid()}`;
    const first = await createCandidate(recruiter, redFlagInput({ cryptoWallet: wallet }), requestMeta());
    const second = await createCandidate(recruiter, redFlagInput({ cryptoWallet: wallet }), requestMeta());
    const reuse = second.score.fired.find((f) => f.ruleId === "identity-reuse");
    expect(reuse).toBeDefined();
    expect(JSON.stringify(reuse)).toContain(first.id);
  });
});
