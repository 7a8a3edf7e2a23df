import "server-only";
import { loadSettings } from "@/lib/data/settings";
import { slaByPriority } from "@/lib/schemas/settings";
import { db } from "@/lib/db";
import { dbProvider } from "@/lib/env";
import { GENESIS_HASH } from "@/lib/data/audit-hash";
import { identifiersOf } from "@/lib/data/identifiers";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { screeningIndex, subjectOf } from "@/lib/data/watchlist-screening";
import { batchRows, chainPrepared, prepareAudit, scoreBatch, TABLES, type PreparedAudit } from "@/lib/import/bulk";
import { CopiedJson, identifierLookup, insertStatements, placeholder } from "@/lib/import/sql";
import { screen } from "@/lib/screening";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { Actor, RequestMeta } from "@/lib/data/types";

/*
 * The bulk path of the CSV import (lib/data/candidate-import.ts): a batch of new candidates
 * written in one transaction with the rows lib/import/bulk.ts computes, the same effects as
 * createCandidate one at a time.
 */

export interface NewRow {
  row: number;
  profile: CandidateProfile;
}

/**
 * Values per IN list. Prisma refuses a query with more bound values than SQLite's classic limit
 * (999), and a batch of a few hundred rows holds more identifiers than that.
 */
const LOOKUP_CHUNK = 500;

/**
 * Parameter text per INSERT. The client engine compiles every raw statement, parameters
 * included, synchronously, and SQLite then runs it synchronously too; this keeps each of those
 * steps to some tens of milliseconds so other requests get their turn in between.
 */
const STATEMENT_BYTES = 128 * 1024;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(items: readonly T[], size = LOOKUP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The stored identifier rows that share a (kind, value) with `profiles`, a few queries of at most LOOKUP_CHUNK values. */
async function storedIdentifiers(profiles: readonly CandidateProfile[]): Promise<{ kind: string; value: string; candidateId: string }[]> {
  const seen = new Set<string>();
  const wanted: { kind: string; value: string }[] = [];
  for (const p of profiles) {
    for (const i of identifiersOf(p)) {
      const key = `${i.kind}:${i.value}`;
      if (!seen.has(key)) {
        seen.add(key);
        wanted.push(i);
      }
    }
  }
  const out: { kind: string; value: string; candidateId: string }[] = [];
  for (const part of chunks(wanted)) {
    const { sql, params } = identifierLookup(dbProvider(), part);
    out.push(...(await db.$queryRawUnsafe<{ kind: string; value: string; candidateId: string }[]>(sql, ...params)));
  }
  return out;
}

/** A stored candidate as the import compares a row with it. */
export interface StoredCandidate {
  id: string;
  version: number;
  externalId: string | null;
  email: string;
  fullName: string;
  profile: unknown;
}

/**
 * The stored candidates whose `column` is one of `values`, oldest first. Raw, with the profile
 * read as text and parsed here: the client's own JSON handling cost as much as the query.
 */
export async function storedCandidates(column: "externalId" | "email", values: readonly string[]): Promise<StoredCandidate[]> {
  const dialect = dbProvider();
  const out: StoredCandidate[] = [];
  for (const part of chunks(values)) {
    const sql =
      `SELECT "id", "version", "externalId", "email", "fullName", CAST("profile" AS TEXT) AS "profile" FROM "Candidate" ` +
      `WHERE "${column}" IN (${part.map((_, i) => placeholder(dialect, i + 1)).join(", ")}) ORDER BY "createdAt" ASC, "id" ASC`;
    const rows = await db.$queryRawUnsafe<(Omit<StoredCandidate, "profile" | "version"> & { version: number | bigint; profile: string })[]>(sql, ...part);
    for (const r of rows) out.push({ ...r, version: Number(r.version), profile: JSON.parse(r.profile) as unknown });
  }
  return out;
}

/** Indexes of the rows with an identifier that a stored candidate or another row also has. */
function sharedDetailRows(rows: readonly NewRow[], stored: readonly { kind: string; value: string }[]): Set<number> {
  const storedKeys = new Set(stored.map((s) => `${s.kind}\u0000${s.value}`));
  const firstRow = new Map<string, number>();
  const out = new Set<number>();
  rows.forEach((r, i) => {
    for (const id of identifiersOf(r.profile)) {
      const key = `${id.kind}\u0000${id.value}`;
      if (storedKeys.has(key)) out.add(i);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i);
      else if (first !== i) {
        out.add(first);
        out.add(i);
      }
    }
  });
  return out;
}

async function takenExternalIds(rows: readonly NewRow[]): Promise<Set<string | null>> {
  const wanted = rows.flatMap((r) => (r.profile.externalId ? [r.profile.externalId] : []));
  const dialect = dbProvider();
  const taken = new Set<string | null>();
  for (const part of chunks(wanted)) {
    const sql = `SELECT "externalId" FROM "Candidate" WHERE "externalId" IN (${part.map((_, i) => placeholder(dialect, i + 1)).join(", ")})`;
    for (const c of await db.$queryRawUnsafe<{ externalId: string | null }[]>(sql, ...part)) taken.add(c.externalId);
  }
  return taken;
}

/**
 * Creates what it can of a batch in one transaction (see lib/import/bulk.ts); returns the rows
 * that must go through createCandidate instead: a watchlist match (screening records the hit)
 * or an externalId that is already taken (createCandidate reports it).
 */
export async function createBatch(actor: Actor, meta: RequestMeta, rows: NewRow[]): Promise<{ created: number; rest: NewRow[] }> {
  // Everything but the writes happens before the transaction: on SQLite an open transaction holds up every other one.
  const taken = await takenExternalIds(rows);
  const index = await screeningIndex(db);
  const rest: NewRow[] = [];
  const bulk: NewRow[] = [];
  for (const r of rows) {
    const match = index.entries.length > 0 && screen(index, subjectOf(r.profile), { limit: 20 }).length > 0;
    (match || (r.profile.externalId && taken.has(r.profile.externalId)) ? rest : bulk).push(r);
  }
  if (bulk.length === 0) return { created: 0, rest };
  // A row that shares a detail with a stored candidate or with another row of the batch goes the
  // one-at-a-time way too: there the earlier candidate is re-scored with it (reuse is two-sided).
  const shared = sharedDetailRows(bulk, await storedIdentifiers(bulk.map((r) => r.profile)));
  if (shared.size > 0) {
    const kept = bulk.filter((_, i) => !shared.has(i));
    rest.push(...bulk.filter((_, i) => shared.has(i)));
    bulk.splice(0, bulk.length, ...kept);
  }
  if (bulk.length === 0) return { created: 0, rest };

  const [{ ruleSet, marketRates }, endpoints, settings] = await Promise.all([
    // One read (or, on an empty database, one upsert): no transaction needed around it.
    publishedRuleSet(db),
    db.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } }),
    loadSettings(db),
  ]);
  const stored = await storedIdentifiers(bulk.map((r) => r.profile));
  const now = new Date();
  const scored = scoreBatch(bulk.map((r) => r.profile), stored, { ruleSet, marketRates, today: now.toISOString().slice(0, 10) });
  await yieldToEventLoop();
  const { rows: tables, audit } = batchRows(scored, { actor, meta, ruleSet, now, endpoints, slaHours: slaByPriority(settings) });
  const dialect = dbProvider();
  const statements = (Object.keys(tables) as (keyof typeof tables)[]).flatMap((table) => insertStatements(dialect, table, TABLES[table], tables[table], { maxBytes: STATEMENT_BYTES }));
  await yieldToEventLoop();
  // A candidate.created event records the profile just written to the Candidate row; when the
  // two are the same JSON text the audit row copies it there rather than sending it again.
  const profileText = new Map(tables.Candidate.map((c) => [String(c.id), JSON.stringify(c.profile)]));
  const copyProfile = (row: Record<string, unknown>): Record<string, unknown> => {
    const id = String(row.targetId);
    return row.action === "candidate.created" && profileText.get(id) === JSON.stringify(row.after) ? { ...row, after: new CopiedJson("Candidate", "profile", id) } : row;
  };
  const events: PreparedAudit[] = [];
  for (const part of chunks(audit, 100)) {
    for (const e of prepareAudit(part)) events.push({ ...e, row: copyProfile(e.row) });
    await yieldToEventLoop();
  }

  await db.$transaction(async (tx) => {
    // The audit chain continues from its head, under the lock appendAudit takes (AUDIT_LOCK_KEY in lib/data/audit.ts).
    if (dialect === "postgresql") await tx.$executeRawUnsafe("SELECT 1 FROM pg_advisory_xact_lock(734221)");
    const head = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
    const chained = insertStatements(dialect, "AuditEvent", TABLES.AuditEvent, chainPrepared(events, head?.hash ?? GENESIS_HASH), { maxBytes: STATEMENT_BYTES });
    for (const { sql, params } of [...statements, ...chained]) {
      await tx.$executeRawUnsafe(sql, ...params);
      // The SQLite driver runs each statement synchronously; let other requests' code run in between.
      await yieldToEventLoop();
    }
  }, { timeout: 120_000, maxWait: 60_000 });
  return { created: scored.length, rest };
}
