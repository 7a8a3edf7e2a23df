// Unlisted names: everyday names of many origins, minus any whose full form is on a list.
// Any hit on them is a false alarm; rates are compared per origin against the rest.
import type { WatchlistEntry } from "@/lib/screening";
import { makeName, ORIGINS } from "./names-by-origin";
import type { TimedScreen } from "./variants";
import { nameKey, rate, tokens, type Rate, type Rng } from "./util";

export interface OriginRate extends Rate {
  z: number;
  flagged: boolean;
  examples: string[];
}
export interface UnlistedReport {
  names: number;
  excludedAsListed: number;
  overall: Rate;
  /** Hits where every token of the generated name appears in one listed name of the hit entry
   * (e.g. a listed person's name without the patronymic): still false hits, but explicable. */
  subsetOfListed: number;
  byOrigin: Record<string, OriginRate>;
  zCritical: number;
}

export function listedKeys(entries: readonly WatchlistEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) for (const n of [e.name, ...e.aliases.map((a) => a.name)]) keys.add(nameKey(n));
  return keys;
}

export function runUnlisted(
  entries: readonly WatchlistEntry[],
  ts: TimedScreen,
  rng: Rng,
  perOrigin = 560,
): UnlistedReport {
  const listed = listedKeys(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  let subsetOfListed = 0;
  const origins = Object.keys(ORIGINS);
  const results = new Map<string, { hits: number; n: number; examples: string[] }>();
  let excluded = 0;
  for (const o of origins) {
    const seen = new Set<string>();
    const r = { hits: 0, n: 0, examples: [] as string[] };
    for (let tries = 0; r.n < perOrigin && tries < perOrigin * 20; tries++) {
      const name = makeName(o, rng);
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      if (listed.has(key)) {
        excluded++;
        continue;
      }
      r.n++;
      const hits = ts.run({ names: [name] });
      if (hits.length > 0) {
        r.hits++;
        const qt = tokens(name);
        const hitEntry = byId.get(hits[0]?.entryId ?? "");
        const names = hitEntry ? [hitEntry.name, ...hitEntry.aliases.map((a) => a.name)] : [];
        if (
          names.some((n) => {
            const t = new Set(tokens(n));
            return qt.every((x) => t.has(x));
          })
        )
          subsetOfListed++;
        const h = hits[0];
        if (h && r.examples.length < 3)
          r.examples.push(`"${name}" ~ "${h.entryName}" (${h.score.toFixed(2)})`);
      }
    }
    results.set(o, r);
  }
  const total = [...results.values()].reduce((a, r) => ({ hits: a.hits + r.hits, n: a.n + r.n }), {
    hits: 0,
    n: 0,
  });
  // Bonferroni over the origins: a flag means the origin differs from the rest beyond chance.
  const zCritical = 3.02;
  const byOrigin: Record<string, OriginRate> = {};
  for (const [o, r] of results) {
    const restHits = total.hits - r.hits;
    const restN = total.n - r.n;
    const pooled = total.hits / total.n;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / r.n + 1 / restN));
    const z = se > 0 ? (r.hits / r.n - restHits / restN) / se : 0;
    byOrigin[o] = { ...rate(r.hits, r.n), z, flagged: Math.abs(z) > zCritical, examples: r.examples };
  }
  return {
    names: total.n,
    excludedAsListed: excluded,
    overall: rate(total.hits, total.n),
    subsetOfListed,
    byOrigin,
    zCritical,
  };
}
