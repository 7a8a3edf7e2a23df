// The Korean syllable inventory: every Hangul syllable is an initial, a vowel and an optional
// final jamo (Unicode composes them as U+AC00 + (initial * 21 + vowel) * 28 + final). Each jamo
// lists how McCune-Reischauer (MR, with breves and apostrophes already folded away), Revised
// Romanization (RR), Yale and common passport habits write it, and the class it belongs to.
// Jamo that the romanisations in use cannot keep apart share a class (MR "o" is both ㅓ and ㅗ,
// passports write ㅓ as "u"), so any spelling of a syllable maps to that syllable's class key.

export interface Jamo {
  /** Revised Romanization, used to spell Hangul input in Latin letters. */
  rr: string;
  /** Comparison class: jamo that romanisations confuse share one. */
  cls: string;
  /** Latin spellings in use, RR and MR first. */
  spellings: readonly string[];
}

const j = (rr: string, cls: string, ...more: string[]): Jamo => ({
  rr,
  cls,
  spellings: [...new Set([rr, ...more])],
});

// ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
export const INITIALS: readonly Jamo[] = [
  j("g", "K", "k"),
  j("kk", "K", "gg", "k", "g"),
  j("n", "N"),
  j("d", "T", "t"),
  j("tt", "T", "dd"),
  j("r", "R", "l", "rh"),
  j("m", "M"),
  j("b", "P", "p"),
  j("pp", "P", "bb"),
  j("s", "S", "sh"),
  j("ss", "S", "s", "sh"),
  j("", ""),
  j("j", "C", "ch"),
  j("jj", "C", "tch", "cch", "ch", "j"),
  j("ch", "C", "chh"),
  j("k", "K", "kh"),
  j("t", "T", "th"),
  j("p", "P", "ph"),
  j("h", "H"),
];

// ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
export const VOWELS: readonly Jamo[] = [
  j("a", "A"),
  j("ae", "E", "e", "ai", "ay"),
  j("ya", "YA"),
  j("yae", "YE", "ye"),
  j("eo", "U", "o", "u", "ou"),
  j("e", "E", "ae"),
  j("yeo", "YU", "yo", "yu", "you"),
  j("ye", "YE"),
  j("o", "U", "ou"),
  j("wa", "WA", "oa"),
  j("wae", "WE", "we"),
  j("oe", "WE", "oi", "oy", "we", "wae"),
  j("yo", "YU"),
  j("u", "U", "oo", "ou"),
  j("wo", "WU", "weo"),
  j("we", "WE"),
  j("wi", "WI", "wee"),
  j("yu", "YU", "yoo", "you"),
  j("eu", "U", "u"),
  j("ui", "I", "eui", "ee", "i"),
  j("i", "I", "ee"),
];

// (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
// Voiced final spellings (g, d, b, r) are left out: names do not use them, and they would let
// ordinary words ("jiadong" = ji+ad+ong) pass for Korean.
export const FINALS: readonly Jamo[] = [
  j("", ""),
  j("k", "K"),
  j("k", "K"),
  j("k", "K"),
  j("n", "N"),
  j("n", "N"),
  j("n", "N"),
  j("t", "T"),
  j("l", "L"),
  j("k", "K"),
  j("m", "M"),
  j("l", "L"),
  j("l", "L"),
  j("l", "L"),
  j("p", "P"),
  j("l", "L"),
  j("m", "M"),
  j("p", "P"),
  j("p", "P"),
  j("t", "T", "s"),
  j("t", "T", "s"),
  j("ng", "NG"),
  j("t", "T"),
  j("t", "T"),
  j("k", "K"),
  j("t", "T"),
  j("p", "P"),
  j("t", "T"),
];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** Jamo indexes of a precomposed syllable, or null for any other character. */
export function decompose(ch: string): [number, number, number] | null {
  if (!isHangulSyllable(ch)) return null;
  const s = (ch.codePointAt(0) ?? 0) - SYLLABLE_FIRST;
  return [Math.floor(s / 588), Math.floor((s % 588) / 28), s % 28];
}

/**
 * Class key of a syllable given its jamo classes. South Korea's initial-sound rule (두음법칙)
 * writes the DPRK's initial ㄹ as ㄴ, and ㄴ before i/y as silent (Ri → Lee/Yi, Ryong → Yong,
 * Ro → No), so the key applies it everywhere: both lists' spellings land on the same key.
 */
export function classKey(initial: string, vowel: string, final: string): string {
  let i = initial === "R" ? "N" : initial;
  if (i === "N" && (vowel === "I" || vowel.startsWith("Y"))) i = "";
  return `${i}${vowel.toLowerCase()}${final}`;
}

/** Class key of a Hangul syllable character; null for anything else. */
export function hangulKey(ch: string): string | null {
  const d = decompose(ch);
  if (!d) return null;
  const [i, v, f] = d;
  return classKey(INITIALS[i]?.cls ?? "", VOWELS[v]?.cls ?? "", FINALS[f]?.cls ?? "");
}

/** Revised Romanization of one Hangul syllable (input spelt in Hangul joins the Latin spellings). */
export function hangulRomanized(ch: string): string | null {
  const d = decompose(ch);
  if (!d) return null;
  const [i, v, f] = d;
  return `${INITIALS[i]?.rr ?? ""}${VOWELS[v]?.rr ?? ""}${FINALS[f]?.rr ?? ""}`;
}
