import { createHash, randomBytes, randomUUID } from "node:crypto";
import { dueAtFor, priorityFor, reachesThreshold } from "@/lib/cases/policy";
import { canonicalJson, storableJson, type AuditContent } from "@/lib/data/audit-hash";
import { identifiersOf } from "@/lib/data/identifiers";
import type { Columns } from "@/lib/import/sql";
import {
  score,
  type MarketRateTable,
  type ReuseMatch,
  type RuleSet,
  type ScoreBreakdown,
} from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";

/**
 * The rows a batch of new candidates adds to each table: exactly what createCandidate writes
 * for one (lib/data/candidates.ts, candidate-scoring.ts, case-sync.ts, webhook-outbox.ts,
 * audit.ts), computed in memory so the batch is a handful of INSERTs. Server-side (hashing),
 * no database access. tests/integration/import.test.ts checks the two paths agree.
 */
export const TABLES = {
  Candidate: {
    id: "text",
    externalId: "text",
    fullName: "text",
    email: "text",
    phone: "text",
    searchText: "text",
    claimedCountry: "text",
    role: "text",
    seniority: "text",
    requestedRate: "float",
    profile: "json",
    createdAt: "timestamp",
    updatedAt: "timestamp",
    createdById: "text",
    latestScore: "int",
    latestBand: "band",
  },
  WorkHistory: {
    id: "text",
    candidateId: "text",
    position: "int",
    employer: "text",
    title: "text",
    startDate: "text",
    endDate: "text",
    verification: "text",
  },
  CandidateIdentifier: { id: "text", candidateId: "text", kind: "text", value: "text" },
  Score: {
    id: "text",
    candidateId: "text",
    ruleSetVersion: "int",
    total: "int",
    band: "band",
    hardStop: "text",
    breakdown: "json",
    createdAt: "timestamp",
  },
  Case: {
    id: "text",
    candidateId: "text",
    priority: "int",
    band: "band",
    openReason: "text",
    openedById: "text",
    openedAt: "timestamp",
    dueAt: "timestamp",
    openedScoreId: "text",
    latestScoreId: "text",
    ruleFamilies: "text",
    updatedAt: "timestamp",
  },
  AuditEvent: {
    id: "text",
    at: "timestamp",
    actorId: "text",
    actorEmail: "text",
    action: "text",
    targetType: "text",
    targetId: "text",
    before: "json",
    after: "json",
    requestId: "text",
    ip: "text",
    prevHash: "text",
    hash: "text",
  },
  WebhookDelivery: {
    id: "text",
    endpointId: "text",
    event: "text",
    payload: "text",
    createdAt: "timestamp",
    nextAttemptAt: "timestamp",
  },
} as const satisfies Record<string, Columns>;
export type Table = keyof typeof TABLES;
export type TableRows = Record<Table, Record<string, unknown>[]>;

/** Random bytes for ids, drawn a block at a time: a randomBytes call per id cost more than the rest of making it. */
const ID_BLOCK = 10 * 1024;
let idBytes = Buffer.alloc(0);
let idOffset = 0;

/** A cuid-shaped id: lower-case letters and digits, time-ordered prefix. */
export function newId(): string {
  if (idOffset + 10 > idBytes.length) {
    idBytes = randomBytes(ID_BLOCK);
    idOffset = 0;
  }
  const random = idBytes.toString("hex", idOffset, idOffset + 10);
  idOffset += 10;
  return `c${Date.now().toString(36)}${random}`;
}

export interface ScoredRow {
  id: string;
  scoreId: string;
  profile: CandidateProfile;
  identifiers: ReturnType<typeof identifiersOf>;
  breakdown: ScoreBreakdown;
}

/** As in candidate-scoring.ts: evidence shows what the recruiter typed, not the normalised key. */
function displayValue(p: CandidateProfile, kind: string, normalised: string): string {
  const shown: Record<string, string | undefined> = {
    email: p.email,
    phone: p.phone,
    wallet: p.cryptoWallet,
    bank_account: p.bankAccount,
    resume_text: "identical resume text",
  };
  return shown[kind] ?? normalised;
}

/**
 * Scores each profile as createCandidate would at its turn: identity reuse counts the stored
 * candidates (`stored`: identifier rows found for the batch's identifiers) and the earlier rows of
 * the batch. No watchlist hits: rows with a watchlist match are not bulk-created.
 */
export function scoreBatch(
  profiles: readonly CandidateProfile[],
  stored: readonly { kind: string; value: string; candidateId: string }[],
  scoring: { ruleSet: RuleSet; marketRates: MarketRateTable; today: string },
): ScoredRow[] {
  const owners = new Map<string, string[]>();
  const own = (key: string, id: string) => owners.set(key, [...(owners.get(key) ?? []), id]);
  for (const s of stored) own(`${s.kind}:${s.value}`, s.candidateId);
  return profiles.map((profile) => {
    const id = newId();
    const identifiers = identifiersOf(profile);
    const reuse: ReuseMatch[] = identifiers.flatMap((i) => {
      const others = [...new Set(owners.get(`${i.kind}:${i.value}`) ?? [])];
      return others.length
        ? [{ kind: i.kind, value: displayValue(profile, i.kind, i.value), otherCandidateIds: others }]
        : [];
    });
    for (const i of identifiers) own(`${i.kind}:${i.value}`, id);
    const breakdown = score(
      profile,
      { now: scoring.today, marketRates: scoring.marketRates, reuse, watchlistHits: [] },
      scoring.ruleSet,
    );
    return { id, scoreId: newId(), profile, identifiers, breakdown };
  });
}

export interface BatchContext {
  actor: { id: string; email: string };
  meta: { requestId: string; ip: string | null };
  ruleSet: RuleSet;
  now: Date;
  /** Hours to decide a case by priority, from the organisation's settings. */
  slaHours: Record<number, number>;
  endpoints: readonly { id: string; events: string }[];
}

/**
 * Every row the batch writes, in the order createCandidate would write them one candidate at a
 * time. The audit events come unchained: chainAudit links them once the head is read in the transaction.
 */
export function batchRows(
  scored: readonly ScoredRow[],
  ctx: BatchContext,
): { rows: Omit<TableRows, "AuditEvent">; audit: AuditContent[] } {
  const rows: Omit<TableRows, "AuditEvent"> = {
    Candidate: [],
    WorkHistory: [],
    CandidateIdentifier: [],
    Score: [],
    Case: [],
    WebhookDelivery: [],
  };
  const { actor, meta, ruleSet, now } = ctx;
  const events: AuditContent[] = [];
  const audit = (action: string, targetType: string, targetId: string, after: unknown) => {
    events.push({
      id: randomUUID(),
      at: now.toISOString(),
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      targetType,
      targetId,
      before: null,
      after,
      requestId: meta.requestId,
      ip: meta.ip,
    });
  };
  const occurredAt = now.toISOString();
  const webhook = (event: string, data: Record<string, unknown>) => {
    const payload = JSON.stringify({ event, occurredAt, data });
    for (const e of ctx.endpoints) {
      if (
        e.events
          .split(",")
          .map((s) => s.trim())
          .includes(event)
      )
        rows.WebhookDelivery.push({
          id: newId(),
          endpointId: e.id,
          event,
          payload,
          createdAt: now,
          nextAttemptAt: now,
        });
    }
  };

  for (const { id, scoreId, profile: p, identifiers, breakdown: b } of scored) {
    rows.Candidate.push({
      id,
      externalId: p.externalId ?? null,
      fullName: p.fullName,
      email: p.email,
      phone: p.phone,
      searchText: `${p.fullName} ${p.email}`.toLowerCase(),
      claimedCountry: p.claimedCountry,
      role: p.role,
      seniority: p.seniority,
      requestedRate: p.requestedRate,
      profile: p,
      createdAt: now,
      updatedAt: now,
      createdById: actor.id,
      latestScore: b.total,
      latestBand: b.band,
    });
    p.workHistory.forEach((w, position) =>
      rows.WorkHistory.push({
        id: newId(),
        candidateId: id,
        position,
        employer: w.employer,
        title: w.title,
        startDate: w.startDate,
        endDate: w.endDate ?? null,
        verification: w.verification,
      }),
    );
    for (const i of identifiers)
      rows.CandidateIdentifier.push({ id: newId(), candidateId: id, kind: i.kind, value: i.value });
    rows.Score.push({
      id: scoreId,
      candidateId: id,
      ruleSetVersion: b.ruleSetVersion,
      total: b.total,
      band: b.band,
      hardStop: b.hardStop ?? null,
      breakdown: b,
      createdAt: now,
    });
    audit("candidate.created", "candidate", id, p);
    audit("score.computed", "candidate", id, {
      total: b.total,
      band: b.band,
      ruleSetVersion: b.ruleSetVersion,
    });
    if (reachesThreshold(b.band, ruleSet.caseThreshold)) {
      const caseId = newId();
      const priority = priorityFor(b.band);
      rows.Case.push({
        id: caseId,
        candidateId: id,
        priority,
        band: b.band,
        openReason: `Score ${b.total} (${b.band}) reached the case threshold (${ruleSet.caseThreshold}) of rule set v${ruleSet.version}`,
        openedById: actor.id,
        openedAt: now,
        dueAt: dueAtFor(priority, now, ctx.slaHours),
        openedScoreId: scoreId,
        latestScoreId: scoreId,
        ruleFamilies: [...new Set(b.fired.map((f) => f.family))].sort().join(","),
        updatedAt: now,
      });
      audit("case.opened", "case", caseId, {
        candidateId: id,
        band: b.band,
        total: b.total,
        automatic: true,
      });
      webhook("case.opened", { caseId, candidateId: id, band: b.band, automatic: true });
    }
    webhook("candidate.scored", {
      candidateId: id,
      scoreId,
      total: b.total,
      band: b.band,
      ruleSetVersion: b.ruleSetVersion,
      firedRules: b.fired.map((f) => f.ruleId),
    });
  }
  return { rows, audit: events };
}

/** An audit event ready to be chained: its row as stored and the canonical JSON its hash covers. */
export interface PreparedAudit {
  row: Record<string, unknown>;
  canonical: string;
}

/**
 * The part of chaining that does not depend on the chain's head, and nearly all of its cost
 * (the canonical JSON of each event, whose payload is often a whole profile): done before the
 * transaction, so the transaction only links the hashes.
 */
export function prepareAudit(events: readonly AuditContent[]): PreparedAudit[] {
  return events.map((raw) => {
    const content = { ...raw, before: storableJson(raw.before), after: storableJson(raw.after) };
    return { row: { ...content, at: new Date(content.at) }, canonical: canonicalJson(content) };
  });
}

/** The AuditEvent rows, chained onto `prevHash`: auditHash's formula on the prepared canonical JSON (bulk.test.ts checks the two agree). */
export function chainPrepared(
  prepared: readonly PreparedAudit[],
  prevHash: string,
): Record<string, unknown>[] {
  let prev = prevHash;
  return prepared.map(({ row, canonical }) => {
    const hash = createHash("sha256").update(prev).update("\n").update(canonical).digest("hex");
    const chained = { ...row, prevHash: prev, hash };
    prev = hash;
    return chained;
  });
}

/** The AuditEvent rows for `events`, chained onto `prevHash` exactly as appendAudit chains one. */
export function chainAudit(events: readonly AuditContent[], prevHash: string): Record<string, unknown>[] {
  return chainPrepared(prepareAudit(events), prevHash);
}
