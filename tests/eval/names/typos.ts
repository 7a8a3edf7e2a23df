// Typing slips and spacing changes applied to listed names: one-letter edits inside tokens of at
// least four letters, joined and split tokens, and reordered tokens.
import type { WatchlistEntry } from "@/lib/screening";
import { pick, type Rng } from "./util";

export type TypoKind = "substitute" | "delete" | "insert" | "transpose" | "join" | "split" | "reorder";
export const TYPO_KINDS: readonly TypoKind[] = [
  "substitute",
  "delete",
  "insert",
  "transpose",
  "join",
  "split",
  "reorder",
];

// Neighbouring keys on a QWERTY keyboard, so substitutions and insertions look like real slips.
const KEYS: Record<string, string> = {
  a: "qwsz",
  b: "vghn",
  c: "xdfv",
  d: "serfcx",
  e: "wsdr",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  i: "ujko",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  m: "njk",
  n: "bhjm",
  o: "iklp",
  p: "ol",
  q: "wa",
  r: "edft",
  s: "awedxz",
  t: "rfgy",
  u: "yhji",
  v: "cfgb",
  w: "qase",
  x: "zsdc",
  y: "tghu",
  z: "asx",
};

/** Listed "LAST, First Middle" becomes "First Middle Last", the order a candidate types. */
export function naturalName(e: WatchlistEntry, name = e.name): string {
  const comma = name.indexOf(",");
  if (e.type !== "individual" || comma < 0) return name.trim();
  return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`.trim();
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const letters = (w: string): boolean => /^\p{L}+$/u.test(w);

function editToken(w: string, kind: TypoKind, rng: Rng): string {
  // Keep the first letter: slips there are rarer and change how a name is read aloud.
  const i = 1 + Math.floor(rng() * (w.length - 1));
  const lower = (w[i] ?? "a").toLowerCase();
  const near = KEYS[lower] ?? "aeiou";
  const c = pick(rng, [...near]);
  const cased = w[i] === lower ? c : c.toUpperCase();
  switch (kind) {
    case "substitute":
      return w.slice(0, i) + cased + w.slice(i + 1);
    case "delete":
      return w.slice(0, i) + w.slice(i + 1);
    case "insert":
      return w.slice(0, i) + cased + w.slice(i);
    default: {
      const j = Math.min(i, w.length - 2);
      return j < 1 ? w : w.slice(0, j) + (w[j + 1] ?? "") + (w[j] ?? "") + w.slice(j + 2);
    }
  }
}

/** One variant of the given kind, or null when the name offers nothing to apply it to. */
export function typo(name: string, kind: TypoKind, rng: Rng): string | null {
  const ws = words(name);
  if (kind === "join") {
    if (ws.length < 2) return null;
    const i = Math.floor(rng() * (ws.length - 1));
    return [...ws.slice(0, i), (ws[i] ?? "") + (ws[i + 1] ?? ""), ...ws.slice(i + 2)].join(" ");
  }
  if (kind === "reorder") {
    if (ws.length < 2) return null;
    // Move the last token to the front (surname-first), or rotate the first to the back.
    return rng() < 0.5
      ? [ws[ws.length - 1] ?? "", ...ws.slice(0, -1)].join(" ")
      : [...ws.slice(1), ws[0] ?? ""].join(" ");
  }
  const minLen = kind === "split" ? 6 : 4;
  const idx = ws.map((w, i) => (letters(w) && w.length >= minLen ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return null;
  const k = pick(rng, idx);
  const w = ws[k] ?? "";
  let nw: string;
  if (kind === "split") {
    const at = 3 + Math.floor(rng() * (w.length - 5));
    nw = `${w.slice(0, at)} ${w.slice(at)}`;
  } else nw = editToken(w, kind, rng);
  if (nw === w) return null;
  return [...ws.slice(0, k), nw, ...ws.slice(k + 1)].join(" ");
}
