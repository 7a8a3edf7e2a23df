import { jaroWinkler } from "./jaro-winkler";
import { isKoreanSyllable } from "./korean";

/**
 * Tokens below this similarity count as different words. Without a floor, Korean syllables
 * (kim/kum, sang/song) would lend each other partial credit and short names would all look alike.
 */
export const TOKEN_SIMILARITY_FLOOR = 0.88;

/** Tokens shorter than this only match exactly: on 3 letters Jaro-Winkler cannot tell a typo from another syllable. */
export const FUZZY_MIN_LENGTH = 4;

/** Distinct bigrams of the token padded with ^ and $, so first and last letters weigh in. */
export function bigrams(token: string): Set<string> {
  const padded = `^${token}$`;
  const out = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) out.add(padded.slice(i, i + 2));
  return out;
}

/**
 * Similarity of two canonical tokens: 1 when equal, otherwise Jaro-Winkler when it clears the
 * floor, the lengths are close AND the tokens share at least half of the larger bigram set. The bigram condition is
 * what the index uses to find fuzzy neighbours, so blocking never misses a pair this function
 * would score: the pruning bound in NamePool.query stays exact.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < FUZZY_MIN_LENGTH || b.length < FUZZY_MIN_LENGTH) return 0;
  // Romanisation variants are already folded together, so two different Korean syllables
  // (choe/chol, hyok/hyon) are different names, not typos of each other.
  if (isKoreanSyllable(a) && isKoreanSyllable(b)) return 0;
  // Jaro-Winkler rewards shared prefixes: without this "yong" would match "yongxin".
  if (Math.abs(a.length - b.length) > Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))) return 0;
  const s = jaroWinkler(a, b);
  if (s < TOKEN_SIMILARITY_FLOOR) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared >= Math.ceil(Math.max(ga.size, gb.size) / 2) ? s : 0;
}

/**
 * Token-set name similarity in [0, 1], independent of token order.
 * Tokens are paired one-to-one, best pairs first (greedy is optimal enough for names of a few
 * tokens), and the score is the Dice-style 2·Σsim / (|a| + |b|): every unmatched token on
 * either side costs the same, so "Kim" does not match "Kim Jong Un" and an added middle name
 * costs as much as a missing one.
 */
export function tokenSetScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = tokenSimilarity(a[i] ?? "", b[j] ?? "");
      if (s > 0) pairs.push({ i, j, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let total = 0;
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    total += p.s;
  }
  const dice = (2 * total) / (a.length + b.length);
  const [short, long, usedLong] = a.length <= b.length ? [a, b, usedB] : [b, a, usedA];
  if (long.length - short.length !== 1 || short.length < 2 || usedLong.size !== short.length) return dice;
  const extra = long.find((_, k) => !usedLong.has(k)) ?? "";
  return omittableToken(extra) ? Math.max(dice, OMITTED_MIDDLE_NAME_CAP * (total / short.length)) : dice;
}

/**
 * People routinely leave out a middle name or patronymic ("Artem Lifshits" for
 * "LIFSHITS, Artem Mikhaylovich"). One such omission caps the score at 0.9 instead of the 0.8
 * Dice would give. Korean syllables and initials are excluded: "Kim Jong" is not "Kim Jong Un".
 */
export const OMITTED_MIDDLE_NAME_CAP = 0.9;

function omittableToken(token: string): boolean {
  return token.length >= 4 && !isKoreanSyllable(token);
}

/** Highest score a name with `hits` matchable tokens could reach; used to skip hopeless candidates. */
export function tokenSetUpperBound(hits: number, queryLength: number, nameLength: number): number {
  const matched = Math.min(hits, queryLength, nameLength);
  const dice = (2 * matched) / (queryLength + nameLength);
  const oneOmitted = Math.abs(queryLength - nameLength) === 1 && matched === Math.min(queryLength, nameLength) && matched >= 2;
  return oneOmitted ? Math.max(dice, OMITTED_MIDDLE_NAME_CAP) : dice;
}
