// Korean names reach us in McCune-Reischauer (DPRK and most sanctions lists, often with the
// breves and apostrophes dropped), Revised Romanization (ROK since 2000) and ad-hoc passport
// spellings. Each group below lists spellings of one syllable as a person would write it; all
// map to the first (canonical) spelling so that `Gim Jeong-eun` and `Kim Chong Un` compare equal.
// The groups are deliberately about syllables seen in names, not a full transliteration table:
// a mapping that is too eager merges unrelated non-Korean words.

const GROUPS: readonly (readonly string[])[] = [
  ["kim", "gim"],
  ["pak", "park", "bak", "bahk", "pahk"],
  ["ri", "rhee", "lee", "yi", "i", "li", "rhie", "rie"],
  ["choe", "choi", "choy", "chwe"],
  ["jong", "chong", "jung", "jeong", "cheong", "chung", "joung"],
  ["kyong", "kyung", "gyeong", "kyeong", "gyong", "kyoung"],
  ["chol", "cheol", "chul", "chel"],
  ["hyok", "hyeok", "hyuk"],
  ["song", "seong", "sung", "soung"],
  ["un", "eun"],
  ["kum", "geum", "keum", "gum"],
  ["son", "sohn"],
  ["o", "oh"],
  ["yun", "yoon"],
  ["kang", "gang"],
  ["kwang", "gwang"],
  ["kwon", "gwon"],
  ["ku", "gu", "koo", "goo"],
  ["kuk", "guk", "kook", "gook"],
  ["ki", "gi"],
  ["kil", "gil"],
  ["kyu", "gyu"],
  ["kyo", "gyo"],
  ["kye", "gye"],
  ["kap", "gap"],
  ["kon", "geon", "gun"],
  ["myong", "myung", "myeong"],
  ["hyon", "hyun", "hyeon"],
  ["hyong", "hyung", "hyeong"],
  ["yong", "ryong", "ryeong", "young", "yeong", "ryung"],
  ["yang", "ryang"],
  ["yu", "ryu", "yoo", "ryoo"],
  ["yol", "yeol", "ryol", "ryeol"],
  ["yon", "yeon", "ryon", "ryeon"],
  ["yom", "yeom", "ryom"],
  ["rim", "im", "lim"],
  ["ro", "roh", "no", "noh"],
  ["tong", "dong"],
  ["tae", "thae", "dae", "tai"],
  ["tok", "dok", "deok", "duk"],
  ["tu", "du", "doo"],
  ["pyong", "pyeong", "byung", "byeong", "byong"],
  ["pae", "bae"],
  ["paek", "baek", "paik", "baik"],
  ["pong", "bong"],
  ["pok", "bok"],
  ["pom", "beom", "bum"],
  ["chin", "jin"],
  ["chu", "ju", "joo", "choo"],
  ["chae", "jae"],
  ["chun", "jun", "joon"],
  ["chon", "jeon", "cheon"],
  ["chi", "ji"],
  ["chang", "jang"],
  ["cho", "jo"],
  ["sok", "seok"],
  ["suk", "sook"],
  ["so", "seo"],
  ["sol", "seol"],
  ["hui", "hee", "heui"],
  ["sin", "shin"],
  ["sik", "shik"],
  ["sun", "soon"],
  ["su", "soo"],
  ["mun", "moon"],
  ["ung", "eung"],
  ["won", "weon"],
];

// Syllables that have a single common spelling but still help split joined given names.
const PLAIN = [
  "nam", "man", "sang", "il", "ho", "hak", "han", "ha", "hong", "hwang", "hwa", "hwan", "min", "ok", "ae",
  "sam", "se", "si", "sae", "mi", "ye", "yo", "an", "in", "chan", "ryo", "bin",
  "hun", "hoon", "nyon", "nyong", "myon", "ma", "na", "ra", "mo", "sim", "mok", "ryun", "kyom",
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const [canon] = group;
  if (canon === undefined) continue;
  for (const variant of group) CANONICAL.set(variant, canon);
}
for (const s of PLAIN) if (!CANONICAL.has(s)) CANONICAL.set(s, s);

/** Canonical spelling of a romanised Korean syllable, or the input unchanged when it is not one. */
export function canonicalSyllable(token: string): string {
  return CANONICAL.get(token) ?? token;
}

export function isKoreanSyllable(token: string): boolean {
  return CANONICAL.has(token);
}

// One-letter syllables ("i", "o") are excluded from splitting: almost any word would split.
const MIN_PART = 2;
const MAX_PARTS = 3;

/**
 * Splits a joined given name ("jongun", "sangman", "jeongeun") into known syllables when the
 * whole token is such a concatenation; otherwise returns null. Longest-first with backtracking,
 * which resolves `jongun` as jong+un rather than jon+gun, matching how such names are hyphenated.
 */
export function splitJoinedSyllables(token: string): string[] | null {
  if (token.length < 2 * MIN_PART || CANONICAL.has(token)) return null;
  const walk = (rest: string, depth: number): string[] | null => {
    if (rest === "") return [];
    if (depth === MAX_PARTS) return null;
    for (let len = Math.min(rest.length, 6); len >= MIN_PART; len--) {
      const head = rest.slice(0, len);
      if (!CANONICAL.has(head)) continue;
      const tail = walk(rest.slice(len), depth + 1);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  const parts = walk(token, 0);
  return parts && parts.length > 1 ? parts : null;
}
