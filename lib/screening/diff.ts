import type { WatchlistEntry } from "./types";

export interface SnapshotDiff {
  added: string[];
  removed: string[];
  /** Same id, different content once ordering and whitespace noise are removed. */
  changed: string[];
}

const sortedJson = (items: readonly unknown[]) => items.map((x) => JSON.stringify(x)).sort();
const trimmed = (s: string | undefined) => s?.trim().replace(/\s+/g, " ") ?? "";

/**
 * Canonical form of an entry for comparison. Publishers reorder aliases, addresses and
 * identifiers between releases without meaning anything by it, so every list is sorted and
 * every object is rebuilt with a fixed key order.
 */
export function canonicalEntryContent(e: WatchlistEntry): string {
  return JSON.stringify([
    e.id,
    e.list,
    e.type,
    trimmed(e.name),
    sortedJson(e.aliases.map((a) => [trimmed(a.name), a.kind])),
    [...e.programs].sort(),
    sortedJson(e.addresses.map((a) => [trimmed(a.address), trimmed(a.city), trimmed(a.country)])),
    [...e.datesOfBirth].sort(),
    [...e.nationalities].sort(),
    sortedJson(e.identifiers.map((i) => [i.kind, i.value.trim(), i.currency ?? ""])),
    [...e.linkedTo].sort(),
    trimmed(e.remarks),
    Object.entries(e.attributes ?? {})
      .map(([k, v]) => [k, trimmed(v)])
      .sort(),
  ]);
}

function byId(entries: readonly WatchlistEntry[], side: string): Map<string, WatchlistEntry> {
  const map = new Map<string, WatchlistEntry>();
  for (const e of entries) {
    // Two entries with one id would make "changed" depend on input order.
    if (map.has(e.id)) throw new Error(`diffSnapshots: duplicate id ${e.id} in ${side} snapshot`);
    map.set(e.id, e);
  }
  return map;
}

/** Which entries a new list release added, removed or changed. Ids are returned sorted. */
export function diffSnapshots(
  prev: readonly WatchlistEntry[],
  next: readonly WatchlistEntry[],
): SnapshotDiff {
  const before = byId(prev, "previous");
  const after = byId(next, "next");
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) added.push(id);
    else if (canonicalEntryContent(old) !== canonicalEntryContent(e)) changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
