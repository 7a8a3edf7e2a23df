import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, updateCandidate } from "@/lib/data/candidates";
import type { CaseOutcome } from "@/lib/cases/policy";
import { DEFAULT_SLA_HOURS } from "@/lib/cases/policy";
import type { Band, ScoreBreakdown } from "@/lib/scoring";
import {
  auditTrailOf,
  candidateInput,
  createActor,
  redFlagInput,
  requestMeta,
  type TestActor,
  type TestCandidateInput,
} from "./fixtures";

/**
 * Helpers for the casework suite (tests/integration/cases*.test.ts). Under the shipped rule set
 * (bands 25 / 50 / 75, a case opens from "high") each profile below lands well inside its band.
 */
export const PROFILES = {
  /** Every check passed: nothing fires (score 0). */
  low: () => candidateInput(),
  /** Camera off on the interview: video-call-avoided alone (about 36). */
  medium: () => candidateInput({ videoCallOutcome: "camera_off" }),
  /**
   * Unverifiable history, a thin online presence and an underpriced rate, but paid by bank, seen on
   * camera, degree and references confirmed (about 67): no payment or communication flag.
   */
  high: () => {
    // Registry lookups and education dates not recorded, so only the three signs above count.
    const base = redFlagInput({
      paymentMethod: "bank",
      cryptoWallet: undefined,
      videoCallOutcome: "completed",
      educationVerification: "verified",
      references: [],
      education: undefined,
    });
    return {
      ...base,
      workHistory: (base.workHistory ?? []).map((w) => ({ ...w, registryStatus: undefined })),
    };
  },
  /** The demo fraud profile: crypto, declined video, unverifiable employers, underpriced (about 92). */
  critical: () => redFlagInput(),
} satisfies Record<Band, () => TestCandidateInput>;

/** Asking for crypto: payment-crypto, a red flag the `high` profile never fires. */
export const cryptoPayment = (): Pick<TestCandidateInput, "paymentMethod" | "cryptoWallet"> => ({
  paymentMethod: "crypto",
  cryptoWallet: `0x${randomBytes(20).toString("hex")}`,
});

export interface Team {
  recruiter: TestActor;
  lead: TestActor;
  lead2: TestActor;
  admin: TestActor;
}

export async function createTeam(): Promise<Team> {
  const [recruiter, lead, lead2, admin] = await Promise.all([
    createActor("recruiter"),
    createActor("security_lead"),
    createActor("security_lead"),
    createActor("admin"),
  ]);
  return { recruiter, lead, lead2, admin };
}

export const caseRow = (id: string) => db.case.findUniqueOrThrow({ where: { id } });
export type CaseRow = Awaited<ReturnType<typeof caseRow>>;

export const casesOf = (candidateId: string) =>
  db.case.findMany({ where: { candidateId }, orderBy: { openedAt: "asc" } });

/** The candidate's scores, newest first. */
export const scoresOf = (candidateId: string) =>
  db.score.findMany({ where: { candidateId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export async function firedRuleIds(scoreId: string): Promise<string[]> {
  const s = await db.score.findUniqueOrThrow({ where: { id: scoreId } });
  return (s.breakdown as unknown as ScoreBreakdown).fired.map((f) => f.ruleId);
}

/** The audit actions recorded about one case, oldest first. */
export async function caseActions(caseId: string): Promise<string[]> {
  return (await auditTrailOf(caseId)).map((e) => e.action);
}

export interface OpenedCase {
  candidateId: string;
  input: TestCandidateInput;
  caseId: string;
}

/** Creates a candidate of `band` ("high" or "critical"), which opens its case automatically. */
export async function candidateWithCase(
  recruiter: TestActor,
  band: "high" | "critical",
  overrides: Partial<TestCandidateInput> = {},
): Promise<OpenedCase> {
  const input = { ...PROFILES[band](), ...overrides };
  const { id, score } = await createCandidate(recruiter, input, requestMeta());
  expect(score.band).toBe(band);
  const cases = await casesOf(id);
  expect(cases).toHaveLength(1);
  return { candidateId: id, input, caseId: cases[0]!.id };
}

/** Saves an edit of the candidate from its current version, as the edit form would. */
export async function editCandidate(recruiter: TestActor, candidateId: string, input: TestCandidateInput) {
  const { version } = await db.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: { version: true },
  });
  return updateCandidate(recruiter, candidateId, version, input, requestMeta());
}

export const RATIONALE = "Reviewed the file, the interview notes and the verification calls in full.";

export function decision(version: number, outcome: CaseOutcome, reasonCode: string) {
  return { version, outcome, reasonCode, rationale: RATIONALE };
}

/** Milliseconds between a case's opening and its due date, for a priority's SLA. */
export const slaMs = (priority: number) => (DEFAULT_SLA_HOURS[priority] ?? 0) * 3_600_000;
