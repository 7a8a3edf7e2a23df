import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/data/types";

/** How many entry ids of each kind of change a snapshot row shows. */
const SAMPLE = 5;

export interface SnapshotView {
  id: string;
  source: string;
  publishedAt: string | null;
  importedAt: string;
  importedBy: string | null;
  entryCount: number;
  added: number;
  removed: number;
  changed: number;
  active: boolean;
  fileHashes: { file: string; sha256: string }[];
  samples: { added: string[]; removed: string[]; changed: string[] };
  /** How many things the parser noted but could read past (orphan alias rows, cut remarks, ...), and the first few. */
  warningCount: number;
  warnings: string[];
}

export interface InternalItemView {
  id: string;
  kind: string;
  value: string;
  reason: string;
  source: string;
  createdBy: string | null;
  createdAt: string;
}

export type HitStatus = "pending" | "confirmed" | "dismissed";

export interface HitView {
  id: string;
  list: string;
  entryId: string;
  entryName: string;
  matchedField: string;
  matchedValue: string;
  score: number;
  reasons: string[];
  status: HitStatus;
  /** False when the entry has left the active lists since the match was found (it no longer counts unless confirmed). */
  stillListed: boolean;
  /** For internal-list matches: what kind of item it is, why it is on the list and where it came from. */
  listedKind: string | null;
  listedBecause: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

function diffSamples(diff: unknown): SnapshotView["samples"] {
  const d = (diff && typeof diff === "object" ? diff : {}) as Record<string, unknown>;
  return { added: strings(d.added).slice(0, SAMPLE), removed: strings(d.removed).slice(0, SAMPLE), changed: strings(d.changed).slice(0, SAMPLE) };
}

function hashes(v: unknown): SnapshotView["fileHashes"] {
  if (!v || typeof v !== "object") return [];
  return Object.entries(v as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === "string")
    .map(([file, sha256]) => ({ file, sha256 }));
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Every imported snapshot of every list, newest first, with its difference from the one before. */
export async function listSnapshots(actor: Actor): Promise<SnapshotView[]> {
  assertCan(actor, "watchlist:manage");
  const rows = await db.watchlistSnapshot.findMany({
    orderBy: [{ importedAt: "desc" }, { id: "desc" }],
    select: { id: true, source: true, publishedAt: true, importedAt: true, importedBy: true, entryCount: true, added: true, removed: true, changed: true, active: true, fileHashes: true, diff: true, warnings: true },
  });
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    publishedAt: r.publishedAt,
    importedAt: r.importedAt.toISOString(),
    importedBy: r.importedBy,
    entryCount: r.entryCount,
    added: r.added,
    removed: r.removed,
    changed: r.changed,
    active: r.active,
    fileHashes: hashes(r.fileHashes),
    samples: diffSamples(r.diff),
    warningCount: strings(r.warnings).length,
    warnings: strings(r.warnings).slice(0, 10),
  }));
}

/** The internal watchlist's active items, newest first. */
export async function listInternalItems(actor: Actor): Promise<InternalItemView[]> {
  assertCan(actor, "watchlist:manage");
  const items = await db.internalWatchlistItem.findMany({ where: { active: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const names = await userNames(items.map((i) => i.createdById));
  return items.map((i) => ({
    id: i.id,
    kind: i.kind,
    value: i.value,
    reason: i.reason,
    source: i.source,
    createdBy: i.createdById ? (names.get(i.createdById) ?? "unknown") : null,
    createdAt: i.createdAt.toISOString(),
  }));
}

const STATUS_ORDER: Record<HitStatus, number> = { pending: 0, confirmed: 1, dismissed: 2 };
const statusOf = (s: string): HitStatus => (s === "confirmed" || s === "dismissed" ? s : "pending");

/** A candidate's watchlist matches: unreviewed first, then by match score. */
export async function hitsForCandidate(actor: Actor, candidateId: string): Promise<HitView[]> {
  assertCan(actor, "case:read");
  const hits = await db.watchlistHit.findMany({ where: { candidateId: String(candidateId) }, orderBy: [{ score: "desc" }, { createdAt: "asc" }] });
  if (hits.length === 0) return [];
  const internalIds = hits.filter((h) => h.entryId.startsWith("internal:")).map((h) => h.entryId.slice("internal:".length));
  const listedIds = hits.filter((h) => !h.entryId.startsWith("internal:")).map((h) => h.entryId);
  const [items, listed, names] = await Promise.all([
    internalIds.length ? db.internalWatchlistItem.findMany({ where: { id: { in: internalIds } } }) : [],
    listedIds.length
      ? db.watchlistEntry.findMany({ where: { entryId: { in: listedIds }, snapshot: { active: true } }, select: { entryId: true }, distinct: ["entryId"] })
      : [],
    userNames(hits.map((h) => h.reviewedById)),
  ]);
  const itemById = new Map(items.map((i) => [`internal:${i.id}`, i]));
  const stillOnList = new Set(listed.map((e) => e.entryId));
  return hits
    .map((h): HitView => {
      const item = itemById.get(h.entryId);
      return {
        id: h.id,
        list: h.list,
        entryId: h.entryId,
        entryName: h.entryName,
        matchedField: h.matchedField,
        matchedValue: h.matchedValue,
        score: h.score,
        reasons: strings(h.reasons),
        status: statusOf(h.status),
        stillListed: item ? item.active : stillOnList.has(h.entryId),
        listedKind: item?.kind ?? null,
        listedBecause: item ? `${item.reason} (source: ${item.source})` : null,
        reviewedBy: h.reviewedById ? (names.get(h.reviewedById) ?? "unknown") : null,
        reviewedAt: h.reviewedAt?.toISOString() ?? null,
        reviewNote: h.reviewNote,
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.score - a.score);
}
