import { canonicalSyllable, splitJoinedSyllables } from "./korean";
import type { IdentifierKind } from "./types";

export type NameKind = "person" | "org";

// Letters NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", ı: "i", þ: "th", ħ: "h",
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
  "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "madam", "mme", "mlle",
  "herr", "frau", "sr", "sra", "srta", "jr", "ii", "iii", "iv", "rev", "reverend", "sheikh", "shaykh", "sheik",
  "haji", "hajji", "hadji", "mullah", "maulana", "maulvi", "mawlawi", "eng", "engineer",
]);

const ORG_SUFFIXES = new Set([
  "co", "company", "companies", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
  "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "aps", "kk", "pte", "pty",
  "pvt", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao", "pao", "tov", "fze", "fzco", "fzc", "fzllc", "dmcc",
  "ltda", "cia", "sdn", "bhd", "sro", "doo", "kft", "zrt", "sal", "wll", "eood", "ood", "sac", "saa",
  "the", "of", "and", "for", "de", "del", "la", "el",
]);

// Legal-form phrases whose words are meaningful alone ("stock", "liability") and so cannot be single-token suffixes.
const ORG_PHRASES = /\b(?:open |closed |public |private )?joint stock\b|\blimited liability (?:partnership|company)?\b|\bsociete anonyme\b/g;

/**
 * Canonical comparison tokens of a name, in source order. Honorifics (persons) or legal-form
 * suffixes (organisations) are removed, joined Korean given names are split into syllables and
 * every romanisation variant is mapped to one spelling.
 */
export function nameTokens(name: string, kind: NameKind): string[] {
  let folded = foldText(name);
  if (kind === "org") folded = folded.replace(ORG_PHRASES, " ");
  const raw = folded.split(" ").filter((t) => t !== "");
  const drop = kind === "org" ? ORG_SUFFIXES : HONORIFICS;
  const kept = raw.filter((t) => !drop.has(t));
  // An entity literally called "The Company" must still have something to match on.
  const base = kept.length > 0 ? kept : raw;
  const out: string[] = [];
  for (const t of base) {
    const parts = splitJoinedSyllables(t) ?? [t];
    for (const p of parts) out.push(canonicalSyllable(p));
  }
  return out;
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
      return v.toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
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
