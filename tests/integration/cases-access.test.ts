import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import {
  addCaseNote,
  assignCaseToMe,
  decideCase,
  openCaseManually,
  reviewPendingDecision,
} from "@/lib/data/cases";
import { caseOutcomeForCandidate, getCase } from "@/lib/data/case-detail";
import { listCases } from "@/lib/data/case-queue";
import { roleHas } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/types";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { rejectionOf, requestMeta, uid, withRole } from "./support/fixtures";
import {
  caseActions,
  caseRow,
  casesOf,
  candidateWithCase,
  createTeam,
  decision,
  PROFILES,
  scoresOf,
  type OpenedCase,
  type Team,
} from "./support/case-fixtures";

/**
 * The casework permission table through the data layer: each call either does its job (checked
 * by its effect) or is refused with ForbiddenError and leaves the cases exactly as they were.
 */
type Operation =
  | "getCase"
  | "listCases"
  | "caseOutcomeForCandidate"
  | "assignCaseToMe"
  | "addCaseNote"
  | "decideCase"
  | "reviewPendingDecision"
  | "openCaseManually";
type Who = "recruiter" | "security_lead" | "admin" | "unknown role";

let team: Team;
let shared: OpenedCase; // an open `high` case
let awaiting: OpenedCase; // a critical case whose clearing waits for approval (requested by lead2)
let lowCandidateId: string; // no case

beforeAll(async () => {
  team = await createTeam();
  shared = await candidateWithCase(team.recruiter, "high");
  awaiting = await candidateWithCase(team.recruiter, "critical");
  await decideCase(
    team.lead2,
    awaiting.caseId,
    decision(1, "cleared", "payment_in_own_name_confirmed"),
    requestMeta(),
  );
  lowCandidateId = (await createCandidate(team.recruiter, PROFILES.low(), requestMeta())).id;
});

function actorFor(who: Who): Actor {
  if (who === "recruiter") return team.recruiter;
  if (who === "security_lead") return team.lead;
  if (who === "admin") return team.admin;
  return withRole(team.lead, "auditor");
}

const REASON = "Gave a different middle name on the phone screen than on the application.";

const OPERATIONS: Record<Operation, (actor: Actor) => Promise<void>> = {
  async getCase(actor) {
    const detail = await getCase(actor, shared.caseId);
    expect(detail).toMatchObject({
      id: shared.caseId,
      band: "high",
      canWork: roleHas(actor.role, "case:work"),
    });
    expect(detail.candidate.id).toBe(shared.candidateId);
  },
  async listCases(actor) {
    const page = await listCases(actor, { pageSize: 100 });
    expect(page.items.every((i) => i.status !== "decided")).toBe(true);
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(await db.case.count());
  },
  async caseOutcomeForCandidate(actor) {
    const seen = await caseOutcomeForCandidate(actor, shared.candidateId);
    expect(seen).toMatchObject({
      status: "open",
      outcome: null,
      id: roleHas(actor.role, "case:read") ? shared.caseId : null,
    });
  },
  async assignCaseToMe(actor) {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    await assignCaseToMe(actor, caseId, { version: 1 }, requestMeta());
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: actor.id, status: "in_review" });
  },
  async addCaseNote(actor) {
    const body = `Checked the references ${uid()}`;
    await addCaseNote(actor, shared.caseId, { body }, requestMeta());
    expect(await db.caseNote.findFirst({ where: { caseId: shared.caseId, body } })).toMatchObject({
      authorId: actor.id,
    });
  },
  async decideCase(actor) {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    await decideCase(actor, caseId, decision(1, "rejected", "fraud_indicators_confirmed"), requestMeta());
    expect(await caseRow(caseId)).toMatchObject({ status: "decided", decidedById: actor.id });
  },
  async reviewPendingDecision(actor) {
    const { caseId } = await candidateWithCase(team.recruiter, "critical");
    await decideCase(
      team.lead2,
      caseId,
      decision(1, "cleared", "identity_verified_in_person"),
      requestMeta(),
    );
    await reviewPendingDecision(actor, caseId, { version: 2 }, true, requestMeta());
    expect(await caseRow(caseId)).toMatchObject({
      status: "decided",
      outcome: "cleared",
      decidedById: team.lead2.id,
    });
  },
  async openCaseManually(actor) {
    const { id } = await createCandidate(team.recruiter, PROFILES.low(), requestMeta());
    const opened = await openCaseManually(actor, id, { reason: REASON }, requestMeta());
    expect(await caseRow(opened.id)).toMatchObject({ candidateId: id, openedById: actor.id, status: "open" });
  },
};

const ALLOWED: Record<Who, readonly Operation[]> = {
  recruiter: ["caseOutcomeForCandidate", "openCaseManually"],
  security_lead: Object.keys(OPERATIONS) as Operation[],
  admin: ["getCase", "listCases", "caseOutcomeForCandidate"],
  "unknown role": [],
};

const TABLE = (Object.keys(ALLOWED) as Who[]).flatMap((who) =>
  (Object.keys(OPERATIONS) as Operation[]).map((op) => ({ who, op, allowed: ALLOWED[who].includes(op) })),
);

/** Everything a refused call could have touched. */
async function snapshot() {
  return {
    cases: await Promise.all([shared.caseId, awaiting.caseId].map(caseRow)),
    notes: await db.caseNote.count({ where: { caseId: { in: [shared.caseId, awaiting.caseId] } } }),
    trails: await Promise.all([shared.caseId, awaiting.caseId].map(caseActions)),
    lowCases: await casesOf(lowCandidateId),
  };
}

const ATTEMPTS: Record<Operation, (actor: Actor) => Promise<unknown>> = {
  getCase: (a) => getCase(a, shared.caseId),
  listCases: (a) => listCases(a, {}),
  caseOutcomeForCandidate: (a) => caseOutcomeForCandidate(a, shared.candidateId),
  assignCaseToMe: (a) => assignCaseToMe(a, shared.caseId, { version: 1 }, requestMeta()),
  addCaseNote: (a) => addCaseNote(a, shared.caseId, { body: "Should never be stored" }, requestMeta()),
  decideCase: (a) =>
    decideCase(a, shared.caseId, decision(1, "rejected", "fraud_indicators_confirmed"), requestMeta()),
  reviewPendingDecision: (a) =>
    reviewPendingDecision(a, awaiting.caseId, { version: 2 }, true, requestMeta()),
  openCaseManually: (a) => openCaseManually(a, lowCandidateId, { reason: REASON }, requestMeta()),
};

describe("who may do what with a case", () => {
  test.each(TABLE.filter((t) => t.allowed))("$who may $op", async ({ who, op }) => {
    await OPERATIONS[op](actorFor(who));
  });

  test.each(TABLE.filter((t) => !t.allowed))(
    "$who may not $op: ForbiddenError, nothing changes",
    async ({ who, op }) => {
      const before = await snapshot();
      await rejectionOf(ATTEMPTS[op](actorFor(who)), ForbiddenError);
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe("opening a case by hand", () => {
  test("a recruiter opens a case on a low candidate with a reason; a second open is refused while it is undecided", async () => {
    const { id } = await createCandidate(team.recruiter, PROFILES.low(), requestMeta());
    expect(await casesOf(id)).toEqual([]);
    const { id: caseId } = await openCaseManually(
      team.recruiter,
      id,
      { reason: `  ${REASON}  ` },
      requestMeta(),
    );

    const [latest] = await scoresOf(id);
    expect(await casesOf(id)).toEqual([
      expect.objectContaining({
        id: caseId,
        status: "open",
        band: "low",
        priority: 4,
        openReason: REASON,
        openedById: team.recruiter.id,
        openedScoreId: latest!.id,
        latestScoreId: latest!.id,
      }),
    ]);
    const [opened] = await db.auditEvent.findMany({ where: { targetId: caseId } });
    expect(opened).toMatchObject({
      action: "case.opened",
      actorId: team.recruiter.id,
      after: { candidateId: id, band: "low", automatic: false, reason: REASON },
    });

    await rejectionOf(openCaseManually(team.lead, id, { reason: REASON }, requestMeta()), ConflictError);
    expect((await casesOf(id)).map((c) => c.id)).toEqual([caseId]);
    expect(await caseActions(caseId)).toEqual(["case.opened"]);
  });

  test("a candidate whose score already opened a case cannot get a second one by hand", async () => {
    const { candidateId, caseId } = await candidateWithCase(team.recruiter, "high");
    await rejectionOf(
      openCaseManually(team.recruiter, candidateId, { reason: REASON }, requestMeta()),
      ConflictError,
    );
    expect((await casesOf(candidateId)).map((c) => c.id)).toEqual([caseId]);
  });

  test("opening by hand after a decision reopens the same case with the reason", async () => {
    const { candidateId, caseId } = await candidateWithCase(team.recruiter, "high");
    await decideCase(
      team.lead,
      caseId,
      decision(1, "cleared", "employment_verified_by_phone"),
      requestMeta(),
    );
    expect(await openCaseManually(team.recruiter, candidateId, { reason: REASON }, requestMeta())).toEqual({
      id: caseId,
    });
    expect(await casesOf(candidateId)).toEqual([
      expect.objectContaining({ id: caseId, status: "reopened", version: 3 }),
    ]);
    const last = (
      await db.auditEvent.findMany({ where: { targetId: caseId }, orderBy: { seq: "desc" }, take: 1 })
    )[0];
    expect(last).toMatchObject({
      action: "case.reopened",
      actorId: team.recruiter.id,
      before: { status: "decided", outcome: "cleared" },
      after: { reason: REASON },
    });
  });

  test.each([
    { label: "no reason", raw: {} },
    { label: "a reason under 10 characters once trimmed", raw: { reason: "   too short   " } },
    { label: "a reason over 2000 characters", raw: { reason: "x".repeat(2001) } },
  ])("$label → ValidationError on reason, no case", async ({ raw }) => {
    const { id } = await createCandidate(team.recruiter, PROFILES.low(), requestMeta());
    const err = await rejectionOf(openCaseManually(team.recruiter, id, raw, requestMeta()), ValidationError);
    expect(Object.keys(err.fieldErrors)).toEqual(["reason"]);
    expect(await casesOf(id)).toEqual([]);
  });

  test("an unknown candidate → NotFoundError", async () => {
    const before = await db.case.count();
    await rejectionOf(
      openCaseManually(team.recruiter, `missing-${uid()}`, { reason: REASON }, requestMeta()),
      NotFoundError,
    );
    expect(await db.case.count()).toBe(before);
  });
});
