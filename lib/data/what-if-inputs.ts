import "server-only";
import { db } from "@/lib/db";
import { dbProvider } from "@/lib/env";
import { placeholder } from "@/lib/import/sql";
import type { ReuseMatch, WatchlistHit } from "@/lib/scoring";

/*
 * What the what-if reads from the database (lib/data/what-if.ts): the stored profiles, page by
 * page, and the identity reuse and watchlist hits that scoreAndStore would find for them.
 */

/** Big enough that per-query overhead is small, small enough that one SQLite read (synchronous) stays short. */
export const PROFILE_PAGE = 2_000;

const REUSE_KINDS: readonly ReuseMatch["kind"][] = ["email", "phone", "wallet", "bank_account", "address", "resume_text"];

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Positional parameter `n` (1-based) in the provider's dialect. */
const param = (n: number) => placeholder(dbProvider(), n);

/** A stored candidate's id and its profile as JSON text, not yet parsed. */
export interface StoredProfileRow {
  id: string;
  profile: string;
}

/**
 * One page of candidates after `after` (in id order), optionally only those in `ids`. The profile
 * is read as text: Prisma's own JSON handling walks every value of every profile and cost more
 * than the scoring itself; the caller parses each one just before scoring it.
 */
function readPage(after: string | undefined, ids: readonly string[] | undefined): Promise<StoredProfileRow[]> {
  const params: string[] = [];
  const where: string[] = [];
  if (after !== undefined) {
    params.push(after);
    where.push(`"id" > ${param(params.length)}`);
  }
  if (ids) {
    const list = ids.map((id) => {
      params.push(id);
      return param(params.length);
    });
    where.push(list.length ? `"id" IN (${list.join(", ")})` : "1 = 0");
  }
  const sql = `SELECT "id", CAST("profile" AS TEXT) AS "profile" FROM "Candidate"${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY "id" ASC LIMIT ${PROFILE_PAGE}`;
  return db.$queryRawUnsafe<StoredProfileRow[]>(sql, ...params);
}

/**
 * The stored profiles in id order, PROFILE_PAGE at a time (only `ids` when given). The next page
 * is requested before this one is handed out, so on PostgreSQL the database reads it while the
 * caller scores.
 */
export async function* storedProfilePages(ids?: readonly string[]): AsyncGenerator<StoredProfileRow[]> {
  const wanted = ids ? [...new Set(ids)] : undefined;
  let next: Promise<StoredProfileRow[]> | null = readPage(undefined, wanted);
  try {
    while (next) {
      const page: StoredProfileRow[] = await next;
      next = page.length === PROFILE_PAGE ? readPage(page[page.length - 1]!.id, wanted) : null;
      yield page;
    }
  } finally {
    // The caller stopped early (cancelled): nobody awaits the read in flight, so its failure must not surface as unhandled.
    next?.catch(() => undefined);
  }
}

/**
 * Identity reuse as scoreAndStore sees it, for every candidate that shares an identifier: per
 * kind, one query reads the holders of the values held more than once (the inner GROUP BY reads
 * only the (kind, value) index). Shared values are few, and no single query holds the event loop
 * for long (SQLite queries are synchronous).
 */
export async function loadReuse(): Promise<Map<string, ReuseMatch[]>> {
  const out = new Map<string, ReuseMatch[]>();
  const sql =
    `SELECT "value", "candidateId" FROM "CandidateIdentifier" WHERE "kind" = ${param(1)} AND "value" IN ` +
    `(SELECT "value" FROM "CandidateIdentifier" WHERE "kind" = ${param(2)} GROUP BY "value" HAVING COUNT(*) > 1)`;
  for (const kind of REUSE_KINDS) {
    const rows = await db.$queryRawUnsafe<{ value: string; candidateId: string }[]>(sql, kind, kind);
    const holders = new Map<string, string[]>();
    for (const r of rows) push(holders, r.value, r.candidateId);
    for (const [value, list] of holders) {
      const ids = [...new Set(list)];
      if (ids.length > 1) for (const id of ids) push(out, id, { kind, value, otherCandidateIds: ids.filter((o) => o !== id) });
    }
    await yieldToEventLoop();
  }
  return out;
}

/** Watchlist hits as scoring uses them: confirmed, or pending with the entry still listed. */
export async function loadHits(): Promise<Map<string, WatchlistHit[]>> {
  const rows = await db.watchlistHit.findMany({
    where: { status: { in: ["confirmed", "pending"] } },
    select: { candidateId: true, list: true, entryId: true, entryName: true, matchedField: true, matchedValue: true, score: true, status: true },
  });
  const pendingIds = [...new Set(rows.filter((r) => r.status === "pending").map((r) => r.entryId))];
  const listed = new Set<string>();
  const internal = pendingIds.filter((id) => id.startsWith("internal:"));
  const external = pendingIds.filter((id) => !id.startsWith("internal:"));
  for (let i = 0; i < internal.length; i += 500) {
    const items = await db.internalWatchlistItem.findMany({ where: { active: true, id: { in: internal.slice(i, i + 500).map((id) => id.slice("internal:".length)) } }, select: { id: true } });
    for (const it of items) listed.add(`internal:${it.id}`);
  }
  for (let i = 0; i < external.length; i += 500) {
    const entries = await db.watchlistEntry.findMany({ where: { entryId: { in: external.slice(i, i + 500) }, snapshot: { active: true } }, select: { entryId: true } });
    for (const e of entries) listed.add(e.entryId);
  }
  const out = new Map<string, WatchlistHit[]>();
  for (const r of rows) {
    if (r.status === "pending" && !listed.has(r.entryId)) continue;
    const { candidateId, ...hit } = r;
    push(out, candidateId, { ...hit, status: hit.status as WatchlistHit["status"] });
  }
  return out;
}
