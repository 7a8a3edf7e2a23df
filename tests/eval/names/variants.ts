// Korean romanisation variants and typing slips, each query labelled with the entry it must find.
import { screen, type ScreeningIndex, type ScreeningSubject, type WatchlistEntry } from "@/lib/screening";
import { hangulReadings, isDprkPerson, koreanQueries } from "./korean-latin";
import { isDprk, screenable, subjectFor } from "./loo";
import { naturalName, typo, TYPO_KINDS } from "./typos";
import { shuffle, Tally, type Rate, type Rng } from "./util";

/** Times every screen call so the latency figure covers the real query mix. */
export class TimedScreen {
  readonly ms: number[] = [];
  constructor(readonly index: ScreeningIndex) {}
  run(subject: ScreeningSubject): ReturnType<typeof screen> {
    const t0 = performance.now();
    const r = screen(this.index, subject);
    this.ms.push(performance.now() - t0);
    return r;
  }
}

export interface KoreanReport {
  entries: number;
  readings: number;
  queries: number;
  latinRecall: Rate;
  /** Yale is a linguists' system almost never seen on documents, so it is also left out once. */
  latinNoYale: Rate;
  bySystem: Record<string, Rate>;
  byForm: Record<string, Rate>;
  misses: string[];
}

export function runKorean(entries: readonly WatchlistEntry[], ts: TimedScreen, seed: number): KoreanReport {
  const people = entries.filter(isDprkPerson);
  const bySystem = new Tally();
  const byForm = new Tally();
  const latin = new Tally();
  const misses: string[] = [];
  const missed = new Set<string>();
  let readings = 0,
    queries = 0,
    used = 0;
  for (const e of people) {
    const rs = hangulReadings(e, e.name);
    if (rs.length === 0) continue;
    used++;
    readings += rs.length;
    for (const [i, k] of rs.entries()) {
      for (const q of koreanQueries(k, seed + i * 7919 + used)) {
        queries++;
        const ok = ts.run({ names: [q.query] }).some((m) => m.entryId === q.entryId);
        bySystem.add(q.system, ok);
        byForm.add(q.system === "hangul" ? "hangul" : q.form, ok);
        if (q.system !== "hangul") latin.add("latin", ok);
        if (q.system !== "hangul" && q.system !== "yale") latin.add("no-yale", ok);
        // One sample miss per entry and system, so the list shows many names, not one.
        if (
          !ok &&
          q.system !== "hangul" &&
          misses.length < 25 &&
          !missed.has(e.id + q.system) &&
          missed.add(e.id + q.system)
        )
          misses.push(`${q.system} "${q.query}" -> ${e.id} "${e.name}" (${k.family}${k.given})`);
      }
    }
  }
  const none: Rate = { hits: 0, n: 0, rate: NaN, ci: [0, 1] };
  return {
    entries: used,
    readings,
    queries,
    latinRecall: latin.rates()["latin"] ?? none,
    latinNoYale: latin.rates()["no-yale"] ?? none,
    bySystem: bySystem.rates(),
    byForm: byForm.rates(),
    misses,
  };
}

export interface TypoReport {
  names: number;
  queries: number;
  baseline: Rate;
  recall: Rate;
  byKind: Record<string, Rate>;
  byTypeKind: Record<string, Rate>;
  misses: string[];
}

/** Spreads the sample over programmes (a rough proxy for origin) and over both lists. */
function sampleNames(entries: readonly WatchlistEntry[], rng: Rng, n: number): WatchlistEntry[] {
  const groups = new Map<string, WatchlistEntry[]>();
  for (const e of shuffle(rng, entries.filter(screenable))) {
    const g = `${e.list}:${e.programs[0] ?? "none"}:${e.type}`;
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  const lists = shuffle(rng, [...groups.values()]);
  const out: WatchlistEntry[] = [];
  for (let round = 0; out.length < n && round < 1000; round++) {
    for (const l of lists) if (out.length < n && l[round]) out.push(l[round] as WatchlistEntry);
  }
  return out;
}

export function runTypos(entries: readonly WatchlistEntry[], ts: TimedScreen, rng: Rng, n = 800): TypoReport {
  const sample = sampleNames(entries, rng, n);
  const base = new Tally();
  const all = new Tally();
  const byKind = new Tally();
  const byTypeKind = new Tally();
  const misses: string[] = [];
  let queries = 0;
  for (const e of sample) {
    const name = naturalName(e);
    base.add(
      "base",
      ts.run(subjectFor(e, name)).some((m) => m.entryId === e.id),
    );
    for (const kind of TYPO_KINDS) {
      const q = typo(name, kind, rng);
      if (!q) continue;
      queries++;
      const ok = ts.run(subjectFor(e, q)).some((m) => m.entryId === e.id);
      all.add("all", ok);
      byKind.add(kind, ok);
      byTypeKind.add(`${e.type} ${kind}`, ok);
      if (isDprk(e)) byTypeKind.add(`dprk ${kind}`, ok);
      if (!ok && misses.length < 25) misses.push(`${kind} "${q}" -> ${e.id} "${e.name}"`);
    }
  }
  const none: Rate = { hits: 0, n: 0, rate: NaN, ci: [0, 1] };
  return {
    names: sample.length,
    queries,
    baseline: base.rates()["base"] ?? none,
    recall: all.rates()["all"] ?? none,
    byKind: byKind.rates(),
    byTypeKind: byTypeKind.rates(),
    misses,
  };
}
