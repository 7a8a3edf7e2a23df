import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import { createCandidate, updateCandidate } from "@/lib/data/candidates";
import { importCandidates } from "@/lib/data/candidate-import";
import { candidatesToCsv } from "@/lib/import/files";
import type { ScoreBreakdown } from "@/lib/scoring";
import { candidateInput, createActor, requestMeta, uid, type TestActor } from "./support/fixtures";

/*
 * Reuse is two-sided: when a second application shares a wallet, email, phone, bank account,
 * address or resume with an earlier one, the earlier candidate is re-scored in the same
 * transaction, and its case opens when its band reaches the case threshold.
 */
let recruiter: TestActor;
beforeAll(async () => {
  recruiter = await createActor("recruiter");
});

const latest = async (candidateId: string) => {
  const s = await db.score.findFirstOrThrow({
    where: { candidateId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return s.breakdown as unknown as ScoreBreakdown;
};
const fired = (b: ScoreBreakdown) => b.fired.map((f) => f.ruleId);
const wallet = () => `0x${randomBytes(20).toString("hex")}`;
/** An honest profile asking for crypto: medium on its own, one more moderate sign from another family away from a case. */
const cryptoApplicant = (w: string) => candidateInput({ paymentMethod: "crypto", cryptoWallet: w });

describe("a reused detail flags both candidates", () => {
  test("the first applicant of a reused wallet is re-scored with the second, and its case opens", async () => {
    const w = wallet();
    const first = await createCandidate(recruiter, cryptoApplicant(w), requestMeta());
    expect(first.score.band).toBe("medium");
    expect(await db.case.count({ where: { candidateId: first.id } })).toBe(0);

    const meta = requestMeta();
    const second = await createCandidate(recruiter, cryptoApplicant(w), meta);
    expect(fired(second.score)).toContain("identity-reuse");

    const relinked = await latest(first.id);
    expect(fired(relinked)).toContain("identity-reuse");
    const evidence = relinked.fired.find((f) => f.ruleId === "identity-reuse")!.evidence;
    expect(evidence).toEqual([expect.objectContaining({ field: "reuse.wallet", candidateIds: [second.id] })]);
    expect(["high", "critical"]).toContain(relinked.band);
    const candidate = await db.candidate.findUniqueOrThrow({ where: { id: first.id } });
    expect(candidate.latestBand).toBe(relinked.band);
    const cases = await db.case.findMany({ where: { candidateId: first.id } });
    expect(cases).toHaveLength(1);
    // The first candidate's re-score is audited under the request that caused it.
    const events = await db.auditEvent.findMany({ where: { requestId: meta.requestId, targetId: first.id } });
    expect(events.map((e) => e.action)).toContain("score.computed");
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  test("removing the shared detail re-scores the other candidate without the link", async () => {
    const w = wallet();
    const first = await createCandidate(recruiter, cryptoApplicant(w), requestMeta());
    const second = await createCandidate(recruiter, cryptoApplicant(w), requestMeta());
    expect(fired(await latest(first.id))).toContain("identity-reuse");

    await updateCandidate(recruiter, second.id, 1, cryptoApplicant(wallet()), requestMeta());
    expect(fired(await latest(first.id))).not.toContain("identity-reuse");
    expect(fired(await latest(second.id))).not.toContain("identity-reuse");
  });

  test("an edit that keeps the same details does not re-score anyone else", async () => {
    const w = wallet();
    const first = await createCandidate(recruiter, cryptoApplicant(w), requestMeta());
    const second = await createCandidate(recruiter, cryptoApplicant(w), requestMeta());
    const before = await db.score.count({ where: { candidateId: first.id } });
    await updateCandidate(
      recruiter,
      second.id,
      1,
      {
        ...cryptoApplicant(w),
        email: (await db.candidate.findUniqueOrThrow({ where: { id: second.id } })).email,
        notes: "Only the notes change.",
      },
      requestMeta(),
    );
    expect(await db.score.count({ where: { candidateId: first.id } })).toBe(before);
  });

  test("a CSV import that reuses a stored candidate's phone flags the stored candidate too", async () => {
    const phone = `+1 737 555 ${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const first = await createCandidate(recruiter, candidateInput({ phone }), requestMeta());
    expect(fired(first.score)).not.toContain("identity-reuse");
    const row = {
      ...candidateInput({ phone }),
      externalId: `reuse-${uid()}`,
      references: [],
      onlineProfiles: [],
    };
    const result = await importCandidates(
      recruiter,
      { csv: candidatesToCsv([row]).candidates },
      requestMeta(),
    );
    expect(result.created).toBe(1);
    expect(fired(await latest(first.id))).toContain("identity-reuse");
    const imported = await db.candidate.findUniqueOrThrow({ where: { externalId: row.externalId } });
    expect(fired(await latest(imported.id))).toContain("identity-reuse");
  });

  test("two rows of one import that share a wallet flag each other", async () => {
    const w = wallet();
    const rows = [0, 1].map(() => ({
      ...cryptoApplicant(w),
      externalId: `pair-${uid()}`,
      references: [],
      onlineProfiles: [],
    }));
    const result = await importCandidates(
      recruiter,
      { csv: candidatesToCsv(rows).candidates },
      requestMeta(),
    );
    expect(result.created).toBe(2);
    for (const r of rows) {
      const c = await db.candidate.findUniqueOrThrow({ where: { externalId: r.externalId } });
      expect(fired(await latest(c.id))).toContain("identity-reuse");
    }
  });
});
