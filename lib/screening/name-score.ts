import { jaroWinkler } from "./jaro-winkler";
import { tokenOf, type NameToken } from "./normalize";

/**
 * Tokens below this similarity count as different words. Without a floor, Korean syllables
 * (kim/kum, sang/song) would lend each other partial credit and short names would all look alike.
 */
export const TOKEN_SIMILARITY_FLOOR = 0.88;

/** Tokens shorter than this only match by typo through the short-token rule (see tokenSetScore). */
export const FUZZY_MIN_LENGTH = 4;

/**
 * Two spellings of the same Korean syllable class ("Gim" for a listed "Kim"): strong evidence,
 * but below an exact spelling, because different syllables (종/정, 은/온) share a class.
 */
export const FOLDED_SIMILARITY = 0.95;

/** A short token one edit away ("Mun" for "Mon"), counted only when the rest of the name matches. */
export const SHORT_EDIT_SIMILARITY = 0.8;

/** Pairs at or above this count as the strong matches that let another token carry an edit. */
const STRONG = 0.95;

/** A token's weight in a name: how much it identifies (index frequencies), 1 when unknown. */
export type Weigh = (t: NameToken) => number;
const UNIFORM: Weigh = () => 1;

/** Distinct bigrams of the token padded with ^ and $, so first and last letters weigh in. */
export function bigrams(token: string): Set<string> {
  const padded = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
  return out;
}

/**
 * Typo similarity of two spellings: Jaro-Winkler when it clears the floor, the lengths are close
 * AND the spellings share at least half of the larger bigram set. The bigram condition is what
 * the index uses to find fuzzy neighbours, so blocking never misses a pair this function scores.
 */
export function spellingSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < FUZZY_MIN_LENGTH || b.length < FUZZY_MIN_LENGTH) return 0;
  // Jaro-Winkler rewards shared prefixes: without this "yong" would match "yongxin".
  if (Math.abs(a.length - b.length) > Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))) return 0;
  const s = jaroWinkler(a, b);
  if (s < TOKEN_SIMILARITY_FLOOR) return 0;
  // Jaro-Winkler's prefix bonus also passes other names sharing a stem (Castro/Castillo,
  // Sancho/Sanchez): a typo changes a letter or two, in proportion to the word's length.
  if (editDistance(a, b) > Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared >= Math.ceil(Math.max(ga.size, gb.size) / 2) ? s : 0;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
}

const asToken = (t: NameToken | string): NameToken => (typeof t === "string" ? tokenOf(t) : t);
const isSyllable = (t: NameToken) => t.korean && !t.key.includes("·");

/**
 * Similarity of two tokens: 1 for the same spelling, FOLDED_SIMILARITY for two spellings of one
 * Korean syllable class, else the typo similarity of the spellings as written (a typo is made
 * on the raw spelling, and a misspelt syllable may no longer be a syllable at all).
 */
export function tokenSimilarity(a: NameToken | string, b: NameToken | string): number {
  const x = asToken(a);
  const y = asToken(b);
  // Both written in Hangul or Han: the characters themselves say whether it is the same syllable.
  if (x.orig !== undefined && y.orig !== undefined) return x.orig === y.orig ? 1 : 0;
  if (x.text === y.text) return 1;
  if (x.korean && y.korean) {
    if (x.key === y.key) return FOLDED_SIMILARITY;
    // Romanisation variants are already folded together, so two different Korean syllables
    // (choe/chol, hyok/hyon) are different names, not typos of each other.
    if (isSyllable(x) && isSyllable(y)) return 0;
  }
  return spellingSimilarity(x.text, y.text);
}

/** True when the spellings are one insertion, deletion, substitution or transposition apart. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Initials stand for a name: "V. Putin" for "Vladimir Putin". */
export const INITIAL_SIMILARITY = 0.85;

/**
 * Similarity a token pair gets only beside strong matches: one edit (any length; under four
 * letters only with two strong matches), or an initial against a name starting with it.
 */
function weakSimilarity(x: NameToken, y: NameToken, strongPairs: number): number {
  if (x.orig !== undefined && y.orig !== undefined) return 0;
  const short = Math.min(x.text.length, y.text.length);
  if (short === 1) {
    const [initial, full] = x.text.length === 1 ? [x.text, y.text] : [y.text, x.text];
    return full.length > 1 && full.startsWith(initial) ? INITIAL_SIMILARITY : 0;
  }
  if (isSyllable(x) && isSyllable(y)) return 0;
  if (short < FUZZY_MIN_LENGTH && strongPairs < 2) return 0;
  return oneEdit(x.text, y.text) ? SHORT_EDIT_SIMILARITY : 0;
}

const PARTICLES = new Set(["bin", "ibn", "ben", "bint", "binti", "ould", "walad"]);

/**
 * People routinely leave out a middle name or patronymic ("Artem Lifshits" for "LIFSHITS, Artem
 * Mikhaylovich"). The omission costs in proportion to what the left-out name carries, and more
 * when the names that do match are common ones: "Ahmed Nasser" leaving out "Muthana" says less
 * than "Artem Lifshits" leaving out "Mikhaylovich". Korean syllables and initials are never
 * omittable: "Kim Jong" is not "Kim Jong Un".
 */
export const OMISSION_COST = 0.2;
export const COMMON_OMISSION_COST = 0.6;
/** Matched weight (in units of a rare name) from which matched names count as distinctive. */
export const OMISSION_EVIDENCE = 2;
/** "Salman bin Mohammed" is not "Mohammed bin Salman": a patronymic on the wrong side. */
export const PARTICLE_ORDER_FACTOR = 0.85;

interface Side {
  tokens: NameToken[];
  weights: number[];
}

/**
 * Joins adjacent tokens on either side when the two spell the same word written together or apart
 * ("Price Waterhouse" and "Pricewaterhouse", "Ho Nam" and "Honam", and "Myat Un" against "Mya Tun"
 * when both are one joined word split differently), provided some of the joined tokens has no
 * strong match on its own. Exact spelling or Korean key only: the index finds joined words by those.
 */
function mergeRuns(a: Side, b: Side): [Side, Side] {
  let x = a;
  let y = b;
  for (let guard = 0; guard < 4; guard++) {
    const found = findRunPair(x, y);
    if (!found) break;
    x = collapse(x, found.i, found.si);
    y = collapse(y, found.j, found.sj);
  }
  return [x, y];
}

interface Run {
  i: number;
  span: number;
  t: NameToken;
}

/** Every run of 1..3 adjacent tokens, written together. */
function runsOf(tokens: readonly NameToken[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let span = 1; span <= 3 && i + span <= tokens.length; span++) {
      const t = span === 1 ? tokens[i] : concatTokens(tokens.slice(i, i + span));
      if (t) out.push({ i, span, t });
    }
  }
  return out;
}

/** Lookup keys of a (joined) word; sameWord makes the final decision (characters before spelling). */
function wordKeys(t: NameToken): string[] {
  const keys = [`t:${t.text}`];
  if (t.korean) keys.push(`k:${t.key}`);
  if (t.orig !== undefined) keys.push(`o:${t.orig}`);
  return keys;
}

function findRunPair(x: Side, y: Side): { i: number; si: number; j: number; sj: number } | null {
  const X = x.tokens;
  const Y = y.tokens;
  if (X.length + Y.length < 3) return null;
  // A merge needs a token without a strong match; a token with an exact counterpart has one.
  const keysX = new Set(X.flatMap(wordKeys));
  const keysY = new Set(Y.flatMap(wordKeys));
  if (
    X.every((t) => wordKeys(t).some((k) => keysY.has(k))) &&
    Y.every((t) => wordKeys(t).some((k) => keysX.has(k)))
  )
    return null;
  const byKey = new Map<string, Run[]>();
  for (const r of runsOf(Y)) {
    for (const k of wordKeys(r.t)) {
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
  }
  const loose = (t: NameToken, other: readonly NameToken[]) =>
    !other.some((u) => tokenSimilarity(t, u) >= STRONG);
  for (const rx of runsOf(X)) {
    for (const k of wordKeys(rx.t)) {
      for (const ry of byKey.get(k) ?? []) {
        if ((rx.span === 1 && ry.span === 1) || !sameWord(rx.t, ry.t)) continue;
        if (
          X.slice(rx.i, rx.i + rx.span).some((t) => loose(t, Y)) ||
          Y.slice(ry.i, ry.i + ry.span).some((t) => loose(t, X))
        ) {
          return { i: rx.i, si: rx.span, j: ry.i, sj: ry.span };
        }
      }
    }
  }
  return null;
}

function sameWord(x: NameToken, y: NameToken): boolean {
  if (x.orig !== undefined && y.orig !== undefined) return x.orig === y.orig;
  return x.text === y.text || (x.korean && y.korean && x.key === y.key);
}

function collapse(side: Side, i: number, span: number): Side {
  if (span === 1) return side;
  const merged = concatTokens(side.tokens.slice(i, i + span));
  return {
    tokens: [...side.tokens.slice(0, i), merged, ...side.tokens.slice(i + span)],
    weights: [
      ...side.weights.slice(0, i),
      Math.max(...side.weights.slice(i, i + span)),
      ...side.weights.slice(i + span),
    ],
  };
}

/** One token spelt as the given tokens written together; Korean words keep their class keys. */
export function concatTokens(parts: readonly NameToken[]): NameToken {
  const text = parts.map((p) => p.text).join("");
  const token: NameToken = parts.every((p) => p.korean)
    ? { text, key: parts.map((p) => p.key).join("·"), korean: true }
    : { text, key: text, korean: false };
  // Words written in Hangul or Han keep their characters, so a joined word is compared by them too.
  if (parts.every((p) => p.orig !== undefined)) token.orig = parts.map((p) => p.orig).join("");
  return token;
}

/**
 * Token-set name similarity in [0, 1], independent of token order (except around "bin").
 * Tokens are paired one-to-one, best pairs first (greedy is optimal enough for names of a few
 * tokens), and the score is a weighted Dice 2·Σ sim·w / (Σw_a + Σw_b): every unmatched token on
 * either side costs its weight, so "Kim" does not match "Kim Jong Un" and a common word costs
 * less than a rare one. `weigh` gives token weights (the index's frequencies); uniform by default.
 */
export function tokenSetScore(
  a: readonly (NameToken | string)[],
  b: readonly (NameToken | string)[],
  weigh: Weigh = UNIFORM,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ta = a.map(asToken);
  const tb = b.map(asToken);
  let sa: Side = { tokens: ta, weights: ta.map(weigh) };
  let sb: Side = { tokens: tb, weights: tb.map(weigh) };
  [sa, sb] = mergeRuns(sa, sb);
  const A = sa.tokens;
  const B = sb.tokens;

  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < B.length; j++) {
      const s = tokenSimilarity(A[i] ?? "", B[j] ?? "");
      if (s > 0) pairs.push({ i, j, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s);
  const pairOfA = new Map<number, { j: number; s: number }>();
  const usedB = new Set<number>();
  for (const p of pairs) {
    if (pairOfA.has(p.i) || usedB.has(p.j)) continue;
    pairOfA.set(p.i, { j: p.j, s: p.s });
    usedB.add(p.j);
  }
  // One more token may carry an edit (or be an initial) when the rest of the name matches strongly.
  const strongPairs = [...pairOfA.values()].filter((p) => p.s >= STRONG).length;
  if (strongPairs >= 1) {
    let weak: { i: number; j: number; s: number } | null = null;
    for (let i = 0; i < A.length; i++) {
      if (pairOfA.has(i)) continue;
      for (let j = 0; j < B.length; j++) {
        const x = A[i];
        const y = B[j];
        if (usedB.has(j) || !x || !y) continue;
        const s = weakSimilarity(x, y, strongPairs);
        if (s > (weak?.s ?? 0)) weak = { i, j, s };
      }
    }
    if (weak) {
      pairOfA.set(weak.i, { j: weak.j, s: weak.s });
      usedB.add(weak.j);
    }
  }

  const wa = sa.weights;
  const wb = sb.weights;
  const sum = (w: readonly number[]) => w.reduce((s, x) => s + x, 0);
  const totalA = sum(wa);
  const totalB = sum(wb);
  let matched = 0;
  let pairWeight = 0;
  for (const [i, p] of pairOfA) {
    const w = (wa[i] ?? 0) + (wb[p.j] ?? 0);
    matched += p.s * w;
    pairWeight += w;
  }
  let score = matched / (totalA + totalB);

  // One omitted name on either side.
  const unmatchedA = A.map((_, i) => i).filter((i) => !pairOfA.has(i));
  const unmatchedB = B.map((_, j) => j).filter((j) => !usedB.has(j));
  if (pairOfA.size >= 2 && unmatchedA.length + unmatchedB.length === 1) {
    const [omitted, weights, total] =
      unmatchedA.length === 1 ? [A[unmatchedA[0] ?? 0], wa, totalA] : [B[unmatchedB[0] ?? 0], wb, totalB];
    const k = unmatchedA[0] ?? unmatchedB[0] ?? 0;
    if (omitted && omittable(omitted)) {
      const omittedWeight = weights[k] ?? 0;
      const evidence = (total - omittedWeight) / OMISSION_EVIDENCE;
      const commonness = Math.min(1, Math.max(0, 1 - evidence));
      const cost = (OMISSION_COST + COMMON_OMISSION_COST * commonness) * (omittedWeight / total);
      score = Math.max(score, (matched / pairWeight) * (1 - cost));
    }
  }

  if (particleOrderBroken(A, B, pairOfA)) score *= PARTICLE_ORDER_FACTOR;
  // Sums of the same weights in another order must not leave an exact match at 0.9999999.
  return Math.round(score * 1e9) / 1e9;
}

function omittable(t: NameToken): boolean {
  return !t.korean && !PARTICLES.has(t.text);
}

/**
 * "X bin Y": X is the person, Y the father. Only the names right next to the particle are
 * checked, so "AYARI, Chiheb Ben Mohamed" still equals "Chiheb Ben Mohamed Ayari"; the order is
 * broken when the name before the particle on one side pairs with the name after it on the other.
 */
function particleOrderBroken(
  A: readonly NameToken[],
  B: readonly NameToken[],
  pairOfA: ReadonlyMap<number, { j: number }>,
): boolean {
  // A particle at either end is a given name ("Bin Xu"), not a patronymic link.
  const middle = (T: readonly NameToken[]) =>
    T.findIndex((t, k) => k > 0 && k < T.length - 1 && PARTICLES.has(t.text));
  const pa = middle(A);
  const pb = middle(B);
  if (pa < 0 || pb < 0) return false;
  const before = pairOfA.get(pa - 1)?.j;
  const after = pairOfA.get(pa + 1)?.j;
  return (before !== undefined && before === pb + 1) || (after !== undefined && after === pb - 1);
}
