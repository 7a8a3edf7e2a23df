import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { addCaseNote, assignCaseToMe, decideCase, reviewPendingDecision } from "@/lib/data/cases";
import { caseOutcomeForCandidate, getCase } from "@/lib/data/case-detail";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { CaseOutcome } from "@/lib/cases/policy";
import { createActor, rejectionOf, requestMeta, uid } from "./support/fixtures";
import {
  caseActions,
  caseRow,
  candidateWithCase,
  createTeam,
  decision,
  RATIONALE,
  type Team,
} from "./support/case-fixtures";

/** Working a case: assignment, notes, decisions with reason codes, four-eyes approval, concurrent decisions. */
let team: Team;
beforeAll(async () => {
  team = await createTeam();
});

describe("assign, note, decide", () => {
  test("assigning a case to me moves it to in review; a stale version changes nothing", async () => {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    const opened = await caseRow(caseId);
    await assignCaseToMe(team.lead, caseId, { version: opened.version }, requestMeta());
    const assigned = await caseRow(caseId);
    expect(assigned).toMatchObject({
      status: "in_review",
      assigneeId: team.lead.id,
      version: opened.version + 1,
    });
    expect(await caseActions(caseId)).toEqual(["case.opened", "case.assigned"]);

    await rejectionOf(
      assignCaseToMe(team.lead2, caseId, { version: opened.version }, requestMeta()),
      ConflictError,
    );
    expect(await caseRow(caseId)).toEqual(assigned);
    expect(await caseActions(caseId)).toEqual(["case.opened", "case.assigned"]);
  });

  test("a note keeps its markdown; getCase renders it with raw HTML escaped", async () => {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    const body = `**Called** the employer ${uid()}.\n\n<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> [link](javascript:alert(1))`;
    await addCaseNote(team.lead, caseId, { body }, requestMeta());

    const stored = await db.caseNote.findMany({ where: { caseId } });
    expect(stored.map((n) => [n.body, n.authorId])).toEqual([[body, team.lead.id]]);
    const detail = await getCase(team.lead, caseId);
    expect(detail.notes).toHaveLength(1);
    const { html, author } = detail.notes[0]!;
    expect(author).toBe(team.lead.name);
    expect(html).toContain("<strong>Called</strong>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(detail.timeline.map((e) => e.action)).toEqual(["case.opened", "case.note_added"]);
  });

  test("an empty note is refused", async () => {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    const err = await rejectionOf(
      addCaseNote(team.lead, caseId, { body: "   " }, requestMeta()),
      ValidationError,
    );
    expect(Object.keys(err.fieldErrors)).toEqual(["body"]);
    expect(await db.caseNote.count({ where: { caseId } })).toBe(0);
  });

  // The `high` profile fires background and pricing rules only: no payment, video or watchlist flag.
  test.each([
    {
      label: "a clearing code for a flag that did not fire (payment)",
      outcome: "cleared",
      reasonCode: "payment_in_own_name_confirmed",
    },
    {
      label: "a clearing code for a flag that did not fire (watchlist)",
      outcome: "cleared",
      reasonCode: "watchlist_false_positive",
    },
    {
      label: "a code for a different outcome",
      outcome: "rejected",
      reasonCode: "employment_verified_by_phone",
    },
    { label: "an unknown code", outcome: "rejected", reasonCode: "looked_fine_to_me" },
  ] as const)("$label is refused on reasonCode and nothing changes", async ({ outcome, reasonCode }) => {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    const before = await caseRow(caseId);
    const err = await rejectionOf(
      decideCase(team.lead, caseId, decision(before.version, outcome, reasonCode), requestMeta()),
      ValidationError,
    );
    expect(Object.keys(err.fieldErrors)).toEqual(["reasonCode"]);
    expect(await caseRow(caseId)).toEqual(before);
    expect(await caseActions(caseId)).toEqual(["case.opened"]);
  });

  test("a valid rejection decides the case; the recruiter sees outcome and reason, never the id or notes", async () => {
    const { candidateId, caseId } = await candidateWithCase(team.recruiter, "high");
    await assignCaseToMe(team.lead, caseId, { version: 1 }, requestMeta());
    await addCaseNote(
      team.lead,
      caseId,
      { body: "Private working note: employer phone numbers were all disconnected." },
      requestMeta(),
    );
    const pending = await caseOutcomeForCandidate(team.recruiter, candidateId);
    expect(pending).toMatchObject({
      id: null,
      status: "in_review",
      outcome: null,
      reasonLabel: null,
      decidedAt: null,
    });

    const result = await decideCase(
      team.lead,
      caseId,
      decision(2, "rejected", "fraud_indicators_confirmed"),
      requestMeta(),
    );
    expect(result).toEqual({ status: "decided" });
    const decided = await caseRow(caseId);
    expect(decided).toMatchObject({
      status: "decided",
      outcome: "rejected",
      reasonCode: "fraud_indicators_confirmed",
      rationale: RATIONALE,
      decidedById: team.lead.id,
      version: 3,
    });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    const trail = await db.auditEvent.findMany({ where: { targetId: caseId, action: "case.decided" } });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      actorId: team.lead.id,
      before: { status: "in_review" },
      after: { outcome: "rejected", reasonCode: "fraud_indicators_confirmed" },
    });

    const detail = await getCase(team.lead, caseId);
    expect(detail.decision).toMatchObject({
      outcome: "rejected",
      reasonLabel: "Fraud indicators confirmed",
      decidedBy: team.lead.name,
    });
    await rejectionOf(
      decideCase(team.lead2, caseId, decision(3, "rejected", "identity_not_established"), requestMeta()),
      ConflictError,
    );

    const seen = await caseOutcomeForCandidate(team.recruiter, candidateId);
    expect(seen).toEqual({
      id: null,
      status: "decided",
      outcome: "rejected",
      reasonLabel: "Fraud indicators confirmed",
      decidedAt: decided.decidedAt!.toISOString(),
      openedAt: decided.openedAt.toISOString(),
    });
    expect(JSON.stringify(seen)).not.toMatch(/disconnected|Reviewed the file/);
    expect((await caseOutcomeForCandidate(team.admin, candidateId))?.id).toBe(caseId);
  });
});

describe("four-eyes: clearing a critical case needs a second security lead", () => {
  async function awaitingApproval() {
    const opened = await candidateWithCase(team.recruiter, "critical");
    const result = await decideCase(
      team.lead,
      opened.caseId,
      decision(1, "cleared", "payment_in_own_name_confirmed"),
      requestMeta(),
    );
    expect(result).toEqual({ status: "awaiting_approval" });
    const row = await caseRow(opened.caseId);
    expect(row).toMatchObject({
      status: "awaiting_approval",
      outcome: null,
      decidedById: null,
      pendingOutcome: "cleared",
      pendingReasonCode: "payment_in_own_name_confirmed",
      pendingById: team.lead.id,
    });
    return { ...opened, row };
  }

  test("the requester cannot approve their own clearing; a second lead's approval decides it as the requester's", async () => {
    const { caseId, row } = await awaitingApproval();
    const asRequester = await getCase(team.lead, caseId);
    expect(asRequester.decision).toBeNull();
    expect(asRequester.pending).toMatchObject({
      outcome: "cleared",
      requestedBy: team.lead.name,
      requestedByMe: true,
    });

    await rejectionOf(
      reviewPendingDecision(team.lead, caseId, { version: row.version }, true, requestMeta()),
      ForbiddenError,
    );
    await rejectionOf(
      decideCase(
        team.lead2,
        caseId,
        decision(row.version, "rejected", "fraud_indicators_confirmed"),
        requestMeta(),
      ),
      ConflictError,
    );
    await rejectionOf(
      reviewPendingDecision(team.lead2, caseId, { version: row.version - 1 }, true, requestMeta()),
      ConflictError,
    );
    expect(await caseRow(caseId)).toEqual(row);

    await reviewPendingDecision(team.lead2, caseId, { version: row.version }, true, requestMeta());
    const decided = await caseRow(caseId);
    expect(decided).toMatchObject({
      status: "decided",
      outcome: "cleared",
      reasonCode: "payment_in_own_name_confirmed",
      rationale: RATIONALE,
      decidedById: team.lead.id,
      pendingOutcome: null,
      pendingReasonCode: null,
      pendingRationale: null,
      pendingById: null,
      pendingAt: null,
    });
    expect(await caseActions(caseId)).toEqual(["case.opened", "case.approval_requested", "case.decided"]);
    const [event] = await db.auditEvent.findMany({ where: { targetId: caseId, action: "case.decided" } });
    expect(event).toMatchObject({
      actorId: team.lead2.id,
      after: { outcome: "cleared", requestedBy: team.lead.id, approvedBy: team.lead2.id },
    });
    expect((await getCase(team.admin, caseId)).decision).toMatchObject({
      outcome: "cleared",
      decidedBy: team.lead.name,
    });
  });

  test("declining returns the case to in review with the pending decision dropped", async () => {
    const { caseId, row } = await awaitingApproval();
    await reviewPendingDecision(team.lead2, caseId, { version: row.version }, false, requestMeta());
    expect(await caseRow(caseId)).toMatchObject({
      status: "in_review",
      outcome: null,
      decidedById: null,
      pendingOutcome: null,
      pendingReasonCode: null,
      pendingById: null,
      version: row.version + 1,
    });
    expect((await caseActions(caseId)).at(-1)).toBe("case.approval_declined");
  });

  test.each([
    { band: "critical", outcome: "rejected", reasonCode: "fraud_indicators_confirmed", status: "decided" },
    { band: "critical", outcome: "escalated", reasonCode: "needs_legal_review", status: "decided" },
    { band: "high", outcome: "cleared", reasonCode: "employment_verified_by_phone", status: "decided" },
    {
      band: "critical",
      outcome: "cleared",
      reasonCode: "identity_verified_in_person",
      status: "awaiting_approval",
    },
  ] as const)(
    "$outcome on a $band case ($reasonCode) → $status",
    async ({ band, outcome, reasonCode, status }) => {
      const { caseId } = await candidateWithCase(team.recruiter, band);
      expect(await decideCase(team.lead, caseId, decision(1, outcome, reasonCode), requestMeta())).toEqual({
        status,
      });
      const row = await caseRow(caseId);
      expect(row.status).toBe(status);
      expect(status === "decided" ? row.outcome : row.pendingOutcome).toBe(outcome);
    },
  );
});

describe("concurrent decisions", () => {
  test.each([1, 2, 3])("two leads deciding from the same version: exactly one wins (round %i)", async () => {
    const { caseId } = await candidateWithCase(team.recruiter, "critical");
    const { version } = await caseRow(caseId);
    const attempts: { actor: typeof team.lead; outcome: CaseOutcome; reasonCode: string }[] = [
      { actor: team.lead, outcome: "rejected", reasonCode: "fraud_indicators_confirmed" },
      { actor: team.lead2, outcome: "escalated", reasonCode: "possible_insider_threat" },
    ];
    const results = await Promise.allSettled(
      attempts.map((a) =>
        decideCase(a.actor, caseId, decision(version, a.outcome, a.reasonCode), requestMeta()),
      ),
    );

    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [attempts[i]!] : []));
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    expect(await caseRow(caseId)).toMatchObject({
      status: "decided",
      outcome: won[0]!.outcome,
      reasonCode: won[0]!.reasonCode,
      decidedById: won[0]!.actor.id,
      version: version + 1,
    });
    const decided = await db.auditEvent.findMany({ where: { targetId: caseId, action: "case.decided" } });
    expect(decided.map((e) => e.actorId)).toEqual([won[0]!.actor.id]);
  });

  test("two other leads answering the same pending clearing concurrently: exactly one answer counts", async () => {
    const lead3 = await createActor("security_lead");
    const { caseId } = await candidateWithCase(team.recruiter, "critical");
    await decideCase(
      team.lead,
      caseId,
      decision(1, "cleared", "payment_in_own_name_confirmed"),
      requestMeta(),
    );
    const results = await Promise.allSettled([
      reviewPendingDecision(team.lead2, caseId, { version: 2 }, true, requestMeta()),
      reviewPendingDecision(lead3, caseId, { version: 2 }, false, requestMeta()),
    ]);
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toBeInstanceOf(ConflictError);
    const approved = results[0]!.status === "fulfilled";
    expect(await caseRow(caseId)).toMatchObject(
      approved
        ? { status: "decided", outcome: "cleared", version: 3 }
        : { status: "in_review", outcome: null, version: 3 },
    );
    const answers = (await caseActions(caseId)).filter(
      (a) => a === "case.decided" || a === "case.approval_declined",
    );
    expect(answers).toEqual([approved ? "case.decided" : "case.approval_declined"]);
  });
});
