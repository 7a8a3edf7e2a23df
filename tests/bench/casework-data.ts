/**
 * The measuring half of the casework bench. tests/bench/casework.ts starts it as a child with
 * `tsx --conditions=react-server` (the data layer imports "server-only") and DATABASE_URL set
 * to a freshly migrated temp SQLite file, which it deletes afterwards. After the queue and the
 * audit chain it runs the what-if of a draft over the same 100,000 candidates (what-if.ts).
 * Reports; never fails on timing.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { listCases } from "@/lib/data/case-queue";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import { auditHash, GENESIS_HASH, type AuditContent } from "@/lib/data/audit-hash";
import { dueAtFor, priorityFor, type CaseOutcome, type CaseStatus } from "@/lib/cases/policy";
import type { Actor } from "@/lib/data/types";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { BANDS, type Band } from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { Rng } from "../fixtures/profiles/random";
import { seedCandidates, type SeededCandidate } from "./seed-candidates";
import { benchWhatIf } from "./what-if";

const CANDIDATES = 100_000;
const UNDECIDED = 10_000;
const DECIDED = 5_000;
const LEADS = 12;
const RUNS = 40;
const WARMUP = 5;
const CHAIN_TARGET = 1_000_000;
const CHAIN_FALLBACK = 200_000;
const CHAIN_BATCH = 5_000;
const CHAIN_BUDGET_MS = 120_000;
const CHAIN_PROBE = 25_000;
const CHAIN_EPOCH = "2026-01-05T08:00:00.000Z";
const SEED = 9_090;

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms2 = (ms: number) => `${ms.toFixed(2)} ms`;
const rng = new Rng(SEED);
const now = Date.now();

function actorRow(role: "recruiter" | "security_lead", i: number): Actor & Prisma.UserCreateManyInput {
  const email = `${role}.${i}@bench.candor.test`;
  return {
    id: `bench-${role}-${i}`,
    email,
    name: `Bench ${role} ${i}`,
    role,
    passwordHash: "bench-not-a-password-hash",
  };
}

const UNDECIDED_MIX: [CaseStatus, number][] = [
  ["open", 35],
  ["in_review", 30],
  ["awaiting_approval", 15],
  ["reopened", 20],
];
const OUTCOMES: [CaseOutcome, string][] = [
  ["rejected", "fraud_indicators_confirmed"],
  ["escalated", "needs_legal_review"],
  ["reported", "reported_to_fbi_ic3"],
  ["cleared", "employment_verified_by_phone"],
];

/** A case as the app would hold it: opened with the score (or by hand later), then worked. */
function caseRow(
  c: SeededCandidate,
  picked: CaseStatus,
  leads: Actor[],
  recruiter: Actor,
): Prisma.CaseCreateManyInput {
  // Only clearing a critical case waits for a second lead's approval.
  const status = picked === "awaiting_approval" && c.band !== "critical" ? "in_review" : picked;
  const priority = priorityFor(c.band);
  const automatic = c.band === "high" || c.band === "critical";
  const later = (from: Date) => new Date(from.getTime() + rng.next() * (now - from.getTime()));
  const openedAt = automatic ? c.createdAt : later(c.createdAt);
  const assigned =
    status === "in_review" ||
    status === "awaiting_approval" ||
    status === "decided" ||
    (status === "reopened" && rng.chance(0.5));
  const lead = assigned ? rng.pick(leads) : undefined;
  const [outcome, reasonCode] = rng.pick(OUTCOMES);
  const rationale = "Reviewed the file, the interview notes and the verification calls in full.";
  const decidedAt = later(openedAt);
  return {
    id: randomUUID(),
    candidateId: c.id,
    status,
    priority,
    band: c.band,
    openReason: automatic
      ? `Score ${c.total} (${c.band}) reached the case threshold (high) of rule set v1`
      : "Recruiter asked for a review: inconsistent story on the call.",
    openedById: automatic ? null : recruiter.id,
    openedAt,
    dueAt: dueAtFor(priority, openedAt),
    assigneeId: lead?.id ?? null,
    openedScoreId: c.scoreId,
    latestScoreId: c.scoreId,
    ruleFamilies: c.families,
    version: rng.int(1, 5),
    ...(status === "decided" ? { outcome, reasonCode, rationale, decidedById: lead?.id, decidedAt } : {}),
    ...(status === "awaiting_approval"
      ? {
          pendingOutcome: "cleared",
          pendingReasonCode: "employment_verified_by_phone",
          pendingRationale: rationale,
          pendingById: lead?.id,
          pendingAt: decidedAt,
        }
      : {}),
  };
}

async function seedCases(seeded: SeededCandidate[], leads: Actor[], recruiter: Actor): Promise<number> {
  const flagged = rng.sample(
    seeded.filter((s) => s.band === "high" || s.band === "critical"),
    UNDECIDED + DECIDED,
  );
  const manual = rng.sample(
    seeded.filter((s) => s.band === "medium" || s.band === "low"),
    UNDECIDED / 10,
  );
  const undecided = [...manual, ...flagged.slice(0, UNDECIDED - manual.length)];
  const rows = [
    ...undecided.map((c) => caseRow(c, rng.weighted(UNDECIDED_MIX), leads, recruiter)),
    ...flagged
      .slice(UNDECIDED - manual.length, UNDECIDED - manual.length + DECIDED)
      .map((c) => caseRow(c, "decided", leads, recruiter)),
  ];
  for (let i = 0; i < rows.length; i += 2_000)
    await db.$transaction([db.case.createMany({ data: rows.slice(i, i + 2_000) })]);
  return rows.length;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Runs the query and the baseline alternately, so a busy moment on a shared machine hits both. */
async function timeAgainstBaseline(
  fn: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  for (let i = 0; i < WARMUP; i++) {
    await fn();
    await baseline();
  }
  const query: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    query.push(await timed(fn));
    base.push(await timed(baseline));
  }
  return [query.sort((a, b) => a - b), base];
}

async function benchQueue(me: Actor): Promise<void> {
  const queries: [string, Record<string, unknown>][] = [
    ["default view (active, by priority)", {}],
    ["band = critical", { band: "critical" }],
    ['assignee = "me"', { assignee: "me" }],
    ["olderThanDays = 7", { olderThanDays: 7 }],
    ['family = "payment"', { family: "payment" }],
    ["sort = due", { sort: "due" }],
    ["page 50", { page: 50 }],
  ];
  const baseline = () => db.case.findMany({ take: 25 });
  const base: number[] = [];
  const results: [string, number[], string][] = [];
  for (const [label, q] of queries) {
    const { items, total } = await listCases(me, q);
    const [s, b] = await timeAgainstBaseline(() => listCases(me, q), baseline);
    base.push(...b);
    results.push([label, s, `${items.length} / ${fmt(total)}`]);
  }
  base.sort((a, b) => a - b);
  const baseP50 = percentile(base, 0.5);
  const line = (label: string, s: number[], extra = "") =>
    console.log(
      `    ${label.padEnd(38)}${ms2(percentile(s, 0.5)).padStart(10)}${ms2(percentile(s, 0.95)).padStart(11)}${extra}`,
    );
  console.log(
    `  listCases(actor, query) as security lead "me": ${RUNS} timed runs each after ${WARMUP} warm-up runs`,
  );
  console.log(
    `    ${"query".padEnd(38)}${"p50".padStart(10)}${"p95".padStart(11)}   p50 / baseline p50   rows / total`,
  );
  line(
    `baseline db.case.findMany({take: 25})`,
    base,
    `      1.0x             (${base.length} runs, interleaved)`,
  );
  for (const [label, s, rows] of results)
    line(label, s, `   ${(percentile(s, 0.5) / baseP50).toFixed(1).padStart(6)}x             ${rows}`);
  const all = results.flatMap(([, s]) => s).sort((a, b) => a - b);
  line(
    `overall (${all.length} calls)`,
    all,
    `   ${(percentile(all, 0.5) / baseP50).toFixed(1).padStart(6)}x`,
  );
}

/** 32 hex digits from the seeded generator, so the same seed and length give the same head hash. */
const seededId = () =>
  Array.from({ length: 4 }, () => rng.int(0, 0xffff_ffff).toString(16).padStart(8, "0")).join("");

/** A realistic stream of audit events: candidates added and scored, cases opened, worked and decided. */
function* auditStream(sample: CandidateProfile[], leads: Actor[], recruiter: Actor): Generator<AuditContent> {
  let at = Date.parse(CHAIN_EPOCH);
  const ev = (
    actor: Actor | null,
    action: string,
    targetType: string,
    targetId: string,
    before: unknown,
    after: unknown,
  ): AuditContent => {
    at += rng.int(1_000, 15_000);
    return {
      id: seededId(),
      at: new Date(at).toISOString(),
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      targetType,
      targetId,
      before,
      after,
      requestId: `req-${rng.int(1, 2 ** 31).toString(36)}`,
      ip: actor ? `203.0.113.${rng.int(1, 254)}` : null,
    };
  };
  for (;;) {
    const candidateId = seededId();
    const band = rng.weighted<Band>([
      ["low", 45],
      ["medium", 21],
      ["high", 12],
      ["critical", 22],
    ]);
    const total = { low: 10, medium: 35, high: 62, critical: 85 }[band] + rng.int(0, 9);
    yield ev(recruiter, "candidate.created", "candidate", candidateId, null, rng.pick(sample));
    yield ev(recruiter, "score.computed", "candidate", candidateId, null, { total, band, ruleSetVersion: 1 });
    if (band === "low" || band === "medium") continue;
    const caseId = seededId();
    const lead = rng.pick(leads);
    yield ev(recruiter, "case.opened", "case", caseId, null, { candidateId, band, total, automatic: true });
    yield ev(lead, "candidate.viewed", "candidate", candidateId, null, null);
    yield ev(
      lead,
      "case.assigned",
      "case",
      caseId,
      { assigneeId: null, status: "open" },
      { assigneeId: lead.id, status: "in_review" },
    );
    for (let n = rng.int(0, 2); n > 0; n--)
      yield ev(lead, "case.note_added", "case", caseId, null, {
        noteId: seededId(),
        length: rng.int(20, 900),
      });
    const [outcome, reasonCode] = rng.pick(OUTCOMES.slice(0, 3));
    yield ev(
      lead,
      "case.decided",
      "case",
      caseId,
      { status: "in_review" },
      {
        outcome,
        reasonCode,
        rationale: "Fraud indicators confirmed on the verification calls.",
        ruleSetVersion: 1,
      },
    );
  }
}

async function benchAudit(sample: CandidateProfile[], leads: Actor[], recruiter: Actor): Promise<void> {
  let target = CHAIN_TARGET;
  let prev = GENESIS_HASH;
  let hashMs = 0;
  const stream = auditStream(sample, leads, recruiter);
  const t0 = performance.now();
  let seq = 0;
  while (seq < target) {
    const th = performance.now();
    const batch: Prisma.AuditEventCreateManyInput[] = [];
    for (let i = 0; i < CHAIN_BATCH && seq < target; i++) {
      const c = stream.next().value as AuditContent;
      const hash = auditHash(prev, c);
      batch.push({
        ...c,
        seq: ++seq,
        at: new Date(c.at),
        before: c.before === null ? undefined : (c.before as object),
        after: c.after === null ? undefined : (c.after as object),
        prevHash: prev,
        hash,
      });
      prev = hash;
    }
    hashMs += performance.now() - th;
    await db.$transaction([db.auditEvent.createMany({ data: batch })]);
    // Inserts slow down as the indexes grow, hence the margin on the projection.
    const projected = ((performance.now() - t0) / seq) * CHAIN_TARGET * 1.2;
    if (seq === CHAIN_PROBE && target === CHAIN_TARGET && projected > CHAIN_BUDGET_MS) {
      target = CHAIN_FALLBACK;
      console.log(
        `  NOTE: the first ${fmt(seq)} events took ${secs(performance.now() - t0)}, so ${fmt(CHAIN_TARGET)} would take about ${secs(projected)},`,
      );
      console.log(
        `        over the ${secs(CHAIN_BUDGET_MS)} budget on this machine: the chain is REDUCED to ${fmt(CHAIN_FALLBACK)} events.`,
      );
    }
  }
  const buildMs = performance.now() - t0;
  console.log(
    `  built a valid chain of ${fmt(seq)} events in ${secs(buildMs)} (hashing ${secs(hashMs)}, createMany in batches of ${fmt(CHAIN_BATCH)} ${secs(buildMs - hashMs)}, ${fmt(seq / ((buildMs - hashMs) / 1000))} rows/s)`,
  );

  const t1 = performance.now();
  const report = await verifyAuditChain();
  const verifyMs = performance.now() - t1;
  if (!report.ok)
    throw new Error(
      `verifyAuditChain() rejected the freshly built chain at seq ${report.seq}: ${report.problem}`,
    );
  console.log(
    `  verifyAuditChain(): ok, ${fmt(report.events)} events in ${secs(verifyMs)} = ${fmt(report.events / (verifyMs / 1000))} events/s`,
  );
  console.log(
    `    head ${report.head} (${report.head === prev && report.events === seq ? "matches the chain as built; the same for every run of this length" : `MISMATCH: built ${prev}`})`,
  );

  const tampered = Math.floor(seq / 2);
  const edit = `UPDATE "AuditEvent" SET "action" = 'tampered.action' WHERE "seq" = ${tampered}`;
  const refused = await db.$executeRawUnsafe(edit).then(
    () => false,
    () => true,
  );
  await db.$executeRawUnsafe(`DROP TRIGGER "AuditEvent_no_update"`);
  await db.$executeRawUnsafe(edit);
  const t2 = performance.now();
  const broken = await verifyAuditChain();
  const brokenMs = performance.now() - t2;
  const found = !broken.ok && broken.seq === tampered;
  console.log(
    `  tampering: the append-only trigger ${refused ? "refused" : "DID NOT REFUSE"} an edit of seq ${fmt(tampered)}; with AuditEvent_no_update dropped, its action was edited:`,
  );
  console.log(
    `    verify ${broken.ok ? "said ok: TAMPERING NOT DETECTED" : `reports broken at seq ${fmt(broken.seq)} after ${fmt(broken.events)} good events: ${broken.problem}`} (${secs(brokenMs)})${found ? "" : "  UNEXPECTED"}`,
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:") || url !== process.env.CANDOR_BENCH_DB)
    throw new Error(
      "casework-data.ts runs only from tests/bench/casework.ts, on the temp database it creates",
    );
  const recruiter = actorRow("recruiter", 0);
  const leads = Array.from({ length: LEADS }, (_, i) => actorRow("security_lead", i));
  await db.user.createMany({ data: [recruiter, ...leads] });
  const sample: CandidateProfile[] = [];
  console.log(
    `  loading ${fmt(CANDIDATES)} candidates (multi-row INSERTs, seed-candidates.ts), ${fmt(UNDECIDED)} undecided and ${fmt(DECIDED)} decided cases...`,
  );
  const t0 = performance.now();
  const keepSample = (p: CandidateProfile) => {
    if (sample.length < 500) sample.push(p);
  };
  const seeded = await seedCandidates({
    count: CANDIDATES,
    seed: SEED,
    createdById: recruiter.id,
    rng,
    now,
    onProfile: keepSample,
  });
  const t1 = performance.now();
  const cases = await seedCases(seeded, leads, recruiter);
  const bands = BANDS.map((b) => `${b} ${fmt(seeded.filter((s) => s.band === b).length)}`).join(", ");
  const statuses = await db.case.groupBy({
    by: ["status"],
    _count: { _all: true },
    orderBy: { status: "asc" },
  });
  console.log(
    `  loaded ${fmt(seeded.length)} generated candidates, each with its score and identifiers, in ${secs(t1 - t0)} (${bands})`,
  );
  console.log(
    `  and ${fmt(cases)} cases in ${secs(performance.now() - t1)} (${statuses.map((g) => `${g.status} ${fmt(g._count._all)}`).join(", ")}), ${LEADS} security leads`,
  );
  await benchQueue(leads[0]!);
  console.log("");
  console.log("Audit chain");
  await benchAudit(sample, leads, recruiter);
  // Last: its admin, draft and their audit events would otherwise sit where the chain above starts.
  console.log("");
  await benchWhatIf();
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
