// Legal forms say what kind of company a name belongs to, not which one: "Ltd Liability Co.",
// "L.L.C.", "OOO" and "Obshchestvo s ogranichennoy otvetstvennostyu" are one form. Each phrase is
// rewritten to one token per form before comparison, and those tokens (with the glue words of
// company names) are then left out of the comparison.

// Folded spellings (see foldText) → the form's token. Longer phrases are matched first.
const FORMS: Record<string, readonly string[]> = {
  llc: [
    "limited liability company", "limited liability co", "ltd liability company", "ltd liability co", "limited liability",
    "limited liability partnership", "obshchestvo s ogranichennoy otvetstvennostyu", "obshchestvo s ogranichennoi otvetstvennostiu",
    "obshchestvo s ogranichennoi otvetstvennostyu", "obshestvo s ogranichennoy otvetstvennostyu", "gesellschaft mit beschrankter haftung",
    "societe a responsabilite limitee", "sociedad de responsabilidad limitada", "societa a responsabilita limitata",
    "tovarystvo z obmezhenoiu vidpovidalnistiu", "sp z o o", "sp z oo", "societatea cu raspundere limitata", "s de r l", "s r l", "s r o", "llc", "ooo", "tov", "gmbh", "sarl",
    "srl", "sro", "ltda", "llp", "mchj", "doo", "kft",
  ],
  jsc: [
    "open joint stock company", "closed joint stock company", "public joint stock company", "private joint stock company",
    "joint stock company", "joint stock co", "joint stock", "aktsionernoe obshchestvo", "aktsionernoye obshchestvo",
    "aktsionernoe obshestvo", "otkrytoe aktsionernoe obshchestvo", "zakrytoe aktsionernoe obshchestvo",
    "publichnoe aktsionernoe obshchestvo", "societate pe actiuni", "aktiengesellschaft", "societe anonyme", "sociedad anonima", "societa per azioni",
    "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ao", "ag", "sa", "spa", "sas", "nv",
  ],
  ltd: [
    "public limited company", "private limited company", "company limited", "co limited", "co ltd", "pte ltd", "pvt ltd",
    "pty ltd", "private limited", "sdn bhd", "limited", "ltd", "plc", "pte", "pvt", "pty", "bhd", "kk", "oy", "ab", "aps", "bv",
  ],
  inc: ["incorporated", "corporation", "inc", "corp"],
  co: ["company", "companies", "co", "cia", "kg", "lp", "fze", "fzco", "fzc", "fzllc", "dmcc", "sal", "wll", "eood", "ood", "sac", "saa", "zrt"],
};

const PHRASES = Object.entries(FORMS)
  .flatMap(([form, spellings]) => spellings.map((s) => [s, form] as const))
  .sort((a, b) => b[0].length - a[0].length);

const PATTERN = new RegExp(`(?<![a-z0-9])(?:${PHRASES.map(([s]) => s.replace(/ /g, " ")).join("|")})(?![a-z0-9])`, "g");
const FORM_OF = new Map(PHRASES);

/** Rewrites every legal-form phrase in folded text to its form's token ("ltd liability co" → "llc"). */
export function normalizeLegalForms(folded: string): string {
  return folded.replace(PATTERN, (m) => FORM_OF.get(m) ?? m);
}

/** Tokens that never identify an organisation: the legal-form tokens and glue words. */
export const ORG_STOP_TOKENS: ReadonlySet<string> = new Set([
  ...Object.keys(FORMS), "the", "of", "and", "for", "de", "del", "la", "el",
]);
