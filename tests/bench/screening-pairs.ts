/**
 * OpenSanctions' labelled name pairs (nomenklatura name_bench cases, shared/data/peer-benchmarks)
 * scored by Candor's name similarity beside the frozen scores of OpenSanctions' logic-v2 on the
 * same pairs: precision, recall and F1 overall, per case_group, per category, and for the Korean
 * and cross-script pairs. Candor uses the token weights of the OFAC 2024 + UN index and its
 * default threshold; logic-v2 its own 0.70 threshold (predicted_match as published).
 *
 *   npx tsx tests/bench/screening-pairs.ts     (or runPairsBench() from tests/bench/run.ts)
 */
import fs from "node:fs";
import path from "node:path";
import { tokenizeCsv } from "@/lib/screening/csv";
import {
  buildIndex,
  DEFAULT_NAME_THRESHOLD,
  nameSimilarity,
  type ScreeningIndex,
} from "@/lib/screening/match";
import { DATA_DIR, loadLists } from "./screening-data";

const PAIRS_FILE = "peer-benchmarks/nomenklatura-logicv2-frozen.csv";
const TARGET_F1 = 0.85;
const TARGET_SUBSET_RECALL = 0.8;

export interface LabelledPair {
  caseGroup: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  category: string;
  notes: string;
  peerScore: number;
  peerMatch: boolean;
}

export function loadPairs(): LabelledPair[] {
  const file = path.join(DATA_DIR, PAIRS_FILE);
  const [header, ...rows] = tokenizeCsv(fs.readFileSync(file, "utf8"), PAIRS_FILE);
  const col = (name: string) => header?.fields.indexOf(name) ?? -1;
  const at = (r: { fields: string[] }, name: string) => r.fields[col(name)] ?? "";
  return rows.map((r) => ({
    caseGroup: at(r, "case_group"),
    schema: at(r, "schema"),
    name1: at(r, "name1"),
    name2: at(r, "name2"),
    isMatch: at(r, "is_match") === "true",
    category: at(r, "category") || "(none)",
    notes: at(r, "notes"),
    peerScore: Number(at(r, "score")),
    peerMatch: at(r, "predicted_match") === "true",
  }));
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Korean pairs: the label's note says Korean (KP, KR, Hangul) or a name is written in Hangul. */
export const isKoreanPair = (p: LabelledPair) =>
  /korean|\bKP\b|\bKR\b|hangul/i.test(p.notes) || HANGUL.test(p.name1 + p.name2);
/** Cross-script pairs: one name in Latin letters, the other in another script. */
export const isCrossScript = (p: LabelledPair) => NON_LATIN.test(p.name1) !== NON_LATIN.test(p.name2);

const kindOf = (schema: string) => (schema === "Person" ? "person" : "org") as "person" | "org";

export function candorScore(index: ScreeningIndex, p: LabelledPair): number {
  // The pairs are unordered: screening compares a subject with a listed name, so take both directions.
  const kind = kindOf(p.schema);
  return Math.max(
    nameSimilarity(index, p.name1, p.name2, kind),
    nameSimilarity(index, p.name2, p.name1, kind),
  );
}

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
function add(c: Counts, label: boolean, predicted: boolean): void {
  c.n++;
  if (label && predicted) c.tp++;
  else if (label) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}
const f1 = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? NaN : c.tp / (c.tp + c.fn));
const num = (x: number) => (Number.isNaN(x) ? "   - " : x.toFixed(2).padStart(5));

export function runPairsBench(index?: ScreeningIndex): {
  f1: number;
  koreanRecall: number;
  crossRecall: number;
} {
  const idx = index ?? buildIndex(loadLists().entries);
  const pairs = loadPairs();
  const groups = new Map<string, { ours: Counts; peer: Counts }>();
  const misses: string[] = [];
  const bump = (key: string, p: LabelledPair, ours: boolean) => {
    const g = groups.get(key) ?? { ours: empty(), peer: empty() };
    add(g.ours, p.isMatch, ours);
    add(g.peer, p.isMatch, p.peerMatch);
    groups.set(key, g);
  };
  for (const p of pairs) {
    const score = candorScore(idx, p);
    const ours = score >= DEFAULT_NAME_THRESHOLD;
    bump("all", p, ours);
    bump(`case_group ${p.caseGroup}`, p, ours);
    bump(`category ${p.category}`, p, ours);
    bump(`schema ${p.schema}`, p, ours);
    if (isKoreanPair(p)) bump("subset korean", p, ours);
    if (isCrossScript(p)) bump("subset cross-script", p, ours);
    if (ours !== p.isMatch)
      misses.push(
        `${p.isMatch ? "FN" : "FP"} ${score.toFixed(3)} (logic-v2 ${p.peerScore.toFixed(2)}) ${p.caseGroup}: "${p.name1}" ~ "${p.name2}" ${p.notes}`,
      );
  }
  console.log("");
  console.log(
    `OpenSanctions name pairs (${pairs.length} labelled pairs): Candor at ${DEFAULT_NAME_THRESHOLD} beside logic-v2 at 0.70`,
  );
  console.log(`  ${"".padEnd(48)}${"pairs".padStart(6)}   Candor F1  recall  FP    logic-v2 F1  recall  FP`);
  const order = [...groups.keys()].sort((a, b) => (a === "all" ? -1 : b === "all" ? 1 : a.localeCompare(b)));
  for (const key of order) {
    const g = groups.get(key);
    if (!g) continue;
    console.log(
      `  ${key.slice(0, 47).padEnd(48)}${String(g.ours.n).padStart(6)}   ${num(f1(g.ours))}     ${num(recall(g.ours))} ${String(g.ours.fp).padStart(3)}    ${num(f1(g.peer))}        ${num(recall(g.peer))} ${String(g.peer.fp).padStart(3)}`,
    );
  }
  const all = groups.get("all")?.ours ?? empty();
  const korean = groups.get("subset korean")?.ours ?? empty();
  const cross = groups.get("subset cross-script")?.ours ?? empty();
  if (process.argv.includes("--misses")) for (const m of misses) console.log(`    ${m}`);
  console.log("  Targets");
  console.log(
    `    F1 >= ${TARGET_F1} overall: ${f1(all) >= TARGET_F1 ? "MET" : "NOT MET"} (${f1(all).toFixed(3)})`,
  );
  console.log(
    `    recall >= ${TARGET_SUBSET_RECALL} on Korean pairs: ${recall(korean) >= TARGET_SUBSET_RECALL ? "MET" : "NOT MET"} (${recall(korean).toFixed(3)})`,
  );
  console.log(
    `    recall >= ${TARGET_SUBSET_RECALL} on cross-script pairs: ${recall(cross) >= TARGET_SUBSET_RECALL ? "MET" : "NOT MET"} (${recall(cross).toFixed(3)})`,
  );
  return { f1: f1(all), koreanRecall: recall(korean), crossRecall: recall(cross) };
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) === __filename : false;
if (invoked) runPairsBench();
