// Korean names reach us in McCune-Reischauer (DPRK and most sanctions lists, breves and
// apostrophes dropped), Revised Romanization (ROK since 2000), Yale and passport spellings
// (oo for u, ee for i, h-endings, doubled consonants). The spellings are generated from the
// syllable inventory in hangul.ts rather than listed by hand, so every syllable a name can
// contain is covered. A spelling maps to its syllable's class key; two spellings with the same
// key are the same syllable as far as romanisation can tell.
import { classKey, FINALS, INITIALS, VOWELS } from "./hangul";

interface Spelling {
  key: string;
  cost: number;
}

/** Spelling → class key. Cost 0 for RR/MR spellings, 1 for passport habits (used to break ties when parsing). */
const INVENTORY = new Map<string, Spelling>();

/** `limit`: how many leading spellings of each jamo are standard (cost 0); the rest are passport habits. */
function classSpellings(
  jamo: readonly { cls: string; spellings: readonly string[] }[],
  limit = 2,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const m of jamo) {
    const forms = out.get(m.cls) ?? new Map<string, number>();
    m.spellings.forEach((s, k) => forms.set(s, Math.min(forms.get(s) ?? 9, k < limit ? 0 : 1)));
    out.set(m.cls, forms);
  }
  return out;
}

function put(spelling: string, key: string, cost: number): void {
  const current = INVENTORY.get(spelling);
  if (!current || cost < current.cost) INVENTORY.set(spelling, { key, cost });
}

const Y_LIKE = /^(?:i|y|wi)/;
{
  const initials = classSpellings(INITIALS);
  const vowels = classSpellings(VOWELS);
  // A final written "s" (ㅅ) is rare: "Hwasong" is hwa+song, not hwas+ong.
  const finals = classSpellings(FINALS, 1);
  for (const [ic, iForms] of initials) {
    for (const [vc, vForms] of vowels) {
      for (const [fc, fForms] of finals) {
        const key = classKey(ic, vc, fc);
        for (const [is, icost] of iForms) {
          for (const [vs, vcost] of vForms) {
            // "sh" is how English speakers hear ㅅ before i/y only: Shin, Shik, but never "sha".
            if (is === "sh" && !Y_LIKE.test(vs)) continue;
            // A consonant-less syllable starting with a consonant letter would be another syllable.
            if (is === "" && !/^[aeiouwy]/.test(vs)) continue;
            for (const [fs, fcost] of fForms) {
              const base = icost + vcost + fcost;
              put(is + vs + fs, key, base);
              // Passports add a silent h after the vowel: Oh, Roh, Ahn, Sohn, Bahk.
              if (!fs.startsWith("h")) put(`${is}${vs}h${fs}`, key, base + 1);
            }
          }
        }
      }
    }
  }
  // Spellings no rule produces but passports and the lists use.
  const irregular: [string, string][] = [
    ["park", "PaK"],
    ["parc", "PaK"],
    ["woo", "u"],
    ["wu", "u"],
    ["yi", "i"],
    ["rhie", "i"],
    ["rie", "i"],
    ["yee", "i"],
  ];
  for (const [s, key] of irregular) put(s, key, 1);
}

const MAX_SPELLING = Math.max(...[...INVENTORY.keys()].map((s) => s.length));

/** Class key of one romanised syllable, or null when no Korean syllable is spelt that way. */
export function syllableKey(token: string): string | null {
  return INVENTORY.get(token)?.key ?? null;
}

export function isKoreanSyllable(token: string): boolean {
  return INVENTORY.has(token);
}

const RENDER_INITIAL: Record<string, string> = {
  K: "k",
  N: "n",
  T: "t",
  M: "m",
  P: "p",
  S: "s",
  C: "j",
  H: "h",
  "": "",
};
const RENDER_VOWEL: Record<string, string> = {
  a: "a",
  e: "ae",
  ya: "ya",
  ye: "ye",
  u: "o",
  yu: "yo",
  wa: "wa",
  we: "oe",
  wu: "wo",
  wi: "wi",
  i: "i",
};
const RENDER_FINAL: Record<string, string> = {
  "": "",
  K: "k",
  N: "n",
  T: "t",
  L: "l",
  M: "m",
  P: "p",
  NG: "ng",
};

/** One spelling per class key (MR-like, j for ㅈ): what canonicalName shows. */
export function renderKey(key: string): string {
  const m = /^([A-Z]?)([a-z]+)([A-Z]*)$/.exec(key);
  if (!m) return key;
  return `${RENDER_INITIAL[m[1] ?? ""] ?? ""}${RENDER_VOWEL[m[2] ?? ""] ?? m[2]}${RENDER_FINAL[m[3] ?? ""] ?? ""}`;
}

/** Canonical spelling of a romanised Korean syllable, or the input unchanged when it is not one. */
export function canonicalSyllable(token: string): string {
  const key = syllableKey(token);
  return key === null ? token : renderKey(key);
}

// Syllables of one letter ("i", "o", "u") are excluded from splitting: almost any word would split.
const MIN_PART = 2;
const MAX_PARTS = 3;
const parseCache = new Map<string, string[] | null>();
const NOT_KOREAN = /[^abcdeghijklmnoprstuwy]/;

/**
 * Best split of a token into romanised syllables: fewest syllables, then fewest passport-only
 * spellings, then longest first syllable (which resolves `jongun` as jong+un rather than
 * jon+gun, matching how such names are hyphenated). Null when the token is not such a spelling.
 */
export function parseSyllables(token: string): string[] | null {
  // Letters no romanisation of Korean uses, or more than three syllables' worth: not Korean.
  if (token.length > 3 * MAX_SPELLING || NOT_KOREAN.test(token)) return null;
  if (parseCache.has(token)) return parseCache.get(token) ?? null;
  const n = token.length;
  // best[i]: best parse of token.slice(i) as [parts, cost]
  const best: ([string[], number] | null)[] = new Array<[string[], number] | null>(n + 1).fill(null);
  best[n] = [[], 0];
  for (let i = n - 1; i >= 0; i--) {
    let chosen: [string[], number] | null = null;
    for (let len = Math.min(MAX_SPELLING, n - i); len >= 1; len--) {
      const head = token.slice(i, i + len);
      const sp = INVENTORY.get(head);
      const tail = best[i + len];
      if (!sp || !tail) continue;
      if (len < MIN_PART && !(i === 0 && len === n)) continue;
      const cand: [string[], number] = [[head, ...tail[0]], sp.cost + tail[1]];
      if (
        !chosen ||
        cand[0].length < chosen[0].length ||
        (cand[0].length === chosen[0].length && cand[1] < chosen[1])
      )
        chosen = cand;
    }
    best[i] = chosen && chosen[0].length <= MAX_PARTS ? chosen : null;
  }
  const parts = best[0]?.[0] ?? null;
  if (parseCache.size > 50_000) parseCache.clear();
  parseCache.set(token, parts);
  return parts;
}

/**
 * Splits a joined given name ("jongun", "sangman", "jeongeun") into romanised syllables when the
 * whole token is such a concatenation; otherwise returns null (also for a single syllable).
 */
export function splitJoinedSyllables(token: string): string[] | null {
  if (token.length < 2 * MIN_PART || INVENTORY.has(token)) return null;
  const parts = parseSyllables(token);
  return parts && parts.length > 1 ? parts : null;
}

/** Class key of a whole word made of 1-3 romanised syllables ("chinyong" = "jinyong"), or null. */
export function wordKey(token: string): string | null {
  const parts = parseSyllables(token);
  if (!parts) return null;
  return parts.map((p) => INVENTORY.get(p)?.key ?? "").join("·");
}

// Family names that make a name plausibly Korean, in Hangul; their keys cover every spelling.
const SURNAMES_HANGUL =
  "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상시갈단견당화창옹순빙종풍려리룡로라량";

export const KOREAN_SURNAME_KEYS: ReadonlySet<string> = new Set(
  [...SURNAMES_HANGUL].map((ch) => {
    const c = (ch.codePointAt(0) ?? 0) - 0xac00;
    const [i, v, f] = [Math.floor(c / 588), Math.floor((c % 588) / 28), c % 28];
    return classKey(INITIALS[i]?.cls ?? "", VOWELS[v]?.cls ?? "", FINALS[f]?.cls ?? "");
  }),
);
