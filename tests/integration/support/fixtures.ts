import { randomBytes, randomInt } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/data/users";
import { OPERATOR_ACTOR, type Actor, type RequestMeta } from "@/lib/data/types";
import type { RoleName } from "@/lib/auth/permissions";
import type { CandidateInput } from "@/lib/schemas/candidate";
import { DEMO_CANDIDATES } from "@/prisma/seed-candidates";

/**
 * Shared helpers for the data-layer integration suite. Every file of one run shares one
 * database, so everything made here carries a fresh token in its name, email, phone and
 * address: tests never collide, and no two candidates share an identifier by accident
 * (a shared email, phone or address would fire the identity-reuse rule).
 */

export type Provider = "sqlite" | "postgresql";
export const provider: Provider = (process.env.DATABASE_URL ?? "").startsWith("file:")
  ? "sqlite"
  : "postgresql";

/** A short token unique within the run (and, by its randomness, across runs). */
export function uid(): string {
  return randomBytes(5).toString("hex");
}

/** The request meta a route handler would pass: a fresh request id and a documentation-range IP. */
export function requestMeta(overrides: Partial<RequestMeta> = {}): RequestMeta {
  return { requestId: `req-${uid()}`, ip: `203.0.113.${randomInt(1, 255)}`, ...overrides };
}

export const DEFAULT_PASSWORD = "correct horse battery staple";

export interface TestActor extends Actor {
  password: string;
}

/** A real user of `role`, created the way the CLI does (no acting user). */
export async function createActor(role: RoleName, password = DEFAULT_PASSWORD): Promise<TestActor> {
  const token = uid();
  const { user } = await createUser(
    OPERATOR_ACTOR,
    { email: `${role}.${token}@candor.test`, name: `Test ${role} ${token}`, role },
    requestMeta(),
    password,
  );
  return { id: user.id, email: user.email, name: user.name, role: user.role, password };
}

/** An actor object carrying a role the permission table does not know (e.g. a tampered session). */
export function withRole(actor: Actor, role: string): Actor {
  return { ...actor, role } as unknown as Actor;
}

/** Ten random digits: the identity-reuse key of a phone is its last ten digits. */
function uniquePhone(): string {
  const d = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join("");
  return `+1 ${randomInt(2, 10)}${d(2)} ${d(3)} ${d(4)}`;
}

function uniqueIdentity(
  label: string,
): Pick<TestCandidateInput, "fullName" | "email" | "phone" | "residenceAddress"> {
  const token = uid();
  return {
    fullName: `${label} ${token}`,
    email: `${label.toLowerCase().replace(/[^a-z]+/g, ".")}.${token}@example.com`,
    phone: uniquePhone(),
    residenceAddress: `${randomInt(1, 9999)} Test Street ${token}, Austin, TX 78704`,
  };
}

function demo(fullName: string): Omit<CandidateInput, "email" | "externalId"> {
  const found = DEMO_CANDIDATES.find((c) => c.fullName === fullName);
  if (!found) throw new Error(`demo candidate ${fullName} not found in prisma/seed-candidates.ts`);
  return found;
}

/** The form input, with the fields tests read back typed as the strings they are. */
export type TestCandidateInput = Omit<CandidateInput, "email" | "externalId"> & {
  email: string;
  externalId?: string;
};

/**
 * A valid, honest candidate (the demo's "Maria Gonzalez": every check passed, camera-on
 * interview, paid to her own US account) under a unique identity, with overrides applied last.
 */
export function candidateInput(overrides: Partial<TestCandidateInput> = {}): TestCandidateInput {
  return { ...demo("Maria Gonzalez"), ...uniqueIdentity("Honest Candidate"), ...overrides };
}

/**
 * The demo's "Michael Johnson": asks for crypto, declined every video call, no employer could
 * be verified, a senior asking US$35/hour. Unique identity and wallet, overrides last.
 */
export function redFlagInput(overrides: Partial<TestCandidateInput> = {}): TestCandidateInput {
  return {
    ...demo("Michael Johnson"),
    ...uniqueIdentity("Red Flag Candidate"),
    cryptoWallet: `0x${randomBytes(20).toString("hex")}`,
    ...overrides,
  };
}

/** The red-flag rules the demo fraud profile is built to fire. */
export const RED_FLAG_RULES = [
  "payment-crypto",
  "video-call-avoided",
  "employment-unverified",
  "rate-underpriced",
] as const;

export interface RowCounts {
  users: number;
  candidates: number;
  workHistory: number;
  scores: number;
  identifiers: number;
  audit: number;
}

/** Row counts of every table a write touches, to prove a refused or failed write left nothing. */
export async function rowCounts(): Promise<RowCounts> {
  const [users, candidates, workHistory, scores, identifiers, audit] = await Promise.all([
    db.user.count(),
    db.candidate.count(),
    db.workHistory.count(),
    db.score.count(),
    db.candidateIdentifier.count(),
    db.auditEvent.count(),
  ]);
  return { users, candidates, workHistory, scores, identifiers, audit };
}

/** Awaits a promise that must reject with `type`, and returns the error for further checks. */
export async function rejectionOf<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    (value: unknown) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok)
    throw new Error(`expected a ${type.name}, but the call resolved with ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(type);
  return outcome.error as E;
}

/** The audit events about one target, oldest first. */
export function auditTrailOf(targetId: string) {
  return db.auditEvent.findMany({ where: { targetId }, orderBy: { seq: "asc" } });
}
