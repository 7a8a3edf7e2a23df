// Jamo-level Hangul romaniser written for this harness. Syllables are decomposed with the
// Unicode algorithm (U+AC00 + (initial*21 + medial)*28 + final) and each jamo is spelled in
// the chosen system, so every variant is derived from the Hangul, not from a Latin spelling.
import { pick, type Rng } from "./util";

export interface Syllable {
  l: number;
  v: number;
  t: number;
}

export function decompose(s: string): Syllable[] {
  const out: Syllable[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0xac00 || c > 0xd7a3) continue;
    const i = c - 0xac00;
    out.push({ l: Math.floor(i / 588), v: Math.floor((i % 588) / 28), t: i % 28 });
  }
  return out;
}

export function compose(l: number, v: number, t = 0): string {
  return String.fromCodePoint(0xac00 + (l * 21 + v) * 28 + t);
}

// Initial order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const L_RR = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "jj",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
const L_MR = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "r",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "ch",
  "tch",
  "ch'",
  "k'",
  "t'",
  "p'",
  "h",
];
const L_MR_VOICED = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "tch",
  "ch'",
  "k'",
  "t'",
  "p'",
  "h",
];
const L_YALE = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "l",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "c",
  "cc",
  "ch",
  "kh",
  "th",
  "ph",
  "h",
];
// The North's own system spells ㅈ as j word-initially and aspirates without apostrophes.
const L_DPRK = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "r",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "jj",
  "ch",
  "kh",
  "th",
  "ph",
  "h",
];

// Medial order: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
const V_RR = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
const V_MR = [
  "a",
  "ae",
  "ya",
  "yae",
  "ŏ",
  "e",
  "yŏ",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wŏ",
  "we",
  "wi",
  "yu",
  "ŭ",
  "ŭi",
  "i",
];
const V_YALE = [
  "a",
  "ay",
  "ya",
  "yay",
  "e",
  "ey",
  "ye",
  "yey",
  "o",
  "wa",
  "way",
  "oy",
  "yo",
  "wu",
  "we",
  "wey",
  "wi",
  "yu",
  "u",
  "uy",
  "i",
];

// Final order: - ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
const T_RR = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];
const T_YALE = [
  "",
  "k",
  "kk",
  "ks",
  "n",
  "nc",
  "nh",
  "t",
  "l",
  "lk",
  "lm",
  "lp",
  "ls",
  "lth",
  "lph",
  "lh",
  "m",
  "p",
  "ps",
  "s",
  "ss",
  "ng",
  "c",
  "ch",
  "kh",
  "th",
  "ph",
  "h",
];

export type System = "mr" | "mr-ascii" | "mr-eo" | "mr-apos" | "rr" | "yale" | "dprk";
export const SYSTEMS: readonly System[] = ["mr", "mr-ascii", "mr-eo", "mr-apos", "rr", "yale", "dprk"];

const at = (xs: readonly string[], i: number): string => xs[i] ?? "";

/** A final that leaves the next plain stop voiced under McCune–Reischauer (vowel, n, l, m, ng). */
const voicingFinal = (t: number): boolean => t === 0 || t === 4 || t === 8 || t === 16 || t === 21;

/** MR with its breves, then ASCII renderings that drop them, spell them eo/eu, or write o'/u'. */
function mrVowel(v: number, sys: System): string {
  const base = at(V_MR, v);
  if (sys === "mr") return base;
  if (sys === "mr-eo") return base.replace("ŏ", "eo").replace("ŭ", "eu");
  if (sys === "mr-apos") return base.replace("ŏ", "o'").replace("ŭ", "u'");
  return base.replace("ŏ", "o").replace("ŭ", "u");
}

/**
 * Romanise one name part (a surname or a given name) syllable by syllable. Voicing inside a
 * part follows MR (Chŏng-gil); RR, Yale and the DPRK system spell each jamo the same everywhere.
 */
export function romanisePart(hangul: string, sys: System): string[] {
  const sy = decompose(hangul);
  const out: string[] = [];
  let prevT = -1;
  for (const s of sy) {
    let piece: string;
    if (sys === "rr") piece = at(L_RR, s.l) + at(V_RR, s.v) + at(T_RR, s.t);
    else if (sys === "yale") piece = at(L_YALE, s.l) + at(V_YALE, s.v) + at(T_YALE, s.t);
    else if (sys === "dprk") piece = at(L_DPRK, s.l) + mrVowel(s.v, "mr-ascii") + at(T_RR, s.t);
    else {
      const ini = prevT >= 0 && voicingFinal(prevT) ? at(L_MR_VOICED, s.l) : at(L_MR, s.l);
      const asp = sys === "mr" || sys === "mr-apos" ? ini : ini.replace("'", "");
      piece = asp + mrVowel(s.v, sys) + at(T_RR, s.t);
    }
    // ㅅ before i/wi/y-glides is "sh" under MR.
    if (
      (sys === "mr" || sys === "mr-ascii" || sys === "mr-eo" || sys === "mr-apos") &&
      s.l === 9 &&
      (s.v === 20 || s.v === 16)
    )
      piece = "sh" + piece.slice(1);
    out.push(piece);
    prevT = s.t;
  }
  return out;
}

// Passport spellings are built jamo by jamo from the options people actually use.
const L_PASS: readonly (readonly string[])[] = [
  ["k", "g"],
  ["kk", "gg"],
  ["n"],
  ["d", "t"],
  ["tt", "dd"],
  ["r", "l"],
  ["m"],
  ["b", "p"],
  ["pp", "bb"],
  ["s"],
  ["ss"],
  [""],
  ["j", "ch"],
  ["jj", "tch"],
  ["ch"],
  ["k"],
  ["t", "th"],
  ["p", "ph"],
  ["h"],
];
const V_PASS: readonly (readonly string[])[] = [
  ["a"],
  ["ae", "e"],
  ["ya"],
  ["yae"],
  ["eo", "o", "u"],
  ["e", "ae"],
  ["yeo", "yo", "yu"],
  ["ye"],
  ["o"],
  ["wa"],
  ["wae"],
  ["oe", "oi"],
  ["yo"],
  ["u", "oo"],
  ["wo"],
  ["we"],
  ["wi"],
  ["yu"],
  ["eu", "u"],
  ["ui", "ee", "i"],
  ["i", "ee"],
];
const T_PASS: readonly (readonly string[])[] = T_RR.map((t) => (t === "p" ? ["p", "b"] : [t]));

/** Whole-surname spellings seen in passports, keyed by Hangul; used on top of the jamo rules. */
export const SURNAME_PASSPORT: Readonly<Record<string, readonly string[]>> = {
  이: ["Lee", "Yi", "Rhee", "I", "Ri"],
  리: ["Ri", "Lee", "Rhee", "Li", "Yi"],
  박: ["Park", "Pak", "Bak", "Bahk"],
  김: ["Kim", "Gim", "Kimm"],
  최: ["Choi", "Choe", "Chwe"],
  정: ["Jung", "Chung", "Jeong", "Jong", "Cheong"],
  강: ["Kang", "Gang"],
  조: ["Cho", "Jo", "Joe"],
  윤: ["Yoon", "Yun"],
  장: ["Jang", "Chang"],
  임: ["Lim", "Im", "Yim", "Rim"],
  림: ["Rim", "Lim", "Im"],
  한: ["Han", "Hann"],
  오: ["Oh", "O"],
  신: ["Shin", "Sin", "Shinn"],
  권: ["Kwon", "Gwon"],
  황: ["Hwang"],
  안: ["Ahn", "An"],
  송: ["Song"],
  류: ["Ryu", "Yoo", "Yu", "Rhyu"],
  유: ["Yoo", "Yu", "You"],
  홍: ["Hong"],
  전: ["Jeon", "Chun", "Jun", "Chon"],
  고: ["Ko", "Go", "Koh"],
  문: ["Moon", "Mun"],
  양: ["Yang"],
  량: ["Ryang", "Yang"],
  손: ["Son", "Sohn"],
  배: ["Bae", "Pae"],
  백: ["Baek", "Paek", "Paik", "Baik"],
  허: ["Heo", "Huh", "Ho"],
  노: ["Noh", "Roh", "No"],
  로: ["Ro", "Roh", "Noh"],
  남: ["Nam"],
  심: ["Shim", "Sim"],
  주: ["Joo", "Ju", "Chu"],
  현: ["Hyun", "Hyon"],
  곽: ["Kwak", "Gwak"],
  길: ["Kil", "Gil"],
  구: ["Koo", "Ku", "Gu"],
  방: ["Bang", "Pang"],
  변: ["Byun", "Pyon"],
  서: ["Seo", "Suh", "So"],
  성: ["Sung", "Song", "Seong"],
  차: ["Cha"],
  채: ["Chae"],
  하: ["Ha"],
  연: ["Yeon", "Yon"],
  련: ["Ryon", "Yeon"],
  원: ["Won"],
  천: ["Chun", "Cheon", "Chon"],
  염: ["Yeom", "Yom"],
  렴: ["Ryom", "Yeom"],
  태: ["Tae", "Thae"],
  진: ["Jin", "Chin"],
  지: ["Ji", "Chi"],
  엄: ["Um", "Eom"],
};

/** One random passport spelling of a name part: per jamo option, plus the h-ending and "oung". */
export function passportPart(hangul: string, rng: Rng, surname: boolean): string[] {
  const whole = SURNAME_PASSPORT[hangul];
  if (surname && whole && rng() < 0.7) return [pick(rng, whole)];
  return decompose(hangul).map((s) => {
    let ini = pick(rng, L_PASS[s.l] ?? [""]);
    let vow = pick(rng, V_PASS[s.v] ?? [""]);
    const fin = pick(rng, T_PASS[s.t] ?? [""]);
    if (vow === "ee" && s.t !== 0) vow = "i"; // "ee" only closes open syllables (Lee, Hee)
    if (s.l === 9 && (s.v === 20 || s.v === 16) && rng() < 0.5) ini = "sh";
    if ((s.v === 6 || s.v === 4) && s.t === 21 && rng() < 0.4) vow = s.v === 6 ? "you" : "u"; // Young, Sung
    let piece = ini + vow + fin;
    if (s.t === 0 && (s.v === 8 || s.v === 4) && rng() < 0.3) piece += "h"; // Oh, Koh, Huh
    if (surname && (s.t === 4 || s.t === 16) && rng() < 0.15) piece += fin; // Hann, Kimm
    return piece;
  });
}

export function isHangul(s: string): boolean {
  return /[\uac00-\ud7a3]/.test(s);
}
