import { KOREAN_SURNAME_KEYS, parseSyllables, renderKey, syllableKey, wordKey } from "./korean";
import { normalizeLegalForms, ORG_STOP_TOKENS } from "./legal-forms";
import { hangulKey } from "./hangul";
import { CJK_MARK, transliterate } from "./transliterate";
import type { IdentifierKind } from "./types";

export type NameKind = "person" | "org";

// Letters NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ı: "i",
  þ: "th",
  ħ: "h",
};

/** Lowercase, strip diacritics, drop apostrophes (McCune-Reischauer `Ch'ol` = `Chol`), other punctuation → space. */
export function foldText(input: string): string {
  let s = input.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  s = s.replace(/[ßæœøđðłıþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  s = s.replace(/['’‘ʼʻ`´]/g, "");
  // Initialisms keep their letters together: "L.L.C." → "llc", "S.A." → "sa".
  s = s.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ""));
  return s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "doctor",
  "prof",
  "professor",
  "sir",
  "dame",
  "madam",
  "mme",
  "mlle",
  "herr",
  "frau",
  "sr",
  "sra",
  "srta",
  "jr",
  "ii",
  "iii",
  "iv",
  "rev",
  "reverend",
  "sheikh",
  "shaykh",
  "sheik",
  "haji",
  "hajji",
  "hadji",
  "mullah",
  "maulana",
  "maulvi",
  "mawlawi",
  "eng",
  "engineer",
  "president",
  "monsieur",
  "madame",
  "senor",
  "senora",
  "general",
  "colonel",
  "captain",
  "shaikh",
  "minister",
]);

/** One comparison token: its folded spelling and the key romanisation variants share. */
export interface NameToken {
  /** Folded spelling as written (after transliteration): "gim", "jeong", "vladimir". */
  text: string;
  /** Korean class key for Korean syllables and words, else the text itself. */
  key: string;
  korean: boolean;
  /** The Hangul syllable or Han character the token was spelt from, when it was written in one. */
  orig?: string;
}

const MAX_KOREAN_SYLLABLES = 5;

/**
 * Whether a person's name reads as a romanised Korean name: a one-syllable token that is a Korean
 * family name, and every other token (all but one in names of three or more) made of romanised
 * syllables. Only then are joined given names split and syllables compared by class key: without
 * this, "china", "juan", "jose" and "michel" would be taken apart into syllables too.
 */
function koreanPerson(tokens: readonly string[], fromHangul: boolean): boolean {
  if (fromHangul) return true;
  if (tokens.length < 2) return false;
  let unparsed = 0;
  let syllables = 0;
  let surname = false;
  for (const t of tokens) {
    const parts = parseSyllables(t);
    if (!parts) {
      unparsed++;
      continue;
    }
    syllables += parts.length;
    if (parts.length === 1 && KOREAN_SURNAME_KEYS.has(syllableKey(t) ?? "")) surname = true;
  }
  return surname && unparsed <= (tokens.length >= 3 ? 1 : 0) && syllables <= MAX_KOREAN_SYLLABLES;
}

const plain = (text: string): NameToken => ({ text, key: text, korean: false });

/** A bare token, as a caller outside a name gives it: Korean when it is one romanised syllable. */
export function tokenOf(text: string): NameToken {
  const key = syllableKey(text);
  return key === null ? plain(text) : { text, key, korean: true };
}

/**
 * Comparison tokens of a name, in source order. Other scripts are transliterated, joined
 * CamelCase words separated, honorifics (persons) or legal forms (organisations) removed; in a
 * Korean name joined given names are split into syllables, each keyed by its romanisation class.
 * The result is cached and shared: callers must not modify it.
 */
export function nameTokenList(name: string, kind: NameKind): NameToken[] {
  const cacheKey = `${kind}\u0000${name}`;
  const cached = TOKEN_CACHE.get(cacheKey);
  if (cached) return cached;
  const tokens = tokenize(name, kind);
  // Lists repeat names across entries and snapshots; bounded so caller input cannot grow it forever.
  if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(cacheKey, tokens);
  return tokens;
}

const TOKEN_CACHE = new Map<string, NameToken[]>();
const TOKEN_CACHE_LIMIT = 100_000;

function tokenize(name: string, kind: NameKind): NameToken[] {
  const { text, originals } = transliterate(name);
  // CamelCase joins ("VladimirPutin") are word breaks; "GmbH" and "McDonald" are not.
  let folded = foldText(text.replace(/(\p{Ll}{2,})(\p{Lu}\p{Ll})/gu, "$1 $2"));
  if (kind === "org") folded = normalizeLegalForms(folded);
  const raw = folded.split(" ").filter((t) => t !== "");
  const drop = kind === "org" ? ORG_STOP_TOKENS : HONORIFICS;
  const kept = raw.filter((t) => !drop.has(t));
  // An entity literally called "The Company" must still have something to match on.
  const base = (
    kept.length > 0
      ? kept
      : foldText(text)
          .split(" ")
          .filter((t) => t !== "")
  ).map((t): NameToken => {
    const m = CJK_MARK.exec(t);
    const orig = m ? originals[Number(m[1])] : undefined;
    if (!m || orig === undefined) return plain(t);
    const key = hangulKey(orig);
    return key === null ? { ...plain(m[2] ?? ""), orig } : { text: m[2] ?? "", key, korean: true, orig };
  });
  if (kind === "org") {
    // Company names carry romanised Korean words whole ("Chinyong" = "Jinyong").
    return base.map((t) => {
      const key = !t.orig && t.text.length >= 4 ? wordKey(t.text) : null;
      return key === null ? t : { text: t.text, key, korean: true };
    });
  }
  const texts = base.map((t) => t.text);
  if (
    !koreanPerson(
      texts,
      base.some((t) => t.korean && t.orig),
    )
  )
    return base;
  const out: NameToken[] = [];
  for (const t of base) {
    const parts = t.orig ? [t.text] : parseSyllables(t.text);
    if (t.orig || !parts) out.push(t);
    else for (const p of parts) out.push({ text: p, key: syllableKey(p) ?? p, korean: true });
  }
  return out;
}

/** Canonical spelling of a token: one spelling per Korean class key, else the text. */
export function canonicalToken(t: NameToken): string {
  return t.korean ? t.key.split("·").map(renderKey).join("") : t.text;
}

/**
 * Canonical comparison tokens of a name, in source order: romanisation variants of Korean
 * syllables are mapped to one spelling (see nameTokenList for the rest).
 */
export function nameTokens(name: string, kind: NameKind): string[] {
  return nameTokenList(name, kind).map(canonicalToken);
}

/** Order-independent key: `KIM, Sang Man` and `Sang Man Kim` give the same string. */
export function canonicalName(name: string, kind: NameKind = "person"): string {
  return nameTokens(name, kind).sort().join(" ");
}

const ETH_ADDRESS = /^0x[0-9a-f]{40}$/i;
// Bech32 (bc1..., ltc1...) is case-insensitive by specification; base58 is not.
const BECH32 = /^(?:bc|tb|ltc)1[0-9a-z]+$/i;

/** Canonical identifier value used for exact matching; "" when nothing usable remains. */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string {
  const v = value.trim();
  switch (kind) {
    case "wallet":
      return ETH_ADDRESS.test(v) || BECH32.test(v) ? v.toLowerCase() : v;
    case "email":
      return v.toLowerCase();
    case "phone":
      // "(0)" is the trunk prefix dropped when dialling internationally: +44 (0)20 ... = +44 20 ...
      return v.replace(/\(0\)/g, "").replace(/\D/g, "");
    case "website":
      return v
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, "")
        .replace(/^www\./, "")
        .replace(/\/+$/, "");
    case "passport":
    case "national_id":
    case "other":
      return v.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
  }
}

/** Shortest phone suffix we trust: fewer digits collide across countries. */
export const PHONE_MIN_DIGITS = 9;

/**
 * Phones are written with and without country and trunk prefixes, so two normalised numbers
 * match when the shorter is a suffix of the longer and has at least 9 digits.
 */
export function phonesMatch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= PHONE_MIN_DIGITS && long.endsWith(short);
}

/** Blocking key for phones: every number that can match shares its last 9 digits. */
export function phoneKey(normalized: string): string | null {
  return normalized.length >= PHONE_MIN_DIGITS ? normalized.slice(-PHONE_MIN_DIGITS) : null;
}
