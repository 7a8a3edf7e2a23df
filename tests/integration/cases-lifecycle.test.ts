import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { decideCase, openCaseManually } from "@/lib/data/cases";
import { caseOutcomeForCandidate, getCase } from "@/lib/data/case-detail";
import type { Band } from "@/lib/scoring";
import {
  auditTrailOf,
  createActor,
  requestMeta,
  uid,
  type TestActor,
  type TestCandidateInput,
} from "./support/fixtures";
import {
  caseActions,
  caseRow,
  casesOf,
  candidateWithCase,
  cryptoPayment,
  decision,
  editCandidate,
  firedRuleIds,
  PROFILES,
  scoresOf,
  slaMs,
} from "./support/case-fixtures";

/** Case lifecycle driven by scoring: automatic opening, escalation on rescore, reopening after a decision. */
let recruiter: TestActor;
let lead: TestActor;
beforeAll(async () => {
  [recruiter, lead] = await Promise.all([createActor("recruiter"), createActor("security_lead")]);
});

/** `profile` under the identity (name, email, phone, address) of `from`, as an edit of the same person. */
function sameIdentity(from: TestCandidateInput, profile: TestCandidateInput): TestCandidateInput {
  const { fullName, email, phone, residenceAddress } = from;
  return { ...profile, fullName, email, phone, residenceAddress, notes: `Edited ${uid()}` };
}

describe("scoring opens a case automatically", () => {
  test.each([
    { band: "high", priority: 2 },
    { band: "critical", priority: 1 },
  ] as const)(
    "a $band candidate gets exactly one case, in the transaction that stored its score",
    async ({ band, priority }) => {
      const meta = requestMeta();
      const { id, score } = await createCandidate(recruiter, PROFILES[band](), meta);
      expect(score.band).toBe(band);
      const scores = await scoresOf(id);
      expect(scores).toHaveLength(1);
      const cases = await casesOf(id);
      expect(cases).toHaveLength(1);
      const c = cases[0]!;
      expect(c).toMatchObject({
        status: "open",
        band,
        priority,
        openedScoreId: scores[0]!.id,
        latestScoreId: scores[0]!.id,
        openedById: recruiter.id,
        assigneeId: null,
        outcome: null,
        version: 1,
      });
      expect(c.ruleFamilies.split(",")).toEqual([...new Set(score.fired.map((f) => f.family))].sort());
      expect(Math.abs(c.dueAt.getTime() - c.openedAt.getTime() - slaMs(priority))).toBeLessThan(5_000);

      // One transaction: the case's audit event directly follows the score's, under the same request.
      const scored = (await auditTrailOf(id)).find((e) => e.action === "score.computed");
      const trail = await auditTrailOf(c.id);
      expect(trail).toHaveLength(1);
      expect(trail[0]).toMatchObject({
        action: "case.opened",
        actorId: recruiter.id,
        requestId: meta.requestId,
        seq: scored!.seq + 1,
      });
      expect(trail[0]!.after).toMatchObject({ candidateId: id, band, total: score.total, automatic: true });
    },
  );

  test.each(["low", "medium"] as const)("a %s candidate gets no case", async (band) => {
    const { id, score } = await createCandidate(recruiter, PROFILES[band](), requestMeta());
    expect(score.band).toBe(band);
    expect(await casesOf(id)).toEqual([]);
    expect(await db.candidate.findUniqueOrThrow({ where: { id } })).toMatchObject({ latestBand: band });
  });
});

describe("rescoring keeps one undecided case in step", () => {
  const TRANSITIONS: { label: string; from: Band; to: Band; band: Band; priority: number; action: string }[] =
    [
      {
        label: "medium → high opens the first case",
        from: "medium",
        to: "high",
        band: "high",
        priority: 2,
        action: "case.opened",
      },
      {
        label: "high → critical escalates the same case",
        from: "high",
        to: "critical",
        band: "critical",
        priority: 1,
        action: "case.escalated_by_score",
      },
      {
        label: "high → high records the new score on the case",
        from: "high",
        to: "high",
        band: "high",
        priority: 2,
        action: "case.rescored",
      },
      {
        label: "critical → high never lowers the band or priority",
        from: "critical",
        to: "high",
        band: "critical",
        priority: 1,
        action: "case.rescored",
      },
    ];

  test.each(TRANSITIONS)("$label", async ({ from, to, band, priority, action }) => {
    const input = PROFILES[from]();
    const { id } = await createCandidate(recruiter, input, requestMeta());
    const before = await casesOf(id);

    const { score } = await editCandidate(recruiter, id, sameIdentity(input, PROFILES[to]()));
    expect(score.band).toBe(to);

    const after = await casesOf(id);
    expect(after).toHaveLength(1);
    const c = after[0]!;
    const [latest] = await scoresOf(id);
    expect(c).toMatchObject({ band, priority, latestScoreId: latest!.id, status: "open" });
    expect(c.ruleFamilies.split(",")).toEqual([...new Set(score.fired.map((f) => f.family))].sort());
    expect(Math.abs(c.dueAt.getTime() - c.openedAt.getTime() - slaMs(priority))).toBeLessThan(5_000);
    if (before[0]) {
      expect(c.id).toBe(before[0].id);
      expect(c.openedScoreId).toBe(before[0].openedScoreId);
      expect(c.openedScoreId).not.toBe(c.latestScoreId);
      expect(c.version).toBe(before[0].version + 1);
    } else {
      expect(c.openedScoreId).toBe(latest!.id);
    }
    const trail = await auditTrailOf(c.id);
    expect(trail.at(-1)).toMatchObject({ action, actorId: recruiter.id });
    if (action === "case.escalated_by_score")
      expect(trail.at(-1)).toMatchObject({ before: { band: from }, after: { band: to, total: score.total } });
    expect(await db.case.count({ where: { candidateId: id, status: { not: "decided" } } })).toBe(1);
  });

  test("the database refuses a second undecided case for a candidate (partial unique index)", async () => {
    const { candidateId, caseId } = await candidateWithCase(recruiter, "high");
    const c = await caseRow(caseId);
    const row = {
      candidateId,
      priority: 1,
      band: "critical" as const,
      openReason: "Inserted directly by the test",
      dueAt: new Date(),
      openedScoreId: c.openedScoreId,
      latestScoreId: c.latestScoreId,
    };
    for (const status of ["open", "in_review", "awaiting_approval", "reopened"] as const) {
      await expect(db.case.create({ data: { ...row, status } }), status).rejects.toMatchObject({
        code: "P2002",
      });
    }
    expect((await casesOf(candidateId)).map((x) => x.id)).toEqual([caseId]);

    // The index is partial: a decided case beside the undecided one is allowed.
    const decided = await db.case.create({
      data: { ...row, status: "decided", outcome: "rejected", openedAt: new Date(Date.now() - 86_400_000) },
    });
    expect(await casesOf(candidateId)).toHaveLength(2);
    await db.case.delete({ where: { id: decided.id } });
  });
});

describe("a decided case reopens only on new red flags", () => {
  /** A decided (rejected) case on a `high` candidate, who has no payment flag yet. */
  async function decidedCase() {
    const opened = await candidateWithCase(recruiter, "high");
    const { version } = await caseRow(opened.caseId);
    await decideCase(
      lead,
      opened.caseId,
      decision(version, "rejected", "fraud_indicators_confirmed"),
      requestMeta(),
    );
    const decided = await caseRow(opened.caseId);
    expect(decided.status).toBe("decided");
    expect(await firedRuleIds(decided.latestScoreId)).not.toContain("payment-crypto");
    return { ...opened, decided };
  }

  test("switching payment to crypto reopens the same case, naming the new flag", async () => {
    const { candidateId, caseId, input, decided } = await decidedCase();
    const { score } = await editCandidate(recruiter, candidateId, { ...input, ...cryptoPayment() });
    expect(score.fired.map((f) => f.ruleId)).toContain("payment-crypto");

    const cases = await casesOf(candidateId);
    expect(cases.map((c) => c.id)).toEqual([caseId]);
    const [latest] = await scoresOf(candidateId);
    expect(cases[0]).toMatchObject({
      status: "reopened",
      band: score.band,
      latestScoreId: latest!.id,
      openedScoreId: decided.openedScoreId,
      version: decided.version + 1,
    });
    expect(cases[0]!.ruleFamilies.split(",")).toContain("payment");
    const last = (await auditTrailOf(caseId)).at(-1);
    expect(last).toMatchObject({
      action: "case.reopened",
      before: { status: "decided", outcome: "rejected" },
      after: { status: "reopened", newRedFlags: ["payment-crypto"] },
    });

    // A reopened case is worked again like any other.
    expect(
      await decideCase(
        lead,
        caseId,
        decision(cases[0]!.version, "rejected", "fraud_indicators_confirmed"),
        requestMeta(),
      ),
    ).toEqual({ status: "decided" });
  });

  test.each([
    {
      label: "an edit of the notes only",
      change: (i: TestCandidateInput) => ({ ...i, notes: `Called back ${uid()}` }),
    },
    {
      label: "an edit that clears a flag (rate raised to market)",
      change: (i: TestCandidateInput) => ({ ...i, requestedRate: 90 }),
    },
  ])(
    "$label leaves it decided, and a later new flag is still compared with the decided-on score",
    async ({ change }) => {
      const { candidateId, caseId, input, decided } = await decidedCase();
      const edited = change(input);
      await editCandidate(recruiter, candidateId, edited);
      expect(await caseRow(caseId)).toEqual(decided);
      expect((await caseActions(caseId)).at(-1)).toBe("case.decided");

      await editCandidate(recruiter, candidateId, { ...edited, ...cryptoPayment() });
      expect(await caseRow(caseId)).toMatchObject({ status: "reopened" });
      expect((await caseActions(caseId)).at(-1)).toBe("case.reopened");
    },
  );

  test.each([
    {
      label: "a new red flag",
      reopen: (o: { candidateId: string; input: TestCandidateInput }) =>
        editCandidate(recruiter, o.candidateId, { ...o.input, ...cryptoPayment() }),
    },
    {
      label: "a recruiter, by hand",
      reopen: (o: { candidateId: string }) =>
        openCaseManually(
          recruiter,
          o.candidateId,
          { reason: "New information from the background check." },
          requestMeta(),
        ),
    },
  ])(
    "reopened by $label, the case shows no decision: not to the recruiter, not to the lead",
    async ({ reopen }) => {
      const opened = await decidedCase();
      await reopen(opened);
      expect(await caseRow(opened.caseId)).toMatchObject({ status: "reopened" });
      expect((await getCase(lead, opened.caseId)).decision).toBeNull();
      // Outcome and reason are hidden once the case is undecided again, and so must be the old decision's date:
      // the recruiter's panel shows "Reopened since <decidedAt ?? openedAt>".
      expect(await caseOutcomeForCandidate(recruiter, opened.candidateId)).toMatchObject({
        id: null,
        status: "reopened",
        outcome: null,
        reasonLabel: null,
        decidedAt: null,
      });
    },
  );
});
