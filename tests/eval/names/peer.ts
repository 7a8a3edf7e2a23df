// OpenSanctions' labelled name pairs: each pair becomes a one-entry index built from name2,
// screened with name1 at the product's default threshold, beside logic-v2's frozen verdicts.
import { buildIndex, screen, type WatchlistEntry } from "@/lib/screening";
import { readData } from "./load";
import { subjectFor } from "./loo";

/** RFC 4180 CSV (quoted fields, doubled quotes, embedded commas and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      row.push(f);
      f = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(f);
      rows.push(row);
      row = [];
      f = "";
    } else f += c;
  }
  if (f || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x !== ""));
}

function records(text: string): Record<string, string>[] {
  const [head, ...rest] = parseCsv(text);
  if (!head) return [];
  return rest.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}

const SCRIPTS: Array<[string, RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Han", /\p{Script=Han}/u],
  ["Kana", /[\p{Script=Katakana}\p{Script=Hiragana}]/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Khmer", /\p{Script=Khmer}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
];
export const scriptsOf = (s: string): string =>
  SCRIPTS.filter(([, re]) => re.test(s))
    .map(([n]) => n)
    .join("+") || "none";

const KOREAN_NOTE = /korean|\bKR\b|\bKP\b|hangul|dprk/i;

export interface Prf {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

function prf(rows: readonly { truth: boolean; pred: boolean }[]): Prf {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  for (const r of rows) {
    if (r.truth && r.pred) tp++;
    else if (r.pred) fp++;
    else if (r.truth) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : NaN;
  return { tp, fp, tn, fn, precision, recall, f1, n: rows.length };
}

export interface PeerRow {
  group: string;
  category: string;
  schema: string;
  name1: string;
  name2: string;
  truth: boolean;
  pred: boolean;
  score: number;
  peerPred: boolean | null;
  peerScore: number;
  korean: boolean;
  crossScript: boolean;
}

/** ours: every pair; oursShared and peer: only the pairs logic-v2 has a frozen verdict for. */
export interface PeerSlice {
  ours: Prf;
  oursShared: Prf;
  peer: Prf;
}
export interface PeerReport {
  pairs: number;
  withPeerVerdict: number;
  labelDisagreements: number;
  overall: PeerSlice;
  byGroup: Record<string, PeerSlice>;
  byCategory: Record<string, PeerSlice>;
  korean: PeerSlice;
  crossScript: PeerSlice;
  misses: string[];
}

export function runPeer(): PeerReport {
  const cases = records(readData("peer-benchmarks/nomenklatura-name-bench-cases.csv"));
  const frozen = records(readData("peer-benchmarks/nomenklatura-logicv2-frozen.csv"));
  // The frozen file lacks a few pairs and relabels some groups, so join on schema and both names.
  const verdicts = new Map<string, Record<string, string>[]>();
  const key = (r: Record<string, string>): string => [r["schema"], r["name1"], r["name2"]].join("\u0000");
  for (const f of frozen) verdicts.set(key(f), [...(verdicts.get(key(f)) ?? []), f]);
  let labelDisagreements = 0;
  const rows: PeerRow[] = cases.map((c, i) => {
    const f = verdicts.get(key(c))?.shift();
    if (f && f["is_match"] !== c["is_match"]) labelDisagreements++;
    const type: WatchlistEntry["type"] = c["schema"] === "Person" ? "individual" : "entity";
    const entry: WatchlistEntry = {
      id: `internal:peer-${i}`,
      list: "internal",
      type,
      name: c["name2"] ?? "",
      aliases: [],
      programs: [],
      addresses: [],
      datesOfBirth: [],
      nationalities: [],
      identifiers: [],
      linkedTo: [],
    };
    const hits = screen(buildIndex([entry]), subjectFor(entry, c["name1"] ?? ""));
    const s1 = scriptsOf(c["name1"] ?? "");
    const s2 = scriptsOf(c["name2"] ?? "");
    return {
      group: c["case_group"] ?? "",
      category: c["category"] || "(none)",
      schema: c["schema"] ?? "",
      name1: c["name1"] ?? "",
      name2: c["name2"] ?? "",
      truth: c["is_match"] === "true",
      pred: hits.length > 0,
      score: Math.max(0, ...hits.map((h) => h.score)),
      peerPred: f ? f["predicted_match"] === "true" : null,
      peerScore: f ? Number(f["score"]) : NaN,
      korean: s1.includes("Hangul") || s2.includes("Hangul") || KOREAN_NOTE.test(c["notes"] ?? ""),
      crossScript: s1 !== s2,
    };
  });
  const slice = (rs: readonly PeerRow[]): PeerSlice => {
    const shared = rs.filter((r) => r.peerPred !== null);
    return {
      ours: prf(rs),
      oursShared: prf(shared),
      peer: prf(shared.map((r) => ({ truth: r.truth, pred: r.peerPred === true }))),
    };
  };
  const groupBy = (key: (r: PeerRow) => string): Record<string, PeerSlice> => {
    const m = new Map<string, PeerRow[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return Object.fromEntries(
      [...m].sort((a, b) => b[1].length - a[1].length).map(([k, v]) => [k, slice(v)]),
    );
  };
  return {
    pairs: rows.length,
    withPeerVerdict: rows.filter((r) => r.peerPred !== null).length,
    labelDisagreements,
    overall: slice(rows),
    byGroup: groupBy((r) => r.group),
    byCategory: groupBy((r) => r.category),
    korean: slice(rows.filter((r) => r.korean)),
    crossScript: slice(rows.filter((r) => r.crossScript)),
    misses: rows
      .filter((r) => (r.korean || r.crossScript) && r.truth !== r.pred)
      .map(
        (r) =>
          `${r.truth ? "FN" : "FP"} "${r.name1}" vs "${r.name2}" (${r.score.toFixed(2)}; logic-v2 ${r.peerScore.toFixed(2)})`,
      ),
  };
}
