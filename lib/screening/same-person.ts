// The same person or company is often on several lists: OFAC and the UN designate most DPRK
// parties both. Screening shows them as one match carrying every record, so an analyst does not
// review the same person twice (or clear one record and miss the other). Records are linked only
// across lists, on the same normalised name AND a second fact that names alone cannot give.
import { canonicalName } from "./normalize";
import type { WatchlistEntry } from "./types";

/** Years of a record's dates of birth ("1977-03-25", "1951~", "1967/1969" → 1977, 1951, 1967..1969). */
function birthYears(e: WatchlistEntry): Set<number> {
  const out = new Set<number>();
  for (const d of e.datesOfBirth) {
    const years = [...d.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
    const [from, to] = [years[0], years[years.length - 1]];
    if (from === undefined || to === undefined) continue;
    for (let y = from; y <= to && y - from < 20; y++) out.add(y);
  }
  return out;
}

const documents = (e: WatchlistEntry) =>
  new Set(
    e.identifiers
      .filter((i) => i.kind !== "website")
      .map((i) => `${i.kind}:${i.value.toUpperCase().replace(/[^\p{L}\p{N}@.]/gu, "")}`),
  );

function corroborated(a: WatchlistEntry, b: WatchlistEntry): boolean {
  const da = documents(a);
  for (const d of documents(b)) if (da.has(d)) return true;
  if (a.type !== "individual") return true; // an entity's full legal name is itself specific
  const ya = birthYears(a);
  for (const y of birthYears(b)) if (ya.has(y)) return true;
  return false;
}

/** For each entry index, the indexes of records on other lists that describe the same party. */
export function samePartyLinks(entries: readonly WatchlistEntry[]): Map<number, number[]> {
  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.type !== "individual" && e.type !== "entity") return;
    const kind = e.type === "individual" ? "person" : "org";
    const keys = new Set(
      [e.name, ...e.aliases.filter((a) => a.kind !== "low").map((a) => a.name)].map((n) =>
        canonicalName(n, kind),
      ),
    );
    for (const key of keys) {
      // One-word names ("ALI", "GREEN PINE") are too common to link records on.
      if (!key.includes(" ")) continue;
      const k = `${e.type}:${key}`;
      const list = byName.get(k);
      if (list) list.push(i);
      else byName.set(k, [i]);
    }
  });
  const links = new Map<number, Set<number>>();
  for (const ids of byName.values()) {
    if (ids.length < 2 || ids.length > 6) continue;
    for (const i of ids) {
      for (const j of ids) {
        const a = entries[i];
        const b = entries[j];
        if (i === j || !a || !b || a.list === b.list || !corroborated(a, b)) continue;
        const set = links.get(i) ?? new Set<number>();
        set.add(j);
        links.set(i, set);
      }
    }
  }
  return new Map([...links].map(([i, set]) => [i, [...set].sort((x, y) => x - y)]));
}
