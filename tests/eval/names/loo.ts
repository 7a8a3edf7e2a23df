// Leave-one-out aliases: strip one published alias from an entry, rebuild the index, and ask
// whether screening that alias still finds the entry through its other names.
import {
  buildIndex,
  screen,
  type ScreeningIndex,
  type WatchlistAlias,
  type WatchlistEntry,
} from "@/lib/screening";
import { naturalName } from "./typos";
import { editSim, isLatin, nameKey, shuffle, Tally, tokens, type Rate, type Rng } from "./util";

export type SimClass = "identical-after-folding" | "spelling-variant" | "different-name" | "other-script";

/**
 * The harness's own rule for "is this alias a Latin spelling variant of a name the entry keeps?":
 * compare with every remaining name; the fewer-token side must hold at least half as many tokens as
 * the other (and two, unless both are single tokens), each of its tokens must have its own partner (one-to-one) with
 * edit similarity ≥ 0.6 and the mean best similarity must reach 0.8. A name that differs only in
 * spacing (Ryungseng / Ryung Seng) also counts: its letters, spaces removed, reach 0.85 similarity.
 */
export function classifyAlias(
  alias: string,
  remaining: readonly string[],
): { sim: SimClass; closest?: string } {
  if (!isLatin(alias)) return { sim: "other-script" };
  const key = nameKey(alias);
  const same = remaining.find((r) => nameKey(r) === key);
  if (same !== undefined) return { sim: "identical-after-folding", closest: same };
  const a = tokens(alias);
  for (const r of remaining) {
    if (!isLatin(r)) continue;
    const b = tokens(r);
    if (a.length === 0 || b.length === 0) continue;
    if (editSim(a.join(""), b.join("")) >= 0.85) return { sim: "spelling-variant", closest: r };
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length * 2 < long.length || (short.length < 2 && long.length > 1)) continue;
    const best = pairUp(short, long);
    const mean = best.reduce((s, x) => s + x, 0) / best.length;
    if (Math.min(...best) >= 0.6 && mean >= 0.8) return { sim: "spelling-variant", closest: r };
  }
  return { sim: "different-name" };
}

/** Greedy one-to-one pairing of tokens, best pairs first, so one token cannot vouch for two. */
function pairUp(short: readonly string[], long: readonly string[]): number[] {
  const pairs = short
    .flatMap((t, i) => long.map((u, j) => ({ i, j, s: editSim(t, u) })))
    .sort((a, b) => b.s - a.s);
  const best = short.map(() => 0);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  for (const p of pairs) {
    if (usedI.has(p.i) || usedJ.has(p.j)) continue;
    usedI.add(p.i);
    usedJ.add(p.j);
    best[p.i] = p.s;
  }
  return best;
}

/** Published alias kinds grouped by how strongly the list stands behind them. */
export function kindClass(a: WatchlistAlias): string {
  if (a.kind === "aka" || a.kind === "good") return "strong";
  if (a.kind === "low") return "weak";
  if (a.kind === "fka" || a.kind === "nka") return "former/new";
  return a.kind;
}

export const isDprk = (e: WatchlistEntry): boolean =>
  e.id.startsWith("un:KP") || e.programs.some((p) => p.startsWith("DPRK"));

export const screenable = (e: WatchlistEntry): boolean => e.type === "individual" || e.type === "entity";

export function subjectFor(
  e: Pick<WatchlistEntry, "type">,
  q: string,
): { names: string[]; companies?: string[] } {
  // Individuals go in as names and entities as companies, the subject fields the product defines.
  return e.type === "individual" ? { names: [q] } : { names: [], companies: [q] };
}

export interface LooCase {
  entryId: string;
  list: string;
  dprk: boolean;
  kind: string;
  sim: SimClass;
  query: string;
  listed: string;
  found: boolean;
}

export interface LooReport {
  cases: number;
  builds: number;
  buildMs: number;
  byListKindSim: Record<string, Rate>;
  bySim: Record<string, Rate>;
  spellingVariantRecall: Rate;
  spellingOrIdenticalRecall: Rate;
  dprkSpellingVariantRecall: Rate;
  misses: string[];
}

interface Plan {
  entry: WatchlistEntry;
  aliasIndex: number;
}

/** Samples entries (every DPRK one, plus others of both lists) and removes aliases in batches. */
export function runLoo(
  entries: readonly WatchlistEntry[],
  rng: Rng,
  opts = { others: 900, batch: 250, dprkRounds: 3 },
): LooReport {
  const withAliases = entries.filter((e) => screenable(e) && e.aliases.length > 0);
  const dprk = withAliases.filter(isDprk);
  const otherOfac = shuffle(
    rng,
    withAliases.filter((e) => !isDprk(e) && e.list === "ofac"),
  );
  const otherUn = shuffle(
    rng,
    withAliases.filter((e) => !isDprk(e) && e.list === "un"),
  );
  const others = [
    ...otherOfac.slice(0, Math.round(opts.others * 0.6)),
    ...otherUn.slice(0, Math.round(opts.others * 0.4)),
  ];
  const plans: Plan[][] = [];
  for (let r = 0; r < opts.dprkRounds; r++) {
    const round: Plan[] = [];
    for (const e of r === 0 ? [...dprk, ...others] : dprk) {
      const order = shuffle(
        rng,
        e.aliases.map((_, i) => i),
      );
      const i = order[r];
      if (i !== undefined) round.push({ entry: e, aliasIndex: i });
    }
    for (let k = 0; k < round.length; k += opts.batch) plans.push(round.slice(k, k + opts.batch));
  }
  const cases: LooCase[] = [];
  let buildMs = 0;
  for (const batch of plans) {
    const removed = new Map(batch.map((p) => [p.entry.id, p.aliasIndex]));
    const pruned = entries.map((e) => {
      const i = removed.get(e.id);
      return i === undefined ? e : { ...e, aliases: e.aliases.filter((_, j) => j !== i) };
    });
    const t0 = performance.now();
    const index: ScreeningIndex = buildIndex(pruned);
    buildMs += performance.now() - t0;
    for (const p of batch) {
      const alias = p.entry.aliases[p.aliasIndex];
      if (!alias) continue;
      const remaining = [
        p.entry.name,
        ...p.entry.aliases.filter((_, j) => j !== p.aliasIndex).map((a) => a.name),
      ];
      const query = naturalName(p.entry, alias.name);
      const found = screen(index, subjectFor(p.entry, query)).some((m) => m.entryId === p.entry.id);
      const cls = classifyAlias(alias.name, remaining);
      cases.push({
        entryId: p.entry.id,
        list: p.entry.list,
        dprk: isDprk(p.entry),
        kind: kindClass(alias),
        sim: cls.sim,
        query,
        listed: cls.closest ?? p.entry.name,
        found,
      });
    }
  }
  const byLKS = new Tally();
  const bySim = new Tally();
  const sv = new Tally();
  for (const c of cases) {
    byLKS.add(`${c.list} ${c.kind} ${c.sim}`, c.found);
    bySim.add(`${c.list} ${c.sim}`, c.found);
    bySim.add(`all ${c.sim}`, c.found);
    if (c.sim === "spelling-variant") sv.add(c.dprk ? "dprk" : "other", c.found);
    if (c.sim === "spelling-variant" || c.sim === "identical-after-folding")
      sv.add("variant+identical", c.found);
    if (c.sim === "spelling-variant") sv.add("variant", c.found);
  }
  const s = sv.rates();
  const none = { hits: 0, n: 0, rate: NaN, ci: [0, 1] as [number, number] };
  return {
    cases: cases.length,
    builds: plans.length,
    buildMs,
    byListKindSim: byLKS.rates(),
    bySim: bySim.rates(),
    spellingVariantRecall: s["variant"] ?? none,
    spellingOrIdenticalRecall: s["variant+identical"] ?? none,
    dprkSpellingVariantRecall: s["dprk"] ?? none,
    misses: cases
      .filter((c) => !c.found && c.sim === "spelling-variant")
      .slice(0, 15)
      .map((c) => `${c.entryId} "${c.query}" (kept: "${c.listed}")`),
  };
}
