// Small shared helpers: a seeded PRNG, the harness's own text folding (deliberately independent
// of the product's normaliser), edit similarity, intervals and percentiles.

/** mulberry32: tiny, fast and good enough for sampling test cases reproducibly. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(rng() * xs.length)];
  if (x === undefined) throw new Error("pick from empty list");
  return x;
}

export function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Lower-case, strip diacritics and apostrophes, turn every other non-letter/digit into a space. */
export function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`ʼ‘]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokens(s: string): string[] {
  const f = fold(s);
  return f ? f.split(" ") : [];
}

/** Order-insensitive key used to tell whether a generated name is literally on a list. */
export function nameKey(s: string): string {
  return tokens(s).sort().join(" ");
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[n] ?? 0;
}

export function editSim(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - levenshtein(a, b) / len;
}

export function isLatin(s: string): boolean {
  return !/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{S}]/u.test(s);
}

/** Wilson score interval at 95%. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export interface Rate {
  hits: number;
  n: number;
  rate: number;
  ci: [number, number];
}

export function rate(hits: number, n: number): Rate {
  return { hits, n, rate: n === 0 ? NaN : hits / n, ci: wilson(hits, n) };
}

/** Tallies pass/fail per label. */
export class Tally {
  readonly by = new Map<string, { hits: number; n: number }>();
  add(label: string, ok: boolean): void {
    const t = this.by.get(label) ?? { hits: 0, n: 0 };
    t.n++;
    if (ok) t.hits++;
    this.by.set(label, t);
  }
  rates(): Record<string, Rate> {
    const out: Record<string, Rate> = {};
    for (const [k, v] of [...this.by].sort((a, b) => a[0].localeCompare(b[0]))) out[k] = rate(v.hits, v.n);
    return out;
  }
}
