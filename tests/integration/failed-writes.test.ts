import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { createCandidate, updateCandidate } from "@/lib/data/candidates";
import type * as AuditModule from "@/lib/data/audit";
import { ValidationError } from "@/lib/errors";
import {
  candidateInput,
  createActor,
  rejectionOf,
  requestMeta,
  rowCounts,
  uid,
  type TestActor,
  type TestCandidateInput,
} from "./support/fixtures";

/**
 * A write that fails, whether at validation or half-way through its transaction, must leave
 * no candidate, work history, score, identifier or audit row behind.
 */

// Lets a test make appendAudit throw for one action: a failure after the candidate, its work
// history, identifiers and score were already written inside the same transaction.
const sabotage = vi.hoisted(() => ({ action: null as string | null }));
vi.mock("@/lib/data/audit", async (importOriginal) => {
  const original = await importOriginal<typeof AuditModule>();
  return {
    ...original,
    appendAudit: async (...args: Parameters<typeof AuditModule.appendAudit>) => {
      if (args[3].action === sabotage.action)
        throw new Error(`simulated failure while auditing ${sabotage.action}`);
      return original.appendAudit(...args);
    },
  };
});
beforeEach(() => {
  sabotage.action = null;
});

let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

type Raw = Record<string, unknown>;
const job = (startDate: string, endDate?: string) => ({
  employer: `Employer ${uid()}`,
  title: "Engineer",
  startDate,
  endDate,
  verification: "verified",
});

const INVALID: { label: string; change: (input: Raw) => void; paths: string[] }[] = [
  { label: "bad email", change: (i) => void (i.email = "not-an-email"), paths: ["email"] },
  { label: "missing name", change: (i) => void delete i.fullName, paths: ["fullName"] },
  { label: "blank name", change: (i) => void (i.fullName = "   "), paths: ["fullName"] },
  {
    label: "end date before start date",
    change: (i) => void (i.workHistory = [job("2023-01-01"), job("2022-05-01", "2021-01-31")]),
    paths: ["workHistory.1.endDate"],
  },
  {
    label: "impossible calendar date",
    change: (i) => void (i.workHistory = [job("2023-02-30")]),
    paths: ["workHistory.0.startDate"],
  },
  { label: "negative rate", change: (i) => void (i.requestedRate = -40), paths: ["requestedRate"] },
  { label: "zero rate", change: (i) => void (i.requestedRate = 0), paths: ["requestedRate"] },
  { label: "unknown role", change: (i) => void (i.role = "wizard"), paths: ["role"] },
  { label: "unknown seniority", change: (i) => void (i.seniority = "guru"), paths: ["seniority"] },
  {
    label: "unknown payment method",
    change: (i) => void (i.paymentMethod = "cash"),
    paths: ["paymentMethod"],
  },
  { label: "unknown time zone", change: (i) => void (i.timezone = "Mars/Olympus_Mons"), paths: ["timezone"] },
  {
    label: "three-letter country code",
    change: (i) => void (i.claimedCountry = "USA"),
    paths: ["claimedCountry"],
  },
  {
    label: "reference with a bad email",
    change: (i) => void (i.references = [{ name: "Ref", email: "nope", status: "reached" }]),
    paths: ["references.0.email"],
  },
  {
    label: "online profile that is not a URL",
    change: (i) => void (i.onlineProfiles = [{ kind: "github", url: "github dot com" }]),
    paths: ["onlineProfiles.0.url"],
  },
  // PostgreSQL cannot store either in text or jsonb; the form and the import must refuse them as the API does.
  {
    label: "a NUL character in the notes",
    change: (i) => void (i.notes = "met on\u0000line"),
    paths: ["notes"],
  },
  {
    label: "an unpaired surrogate in the name",
    change: (i) => void (i.fullName = "Kim \ud800 Jong"),
    paths: ["fullName"],
  },
  {
    label: "bad email and missing name together",
    change: (i) => void ((i.email = "x@"), delete i.fullName),
    paths: ["email", "fullName"],
  },
];

function invalidInput(change: (input: Raw) => void): Raw {
  const input: Raw = { ...candidateInput() };
  change(input);
  return input;
}

describe("invalid input", () => {
  test.each(INVALID)(
    "createCandidate with $label throws ValidationError and creates nothing",
    async ({ change, paths }) => {
      const input = invalidInput(change);
      const before = await rowCounts();
      const error = await rejectionOf(createCandidate(recruiter, input, requestMeta()), ValidationError);
      expect(error.status).toBe(422);
      expect(Object.keys(error.fieldErrors).sort()).toEqual([...paths].sort());
      for (const path of paths) expect(error.fieldErrors[path]?.[0]).toMatch(/\w/);
      expect(await rowCounts()).toEqual(before);
    },
  );

  test("a missing name is reported with its message", async () => {
    const error = await rejectionOf(
      createCandidate(
        recruiter,
        invalidInput((i) => void (i.fullName = "")),
        requestMeta(),
      ),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ fullName: ["Name is required"] });
  });

  test.each(INVALID.slice(0, 4))(
    "updateCandidate with $label throws ValidationError and changes nothing",
    async ({ change, paths }) => {
      const { id } = await createCandidate(recruiter, candidateInput(), requestMeta());
      const before = {
        row: await db.candidate.findUniqueOrThrow({ where: { id }, include: { workHistory: true } }),
        counts: await rowCounts(),
      };
      const error = await rejectionOf(
        updateCandidate(recruiter, id, 1, invalidInput(change), requestMeta()),
        ValidationError,
      );
      expect(Object.keys(error.fieldErrors).sort()).toEqual([...paths].sort());
      expect({
        row: await db.candidate.findUniqueOrThrow({ where: { id }, include: { workHistory: true } }),
        counts: await rowCounts(),
      }).toEqual(before);
    },
  );

  test("an email with surrounding spaces is trimmed and lower-cased, not rejected", async () => {
    const email = `Spaced.${uid()}@Example.com`;
    const { id } = await createCandidate(recruiter, candidateInput({ email: `  ${email} ` }), requestMeta());
    expect((await db.candidate.findUniqueOrThrow({ where: { id } })).email).toBe(email.toLowerCase());
  });
});

describe("duplicate external id", () => {
  const withExternalId = (externalId: string, o: Partial<TestCandidateInput> = {}) =>
    candidateInput({ externalId, ...o });

  test.each([
    { label: "the same id", variant: (x: string) => x },
    { label: "the same id with surrounding spaces", variant: (x: string) => `  ${x} ` },
  ])(
    "creating with $label already taken throws ValidationError on externalId and leaves nothing",
    async ({ variant }) => {
      const externalId = `ATS-${uid()}`;
      const { id: owner } = await createCandidate(recruiter, withExternalId(externalId), requestMeta());
      const before = await rowCounts();
      const intruder = withExternalId(variant(externalId));

      const error = await rejectionOf(createCandidate(recruiter, intruder, requestMeta()), ValidationError);
      expect(Object.keys(error.fieldErrors)).toEqual(["externalId"]);
      expect(await rowCounts()).toEqual(before);
      expect(await db.candidate.count({ where: { email: intruder.email } })).toBe(0);
      expect((await db.candidate.findMany({ where: { externalId } })).map((c) => c.id)).toEqual([owner]);
    },
  );

  test("updating to another candidate's external id is refused; keeping one's own is fine", async () => {
    const taken = `ATS-${uid()}`;
    await createCandidate(recruiter, withExternalId(taken), requestMeta());
    const ownInput = withExternalId(`ATS-${uid()}`);
    const { id } = await createCandidate(recruiter, ownInput, requestMeta());
    const before = {
      row: await db.candidate.findUniqueOrThrow({ where: { id } }),
      counts: await rowCounts(),
    };

    const error = await rejectionOf(
      updateCandidate(recruiter, id, 1, { ...ownInput, externalId: taken }, requestMeta()),
      ValidationError,
    );
    expect(error.fieldErrors.externalId).toHaveLength(1);
    expect({
      row: await db.candidate.findUniqueOrThrow({ where: { id } }),
      counts: await rowCounts(),
    }).toEqual(before);

    const kept = await updateCandidate(
      recruiter,
      id,
      1,
      { ...ownInput, notes: "Same external id, new notes." },
      requestMeta(),
    );
    expect(kept.version).toBe(2);
  });

  const raceCreates = async (externalId: string) => {
    const before = await rowCounts();
    const results = await Promise.allSettled(
      [0, 1].map(() => createCandidate(recruiter, withExternalId(externalId), requestMeta())),
    );
    return {
      before,
      results,
      rejected: results.find((r): r is PromiseRejectedResult => r.status === "rejected"),
    };
  };

  test("two simultaneous creates with one external id: exactly one is stored, nothing half-written", async () => {
    const externalId = `ATS-${uid()}`;
    const { before, results } = await raceCreates(externalId);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const stored = await db.candidate.findMany({ where: { externalId } });
    expect(stored).toHaveLength(1);
    expect(await db.score.count({ where: { candidateId: stored[0]!.id } })).toBe(1);
    const after = await rowCounts();
    expect([
      after.candidates - before.candidates,
      after.scores - before.scores,
      after.audit - before.audit,
    ]).toEqual([1, 1, 2]);
  });

  // On PostgreSQL the loser of the race reaches the unique index (the check-then-insert cannot
  // see the winner's uncommitted row); the data layer maps that to the same field error.
  test("the loser of that race gets the same ValidationError as a sequential duplicate", async () => {
    for (let race = 0; race < 3; race++) {
      const { rejected } = await raceCreates(`ATS-${uid()}`);
      expect(rejected?.reason).toBeInstanceOf(ValidationError);
      expect((rejected?.reason as ValidationError).fieldErrors).toHaveProperty("externalId");
    }
  });
});

describe("a failure half-way through the transaction", () => {
  test.each(["candidate.created", "score.computed"])(
    "createCandidate failing while auditing %s leaves nothing behind",
    async (action) => {
      const input = candidateInput({ externalId: `ATS-${uid()}` });
      const before = await rowCounts();
      sabotage.action = action;
      await expect(createCandidate(recruiter, input, requestMeta())).rejects.toThrow(
        `simulated failure while auditing ${action}`,
      );
      expect(await rowCounts()).toEqual(before);
      expect(
        await db.candidate.count({
          where: { OR: [{ email: input.email }, { externalId: input.externalId }] },
        }),
      ).toBe(0);

      // The same input goes through once the fault is gone: nothing half-written blocks it.
      sabotage.action = null;
      const { id } = await createCandidate(recruiter, input, requestMeta());
      expect(await db.candidate.findUniqueOrThrow({ where: { id } })).toMatchObject({
        externalId: input.externalId,
        version: 1,
      });
    },
  );

  test.each(["candidate.updated", "score.computed"])(
    "updateCandidate failing while auditing %s changes nothing",
    async (action) => {
      const input = candidateInput();
      const { id } = await createCandidate(recruiter, input, requestMeta());
      const snapshot = async () => ({
        candidate: await db.candidate.findUniqueOrThrow({
          where: { id },
          include: {
            workHistory: { orderBy: { position: "asc" } },
            identifiers: { orderBy: { kind: "asc" } },
          },
        }),
        counts: await rowCounts(),
      });
      const before = await snapshot();
      sabotage.action = action;
      const edit = {
        ...input,
        fullName: "Half Written",
        paymentMethod: "crypto" as const,
        cryptoWallet: `0x${uid()}`,
        workHistory: [],
      };
      await expect(updateCandidate(recruiter, id, 1, edit, requestMeta())).rejects.toThrow(
        /simulated failure/,
      );
      expect(await snapshot()).toEqual(before);
    },
  );
});
