import { describe, expect, test } from "vitest";
import { auditHash, GENESIS_HASH } from "@/lib/data/audit-hash";
import { batchRows, chainAudit, scoreBatch } from "@/lib/import/bulk";
import { candidateInputSchema } from "@/lib/schemas/candidate";
import { DEFAULT_MARKET_RATES, DEFAULT_RULE_SET } from "@/lib/scoring";
import { DEMO_CANDIDATES } from "@/prisma/seed-candidates";

const honest = candidateInputSchema.parse({
  ...DEMO_CANDIDATES.find((c) => c.fullName === "Maria Gonzalez")!,
  externalId: "B-1",
});
const fraud = candidateInputSchema.parse({
  ...DEMO_CANDIDATES.find((c) => c.fullName === "Michael Johnson")!,
  externalId: "B-2",
});
const scoring = { ruleSet: DEFAULT_RULE_SET, marketRates: DEFAULT_MARKET_RATES, today: "2026-11-25" };
const ctx = {
  actor: { id: "u1", email: "r@x.test" },
  meta: { requestId: "req-1", ip: "203.0.113.9" },
  ruleSet: DEFAULT_RULE_SET,
  now: new Date("2026-11-25T12:00:00Z"),
  // Not the defaults, so the test shows the organisation's settings are used.
  slaHours: { 1: 6, 2: 30, 3: 100, 4: 200 } as Record<number, number>,
  endpoints: [
    { id: "e-all", events: "candidate.scored,case.opened" },
    { id: "e-cases", events: "case.opened" },
    { id: "e-none", events: "case.decided" },
  ],
};

describe("bulk rows for new candidates", () => {
  test("later rows of a batch see earlier ones as identity reuse, as createCandidate one at a time would", () => {
    const twin = { ...honest, externalId: "B-3", fullName: "Someone Else", email: "else@example.com" };
    const [first, second] = scoreBatch([honest, twin], [], scoring);
    expect(first!.breakdown.fired.map((f) => f.ruleId)).not.toContain("identity-reuse");
    expect(second!.breakdown.fired.map((f) => f.ruleId)).toContain("identity-reuse");
    const [alone] = scoreBatch(
      [honest],
      [{ kind: "phone", value: honest.phone.replace(/\D/g, "").slice(-10), candidateId: "stored-1" }],
      scoring,
    );
    expect(alone!.breakdown.fired.find((f) => f.ruleId === "identity-reuse")).toBeDefined();
  });

  test("rows per table, a case for a band at the threshold, audit events in createCandidate's order, webhooks per subscription", () => {
    const scored = scoreBatch([honest, fraud], [], scoring);
    const { rows, audit } = batchRows(scored, ctx);
    expect(rows.Candidate.map((c) => [c.externalId, c.latestBand])).toEqual([
      ["B-1", scored[0]!.breakdown.band],
      ["B-2", scored[1]!.breakdown.band],
    ]);
    expect(rows.WorkHistory).toHaveLength(honest.workHistory.length + fraud.workHistory.length);
    expect(rows.Score.map((s) => s.id)).toEqual(scored.map((s) => s.scoreId));
    expect(rows.Case).toHaveLength(1);
    expect(rows.Case[0]).toMatchObject({
      candidateId: scored[1]!.id,
      openedScoreId: scored[1]!.scoreId,
      openedById: "u1",
      priority: expect.any(Number),
    });
    const opened = rows.Case[0]!;
    expect((opened.dueAt as Date).getTime() - ctx.now.getTime()).toBe(
      ctx.slaHours[opened.priority as number]! * 3_600_000,
    );
    expect(
      audit.map(
        (a) => `${a.action}:${a.targetId === scored[0]!.id ? 1 : a.targetId === scored[1]!.id ? 2 : "case"}`,
      ),
    ).toEqual([
      "candidate.created:1",
      "score.computed:1",
      "candidate.created:2",
      "score.computed:2",
      "case.opened:case",
    ]);
    expect(rows.WebhookDelivery.map((d) => `${d.endpointId}:${d.event}`)).toEqual([
      "e-all:candidate.scored",
      "e-all:case.opened",
      "e-cases:case.opened",
      "e-all:candidate.scored",
    ]);
    expect(JSON.parse(String(rows.WebhookDelivery[0]!.payload))).toEqual({
      event: "candidate.scored",
      occurredAt: ctx.now.toISOString(),
      data: {
        candidateId: scored[0]!.id,
        scoreId: scored[0]!.scoreId,
        total: scored[0]!.breakdown.total,
        band: scored[0]!.breakdown.band,
        ruleSetVersion: DEFAULT_RULE_SET.version,
        firedRules: scored[0]!.breakdown.fired.map((f) => f.ruleId),
      },
    });
  });

  test("chainAudit links each event to the one before with appendAudit's hash", () => {
    const { audit } = batchRows(scoreBatch([honest], [], scoring), ctx);
    const chained = chainAudit(audit, GENESIS_HASH);
    let prev = GENESIS_HASH;
    chained.forEach((row, i) => {
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toBe(auditHash(prev, audit[i]!));
      prev = String(row.hash);
    });
  });
});
