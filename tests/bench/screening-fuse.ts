/**
 * fuse.js baseline for the screening bench. The collection is every name and alias of every
 * listed individual: exactly the names `screen(index, { names })` searches. A fuse "match" is a
 * result whose score (0 = perfect, 1 = nothing) is at most the threshold.
 */
import Fuse, { type IFuseOptions } from "fuse.js";
import type { WatchlistEntry } from "@/lib/screening/types";

export interface FuseDoc {
  name: string;
  entryId: string;
}

export const FUSE_THRESHOLD = 0.3;

/**
 * Candidate configurations, all with threshold 0.3. The bench scores each on a calibration
 * sample and keeps the one with the best recall (ties: better precision).
 */
export const FUSE_CONFIGS: readonly { label: string; options: IFuseOptions<FuseDoc> }[] = [
  { label: "bitap, defaults", options: {} },
  // Bitap otherwise penalises a match that is not near the start of the string (location 0, distance 100).
  {
    label: "bitap, ignoreLocation, ignoreDiacritics",
    options: { ignoreLocation: true, ignoreDiacritics: true },
  },
  {
    label: "bitap, ignoreLocation, ignoreDiacritics, ignoreFieldNorm",
    options: { ignoreLocation: true, ignoreDiacritics: true, ignoreFieldNorm: true },
  },
  // Token search: each query word fuzzy-matched on its own (order-independent), BM25-weighted.
  {
    label: "token search, all words",
    options: { useTokenSearch: true, tokenMatch: "all", ignoreDiacritics: true },
  },
  {
    label: "token search, any word",
    options: { useTokenSearch: true, tokenMatch: "any", ignoreDiacritics: true },
  },
];

export function fuseDocs(entries: readonly WatchlistEntry[]): FuseDoc[] {
  const docs: FuseDoc[] = [];
  for (const e of entries) {
    if (e.type !== "individual") continue;
    docs.push({ name: e.name, entryId: e.id });
    for (const a of e.aliases) docs.push({ name: a.name, entryId: e.id });
  }
  return docs;
}

export function createFuse(docs: readonly FuseDoc[], options: IFuseOptions<FuseDoc>): Fuse<FuseDoc> {
  return new Fuse(docs, { keys: ["name"], includeScore: true, threshold: FUSE_THRESHOLD, ...options });
}

/** Entry ids fuse reports for `query` with a score at most the threshold. */
export function fuseMatches(fuse: Fuse<FuseDoc>, query: string): Set<string> {
  const out = new Set<string>();
  for (const r of fuse.search(query)) if ((r.score ?? 1) <= FUSE_THRESHOLD) out.add(r.item.entryId);
  return out;
}
