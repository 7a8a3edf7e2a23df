// Independent name-screening evaluation: builds the product's index from the public lists and
// measures recall on variants and false hits on unlisted names. Run: npx tsx tests/eval/names/run.ts
import { buildIndex, DEFAULT_NAME_THRESHOLD, screen } from "@/lib/screening";
import { loadLists } from "./load";
import { runLoo, type LooReport } from "./loo";
import { makeName, ORIGINS } from "./names-by-origin";
import { runPeer, type PeerReport, type PeerSlice } from "./peer";
import { runUnlisted, type UnlistedReport } from "./unlisted";
import { makeRng, percentile, type Rate } from "./util";
import { runKorean, runTypos, TimedScreen, type KoreanReport, type TypoReport } from "./variants";

export interface Headline {
  figure: string;
  value: number;
  target: string;
  pass: boolean;
  detail: string;
}

export interface NameEvalReport {
  seed: number;
  threshold: number;
  lists: { ofac: number; un: number; parseWarnings: number; indexBuildMs: number };
  headline: Headline[];
  leaveOneOut: LooReport;
  korean: KoreanReport;
  typos: TypoReport;
  unlisted: UnlistedReport;
  peer: PeerReport;
  latency: { queries: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  elapsedMs: number;
}

const SEED = 20240503;

export async function runNameEval(seed = SEED): Promise<NameEvalReport> {
  const t0 = performance.now();
  const lists = loadLists();
  const tb = performance.now();
  const index = buildIndex(lists.entries);
  const indexBuildMs = performance.now() - tb;

  // Warm-up so the JIT and any lazy caches settle before anything is timed.
  const warm = makeRng(seed ^ 0x5eed);
  const origins = Object.keys(ORIGINS);
  for (let i = 0; i < 1500; i++)
    screen(index, { names: [makeName(origins[i % origins.length] ?? "anglo", warm)] });

  const ts = new TimedScreen(index);
  const korean = runKorean(lists.entries, ts, seed);
  const typos = runTypos(lists.entries, ts, makeRng(seed + 1));
  const unlisted = runUnlisted(lists.entries, ts, makeRng(seed + 2));
  const sorted = [...ts.ms].sort((a, b) => a - b);
  const latency = {
    queries: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
  };

  const leaveOneOut = runLoo(lists.entries, makeRng(seed + 3));
  const peer = runPeer();

  const r = (x: Rate): string => `${x.hits}/${x.n}, 95% CI ${pct(x.ci[0])}–${pct(x.ci[1])}`;
  const headline: Headline[] = [
    {
      figure: "Leave-one-out alias recall (spelling variants)",
      value: leaveOneOut.spellingVariantRecall.rate,
      target: "≥ 0.95",
      pass: leaveOneOut.spellingVariantRecall.rate >= 0.95,
      detail: r(leaveOneOut.spellingVariantRecall),
    },
    {
      figure: "Korean romanisation recall (Latin queries)",
      value: korean.latinRecall.rate,
      target: "≥ 0.98",
      pass: korean.latinRecall.rate >= 0.98,
      detail: `${r(korean.latinRecall)}; without Yale ${pct(korean.latinNoYale.rate)}; Hangul queries ${pct(korean.bySystem["hangul"]?.rate ?? NaN)}`,
    },
    {
      figure: "Typo / join / split / reorder recall",
      value: typos.recall.rate,
      target: "≥ 0.98",
      pass: typos.recall.rate >= 0.98,
      detail: r(typos.recall),
    },
    {
      figure: "Unlisted-name false-hit rate",
      value: unlisted.overall.rate,
      target: "≤ 0.01",
      pass: unlisted.overall.rate <= 0.01,
      detail: r(unlisted.overall),
    },
    {
      figure: "Peer benchmark F1 (ours)",
      value: peer.overall.ours.f1,
      target: "≥ 0.85",
      pass: peer.overall.ours.f1 >= 0.85,
      detail: `P ${fx(peer.overall.ours.precision)} R ${fx(peer.overall.ours.recall)}; logic-v2 F1 ${fx(peer.overall.peer.f1)} on its ${peer.overall.peer.n} pairs (ours ${fx(peer.overall.oursShared.f1)} there)`,
    },
    {
      figure: "Peer recall, Korean pairs",
      value: peer.korean.ours.recall,
      target: "≥ 0.80",
      pass: peer.korean.ours.recall >= 0.8,
      detail: `${peer.korean.ours.tp}/${peer.korean.ours.tp + peer.korean.ours.fn}; logic-v2 ${fx(peer.korean.peer.recall)}`,
    },
    {
      figure: "Peer recall, cross-script pairs",
      value: peer.crossScript.ours.recall,
      target: "≥ 0.80",
      pass: peer.crossScript.ours.recall >= 0.8,
      detail: `${peer.crossScript.ours.tp}/${peer.crossScript.ours.tp + peer.crossScript.ours.fn}; logic-v2 ${fx(peer.crossScript.peer.recall)}`,
    },
    {
      figure: "screen() latency p95 (ms)",
      value: latency.p95Ms,
      target: "< 1 ms",
      pass: latency.p95Ms < 1,
      detail: `p50 ${fx(latency.p50Ms, 3)} ms over ${latency.queries} queries`,
    },
  ];
  return {
    seed,
    threshold: DEFAULT_NAME_THRESHOLD,
    lists: { ofac: lists.ofacCount, un: lists.unCount, parseWarnings: lists.warnings, indexBuildMs },
    headline,
    leaveOneOut,
    korean,
    typos,
    unlisted,
    peer,
    latency,
    elapsedMs: performance.now() - t0,
  };
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "n/a");
const fx = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
const pad = (s: string, n: number): string => (s.length >= n ? s : s + " ".repeat(n - s.length));

function rateTable(title: string, rows: Record<string, Rate>): string[] {
  return [
    `  ${title}`,
    ...Object.entries(rows).map(
      ([k, v]) =>
        `    ${pad(k, 46)} ${pad(pct(v.rate), 7)} ${pad(`${v.hits}/${v.n}`, 12)} CI ${pct(v.ci[0])}–${pct(v.ci[1])}`,
    ),
  ];
}

function sliceRows(title: string, rows: Record<string, PeerSlice>): string[] {
  const line = (k: string, s: PeerSlice): string =>
    `    ${pad(k, 30)} n=${pad(String(s.ours.n), 4)} ours P ${fx(s.ours.precision, 2)} R ${fx(s.ours.recall, 2)} F1 ${fx(s.ours.f1, 2)} | same ${pad(String(s.peer.n), 3)} pairs: ours F1 ${fx(s.oursShared.f1, 2)}, logic-v2 P ${fx(s.peer.precision, 2)} R ${fx(s.peer.recall, 2)} F1 ${fx(s.peer.f1, 2)}`;
  return [`  ${title}`, ...Object.entries(rows).map(([k, s]) => line(k, s))];
}

export function formatReport(rep: NameEvalReport): string {
  const out: string[] = [];
  out.push(
    `Name-screening evaluation (seed ${rep.seed}, threshold ${rep.threshold}; OFAC ${rep.lists.ofac} + UN ${rep.lists.un} entries, index ${fx(rep.lists.indexBuildMs, 0)} ms)`,
  );
  out.push("", `  ${pad("figure", 48)} ${pad("value", 8)} ${pad("target", 8)} result  detail`);
  for (const h of rep.headline)
    out.push(
      `  ${pad(h.figure, 48)} ${pad(fx(h.value), 8)} ${pad(h.target, 8)} ${pad(h.pass ? "PASS" : "FAIL", 7)} ${h.detail}`,
    );
  const l = rep.leaveOneOut;
  out.push(
    "",
    `1. Leave-one-out aliases: ${l.cases} cases over ${l.builds} index builds (${fx(l.buildMs / 1000, 1)} s)`,
  );
  out.push(
    ...rateTable("by list × alias similarity", l.bySim),
    ...rateTable("by list × alias kind × similarity", l.byListKindSim),
  );
  out.push(
    `  spelling variants + identical-after-folding: ${pct(l.spellingOrIdenticalRecall.rate)}; DPRK spelling variants: ${pct(l.dprkSpellingVariantRecall.rate)} (${l.dprkSpellingVariantRecall.hits}/${l.dprkSpellingVariantRecall.n})`,
  );
  out.push("  missed spelling variants (sample):", ...l.misses.map((m) => `    ${m}`));
  const k = rep.korean;
  out.push(
    "",
    `2. Korean romanisation: ${k.entries} listed Korean names, ${k.readings} Hangul readings, ${k.queries} queries`,
  );
  out.push(...rateTable("by system", k.bySystem), ...rateTable("by form", k.byForm));
  out.push("  misses (sample):", ...k.misses.map((m) => `    ${m}`));
  const t = rep.typos;
  out.push(
    "",
    `3. Typos and joins: ${t.names} listed names, ${t.queries} queries; unmodified names found ${pct(t.baseline.rate)} (${t.baseline.hits}/${t.baseline.n})`,
  );
  out.push(...rateTable("by kind", t.byKind), ...rateTable("by entry type × kind", t.byTypeKind));
  out.push("  misses (sample):", ...t.misses.map((m) => `    ${m}`));
  const u = rep.unlisted;
  out.push(
    "",
    `4. Unlisted names: ${u.names} names (${u.excludedAsListed} generated names dropped as exactly listed); flag = |z| > ${u.zCritical} vs the rest`,
  );
  out.push(
    `  ${u.subsetOfListed} of the ${u.overall.hits} false hits are names whose every token is in one listed name of the entry hit`,
  );
  for (const [o, r] of Object.entries(u.byOrigin)) {
    out.push(
      `    ${pad(o, 12)} ${pad(pct(r.rate), 7)} ${pad(`${r.hits}/${r.n}`, 9)} CI ${pad(`${pct(r.ci[0])}–${pct(r.ci[1])}`, 13)} z ${pad(fx(r.z, 2), 6)} ${r.flagged ? "FLAG" : "    "} ${r.examples.join("; ")}`,
    );
  }
  const p = rep.peer;
  out.push(
    "",
    `5. Peer benchmark: ${p.pairs} pairs, ${p.withPeerVerdict} with a logic-v2 verdict (${p.labelDisagreements} of those carry a different label in the frozen file; the cases file is taken as truth)`,
  );
  out.push(
    ...sliceRows("overall / Korean / cross-script", {
      overall: p.overall,
      korean: p.korean,
      "cross-script": p.crossScript,
    }),
  );
  out.push(...sliceRows("by case_group", p.byGroup), ...sliceRows("by category", p.byCategory));
  out.push("  Korean and cross-script disagreements with the labels:", ...p.misses.map((m) => `    ${m}`));
  const lat = rep.latency;
  out.push(
    "",
    `6. Latency over ${lat.queries} full-index queries: p50 ${fx(lat.p50Ms, 3)} ms, p95 ${fx(lat.p95Ms, 3)} ms, p99 ${fx(lat.p99Ms, 3)} ms, max ${fx(lat.maxMs, 1)} ms`,
  );
  out.push("", `Total ${fx(rep.elapsedMs / 1000, 1)} s`);
  return out.join("\n");
}

const direct = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (direct) {
  runNameEval().then(
    (rep) => console.log(formatReport(rep)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
