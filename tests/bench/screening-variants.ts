/**
 * Listed-name variants for the screening bench: spellings of names taken from the list itself,
 * each labelled with the entry it must find. Sources are every individual's primary name and
 * "good" aliases with at least two tokens (OFAC's weak a.k.a. and the UN's "low" aliases are
 * excluded, as are original-script names: the matcher does not transliterate scripts).
 *
 * Types: reorder ("LAST, First" → "First Last"); case; diacritics (removed where listed, added
 * to ASCII-listed Spanish and other names); punctuation (commas, hyphens, periods, apostrophes);
 * korean-romanisation (Kim/Gim, Pak/Park, Ri/Lee, Chol/Cheol, Jong/Chong, Kyong/Kyung,
 * Hyok/Hyeok and more, on DPRK-program and other Korean names); korean-joined (given-name
 * syllables spaced, hyphenated or joined); typo (one letter in a word of 6+ letters); dropped
 * middle name (non-Korean names). Every type but reorder keeps the listed order half the time.
 */
import { isKoreanSyllable, splitJoinedSyllables } from "@/lib/screening/korean";
import { foldText, nameTokens } from "@/lib/screening/normalize";
import type { WatchlistEntry } from "@/lib/screening/types";
import type { Rng } from "../fixtures/profiles/random";

export const VARIANT_TYPES = [
  "reorder",
  "case",
  "diacritics",
  "punctuation",
  "korean-romanisation",
  "korean-joined",
  "typo",
  "dropped-middle",
] as const;
export type VariantType = (typeof VARIANT_TYPES)[number];

/** Queries per type; types with few eligible names give what they can and the rest is topped up. */
const QUOTA: Record<VariantType, number> = {
  reorder: 1_500,
  case: 1_400,
  diacritics: 400,
  punctuation: 1_400,
  "korean-romanisation": 1_400,
  "korean-joined": 1_100,
  typo: 1_600,
  "dropped-middle": 1_600,
};
const TOP_UP: readonly VariantType[] = ["reorder", "case", "punctuation", "typo"];

export interface ListedQuery {
  query: string;
  expectedId: string;
  type: VariantType;
  /** The listed spelling the variant was made from. */
  source: string;
}

interface SourceName {
  entryId: string;
  text: string;
  /** Words before the first comma ("LAST, First" form), else the first word for Korean-order names. */
  surname: string[];
  given: string[];
  comma: boolean;
  korean: boolean;
}

/** Spelling swaps between McCune-Reischauer, Revised Romanization and common passport forms. */
const KOREAN_SWAPS: Record<string, string[]> = {
  kim: ["gim"],
  gim: ["kim"],
  pak: ["park", "bak"],
  park: ["pak"],
  ri: ["lee", "rhee", "yi"],
  lee: ["ri", "yi"],
  chol: ["cheol", "chul"],
  cheol: ["chol"],
  jong: ["chong", "jeong", "jung"],
  chong: ["jong", "jeong"],
  jeong: ["jong"],
  kyong: ["kyung", "gyeong"],
  kyung: ["kyong"],
  hyok: ["hyeok", "hyuk"],
  hyeok: ["hyok"],
  choe: ["choi"],
  choi: ["choe"],
  song: ["sung", "seong"],
  un: ["eun"],
  kum: ["geum", "keum"],
  yong: ["young", "ryong"],
  ryong: ["yong", "ryeong"],
  myong: ["myung", "myeong"],
  hyon: ["hyun", "hyeon"],
  sok: ["seok"],
  sin: ["shin"],
  sik: ["shik"],
  chon: ["jeon"],
  o: ["oh"],
  yun: ["yoon"],
  chin: ["jin"],
  chu: ["ju", "joo"],
  son: ["sohn"],
  kwang: ["gwang"],
  kang: ["gang"],
};

/** Titles the matcher ignores: a query must keep two real name words after the drop. */
const HONORIFICS = new Set([
  "haji",
  "hajji",
  "hadji",
  "mullah",
  "maulana",
  "maulvi",
  "mawlawi",
  "sheikh",
  "shaykh",
  "dr",
  "mr",
]);
/** Accented spellings of words that OFAC publishes in plain ASCII ("RODRIGUEZ, Jose" is José Rodríguez). */
const ACCENTED: Record<string, string> = Object.fromEntries(
  (
    "josé maría jesús rodríguez garcía gonzález hernández martínez lópez pérez sánchez ramírez gómez díaz jiménez " +
    "álvarez fernández muñoz núñez peña ramón ángel andrés raúl iván joão simón césar héctor óscar inés tomás " +
    "adrián julián sebastián efraín alemán castañeda ordóñez ibáñez beltrán gutiérrez vásquez vázquez suárez " +
    "domínguez báez ríos guzmán león márquez velásquez méndez nicolás joaquín darío lucía sofía mónica " +
    "françois jérôme hélène çelik öztürk müller"
  )
    .split(" ")
    .map((w) => [w.normalize("NFD").replace(/\p{M}/gu, ""), w]),
);

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ben",
  "ould",
  "ibn",
  "bint",
  "abu",
  "abd",
  "de",
  "del",
  "la",
  "da",
  "van",
  "von",
  "der",
  "y",
]);

/** Surnames of the DPRK-program individuals, in the spellings the lists use. */
const KOREAN_SURNAMES = new Set(
  (
    "kim ri pak choe jong kang o han hwang ryu jang chang yun paek ra kil sin mun ko yu hong ho cho ju rim son song " +
    "chon kwon kye pae no tong ryom chu cha an sim so chae hyon kye myong ok pyon to u yang jo jon"
  ).split(" "),
);

const splitWords = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const isKoreanWord = (w: string) => {
  const t = foldText(w).replace(/ /g, "");
  return t !== "" && (isKoreanSyllable(t) || splitJoinedSyllables(t) !== null);
};

export function sourceNames(entries: readonly WatchlistEntry[]): SourceName[] {
  const out: SourceName[] = [];
  for (const e of entries) {
    if (e.type !== "individual") continue;
    const dprk = e.programs.some((p) => p.startsWith("DPRK"));
    const texts = [
      e.name,
      ...e.aliases.filter((a) => a.kind !== "low" && a.kind !== "original").map((a) => a.name),
    ];
    for (const text of texts) {
      if (nameTokens(text, "person").length < 2) continue;
      const comma = text.indexOf(",");
      const parts = foldText(text)
        .split(" ")
        .flatMap((w) => w.split("-"));
      // Korean-order names: DPRK-program entries with a Korean surname, or names made only of known syllables.
      const surnameWord = foldText(comma >= 0 ? text.slice(0, comma) : (splitWords(text)[0] ?? ""));
      const korean =
        (dprk && KOREAN_SURNAMES.has(surnameWord)) ||
        (parts.length >= 2 && parts.every((p) => isKoreanWord(p)));
      const words = splitWords(comma >= 0 ? text.slice(comma + 1) : text);
      const surname = comma >= 0 ? splitWords(text.slice(0, comma)) : korean ? words.slice(0, 1) : [];
      const given = comma >= 0 ? words : korean ? words.slice(1) : words;
      if (given.length === 0) continue;
      out.push({ entryId: e.id, text, surname, given, comma: comma >= 0, korean });
    }
  }
  return out;
}

/** As listed ("KIM, Jong Un" / "RI JE-SON") or in "First Last" order ("Jong Un KIM"). */
function render(s: SourceName, surname: string[], given: string[], natural: boolean): string {
  if (surname.length === 0)
    return natural && given.length > 1 ? [...given.slice(1), given[0]].join(" ") : given.join(" ");
  if (natural) return [...given, ...surname].join(" ");
  return s.comma ? `${surname.join(" ")}, ${given.join(" ")}` : [...surname, ...given].join(" ");
}

const title = (w: string) =>
  w.toLowerCase().replace(/(^|[-'’ ])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

function changeCase(rng: Rng, text: string): string | null {
  const options = [text.toLowerCase(), text.toUpperCase(), title(text)].filter((t) => t !== text);
  return options.length > 0 ? rng.pick(options) : null;
}

/** Same casing as `model` (UPPER, lower or Title). */
function caseLike(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model === model.toLowerCase()) return word.toLowerCase();
  return title(word);
}

function swapKorean(rng: Rng, words: string[]): string[] | null {
  const spots: [number, number][] = [];
  const split = words.map((w) => w.split("-"));
  split.forEach((parts, i) =>
    parts.forEach((p, j) => {
      if (KOREAN_SWAPS[p.toLowerCase()]) spots.push([i, j]);
    }),
  );
  if (spots.length === 0) return null;
  for (const [i, j] of rng.sample(spots, rng.int(1, 2))) {
    const parts = split[i];
    const p = parts?.[j];
    if (!parts || p === undefined) continue;
    parts[j] = caseLike(p, rng.pick(KOREAN_SWAPS[p.toLowerCase()] ?? [p]));
  }
  return split.map((parts) => parts.join("-"));
}

/** "Jong Un" ↔ "Jong-un" ↔ "Jongun" for a Korean given name of two or three syllables. */
function rejoinGiven(rng: Rng, given: string[]): string[] | null {
  const syllables = given.flatMap((w) => w.split("-"));
  if (syllables.length < 2 || syllables.length > 3) return null;
  const current = given.join(" ");
  const lower = (w: string) => w.toLowerCase();
  const options = [
    syllables.join(" "),
    [syllables[0], ...syllables.slice(1).map(lower)].join("-"),
    [syllables[0], ...syllables.slice(1).map(lower)].join(""),
  ].filter((o) => o !== current);
  return rng.pick(options).split(" ");
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** One-letter substitution, deletion, insertion or transposition in a word of 6+ letters (never its first letter). */
function typo(rng: Rng, text: string): string | null {
  const spans = [...text.matchAll(/\p{L}{6,}/gu)];
  if (spans.length === 0) return null;
  const m = rng.pick(spans);
  const word = m[0];
  const at = rng.int(1, word.length - 1);
  const upper = word === word.toUpperCase();
  const letter = upper ? rng.pick([...ALPHABET]).toUpperCase() : rng.pick([...ALPHABET]);
  let next: string;
  switch (rng.int(0, 3)) {
    case 0:
      next = word.slice(0, at) + letter + word.slice(at + 1);
      break;
    case 1:
      next = word.slice(0, at) + word.slice(at + 1);
      break;
    case 2:
      next = word.slice(0, at) + letter + word.slice(at);
      break;
    default:
      next =
        at < word.length - 1
          ? word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2)
          : word.slice(0, at) + letter;
  }
  if (next === word) return null;
  return text.slice(0, m.index) + next + text.slice((m.index ?? 0) + word.length);
}

function punctuate(rng: Rng, s: SourceName, natural: boolean): string | null {
  const listed = render(s, s.surname, s.given, natural);
  const options: string[] = [];
  if (listed.includes(",")) options.push(listed.replace(/,/g, ""));
  if (listed.includes("-")) options.push(listed.replace(/-/g, " "));
  if (/[.'’]/.test(listed)) options.push(listed.replace(/[.'’]/g, ""));
  if (s.given.length >= 2) {
    const k = rng.int(0, s.given.length - 2);
    const given = [...s.given.slice(0, k), `${s.given[k]}-${s.given[k + 1]}`, ...s.given.slice(k + 2)];
    options.push(render(s, s.surname, given, natural));
  }
  options.push(`${listed}.`, listed.replace(/ /g, "  "));
  const out = rng.pick(options);
  return out === listed ? null : out;
}

function dropMiddle(rng: Rng, s: SourceName): string[] | null {
  if (s.korean) return null;
  // Surname-less names keep their first and last word; "LAST, First Middle" keeps the first given name.
  const from = 1;
  const to = s.surname.length === 0 ? s.given.length - 2 : s.given.length - 1;
  const spots: number[] = [];
  for (let k = from; k <= to; k++) {
    const w = foldText(s.given[k] ?? "");
    if (w.length >= 2 && !PARTICLES.has(w) && !w.includes(" ")) spots.push(k);
  }
  if (spots.length === 0) return null;
  const k = rng.pick(spots);
  const given = [...s.given.slice(0, k), ...s.given.slice(k + 1)];
  const real = [...s.surname, ...given]
    .flatMap((w) => foldText(w).split(" "))
    .filter((w) => w !== "" && !HONORIFICS.has(w));
  return real.length >= 2 ? given : null;
}

function variant(rng: Rng, s: SourceName, type: VariantType): string | null {
  // Every type but "reorder" keeps the listed order half of the time.
  const natural = type === "reorder" || (type !== "punctuation" && rng.chance(0.5));
  let query: string | null = null;
  switch (type) {
    case "reorder":
      query = render(s, s.surname, s.given, true);
      break;
    case "case":
      query = changeCase(rng, render(s, s.surname, s.given, natural));
      break;
    case "diacritics": {
      // Removed where the list has them, else added where the list wrote a name in plain ASCII.
      const strip = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "");
      const listed = render(s, s.surname, s.given, natural);
      query =
        strip(s.text) !== s.text
          ? strip(listed)
          : listed.replace(/\p{L}+/gu, (w) =>
              ACCENTED[w.toLowerCase()] ? caseLike(w, ACCENTED[w.toLowerCase()] ?? w) : w,
            );
      if (query === listed) return null;
      break;
    }
    case "punctuation":
      query = punctuate(rng, s, rng.chance(0.5));
      break;
    case "korean-romanisation": {
      if (!s.korean) return null;
      const surname = swapKorean(rng, s.surname);
      const given = swapKorean(rng, s.given);
      if (!surname && !given) return null;
      query = render(s, surname ?? s.surname, given ?? s.given, natural);
      break;
    }
    case "korean-joined": {
      const given = s.korean && s.surname.length > 0 ? rejoinGiven(rng, s.given) : null;
      if (!given) return null;
      query = title(render(s, s.surname, given, natural).replace(",", ""));
      break;
    }
    case "typo":
      query = typo(rng, render(s, s.surname, s.given, natural));
      break;
    case "dropped-middle": {
      const given = dropMiddle(rng, s);
      query = given ? render(s, s.surname, given, natural) : null;
      break;
    }
  }
  return query === s.text ? null : query;
}

/** At least `total` labelled variants, each type up to its quota, topped up with the general types. */
export function listedVariants(rng: Rng, sources: readonly SourceName[], total: number): ListedQuery[] {
  const seen = new Set<string>();
  const out: ListedQuery[] = [];
  const generate = (type: VariantType, quota: number) => {
    let made = 0;
    for (let attempts = 0; made < quota && attempts < quota * 40; attempts++) {
      const s = rng.pick(sources);
      const query = variant(rng, s, type);
      if (query === null) continue;
      const key = `${query}\u0000${s.entryId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ query, expectedId: s.entryId, type, source: s.text });
      made++;
    }
  };
  for (const type of VARIANT_TYPES) generate(type, QUOTA[type]);
  for (let k = 0; out.length < total; k++)
    generate(TOP_UP[k % TOP_UP.length] ?? "case", Math.min(100, total - out.length));
  return out;
}
