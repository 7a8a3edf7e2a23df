/**
 * The held-out profile set (tests/eval/profiles, written from the public advisories without the
 * rules in view) scored under the shipped rule set: fraud caught by difficulty, honest flagged by
 * edge case, both by name origin, and the observed share of fraud per band (the calibration table
 * in the README). The training fixtures' figure is printed beside it, so a gap between the two
 * shows at once. Reports; never fails on a figure.
 *
 *   npx tsx tests/bench/independent-profiles.ts     (or runIndependentProfilesBench() from run.ts)
 */
import { readFileSync } from "node:fs";
import { candidateInputSchema, type CandidateProfile } from "@/lib/schemas/candidate";
import { BANDS, score, type Band, type ReuseMatch, type ScoreBreakdown } from "@/lib/scoring";
import { DEFAULT_MARKET_RATES } from "@/lib/scoring/market-rates";
import { scoringContext } from "../fixtures/profiles/base";
import { LABELLED_PATH, type LabelledProfile } from "../fixtures/profiles/generate";
import { generateEvalProfiles, type EvalProfile } from "../eval/profiles/generate";

/** The set's dates count from this day (tests/eval/profiles/README.md). */
const EVAL_NOW = "2026-10-15T12:00:00.000Z";
const TARGET_CAUGHT = 0.95;
const TARGET_HONEST_FLAGGED = 0.05;

const flagged = (b: Band) => b === "high" || b === "critical";
const pct = (k: number, n: number) => (n === 0 ? "n/a" : `${((100 * k) / n).toFixed(1)}%`);

/** Wilson 95% interval, so small groups are read with their uncertainty. */
function wilson(k: number, n: number): string {
  if (n === 0) return "";
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return `${(100 * Math.max(0, c - h)).toFixed(0)}–${(100 * Math.min(1, c + h)).toFixed(0)}%`;
}

/**
 * What the data layer would find shared between the set's candidates once they are all stored:
 * the same residence address (the relatives in the set) or any identical contact or payment detail.
 */
function reuseOf(profiles: readonly CandidateProfile[]): ReuseMatch[][] {
  const keys: [ReuseMatch["kind"], (p: CandidateProfile) => string | undefined][] = [
    ["email", (p) => p.email.toLowerCase()],
    ["phone", (p) => p.phone.replace(/\D/g, "")],
    ["wallet", (p) => p.cryptoWallet?.toLowerCase()],
    ["bank_account", (p) => p.bankAccount?.replace(/\s/g, "").toUpperCase()],
    ["address", (p) => p.residenceAddress?.toLowerCase().replace(/[^a-z0-9]/g, "")],
  ];
  const out: ReuseMatch[][] = profiles.map(() => []);
  for (const [kind, key] of keys) {
    const byValue = new Map<string, number[]>();
    profiles.forEach((p, i) => {
      const v = key(p);
      if (v) byValue.set(v, [...(byValue.get(v) ?? []), i]);
    });
    for (const [value, idx] of byValue) {
      if (idx.length < 2) continue;
      for (const i of idx)
        out[i]!.push({ kind, value, otherCandidateIds: idx.filter((j) => j !== i).map(String) });
    }
  }
  return out;
}

interface Tally {
  n: number;
  k: number;
}
const tally = () => ({ n: 0, k: 0 });
function add(map: Map<string, Tally>, key: string, hit: boolean): void {
  const t = map.get(key) ?? tally();
  t.n++;
  if (hit) t.k++;
  map.set(key, t);
}
function table(title: string, map: Map<string, Tally>): string[] {
  const rows = [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    `  ${title}`,
    ...rows.map(
      ([k, t]) =>
        `    ${k.padEnd(32)} ${`${t.k}/${t.n}`.padStart(8)}  ${pct(t.k, t.n).padStart(6)}  (95% CI ${wilson(t.k, t.n)})`,
    ),
  ];
}

export interface IndependentProfilesReport {
  fraudCaught: number;
  honestFlagged: number;
  fraudTotal: number;
  honestTotal: number;
  trainingFraudCaught: number;
  trainingHonestFlagged: number;
  lines: string[];
}

export function runIndependentProfilesBench(): IndependentProfilesReport {
  const set: EvalProfile[] = generateEvalProfiles();
  const profiles = set.map((e) => candidateInputSchema.parse(e.profile));
  const reuse = reuseOf(profiles);
  const results: ScoreBreakdown[] = profiles.map((p, i) =>
    score(p, { now: EVAL_NOW, marketRates: DEFAULT_MARKET_RATES, reuse: reuse[i]!, watchlistHits: [] }),
  );

  const byDifficulty = new Map<string, Tally>();
  const byEdge = new Map<string, Tally>();
  const fraudByOrigin = new Map<string, Tally>();
  const honestByOrigin = new Map<string, Tally>();
  const perBand = new Map<Band, { fraud: number; honest: number }>(
    BANDS.map((b) => [b, { fraud: 0, honest: 0 }]),
  );
  const misses: string[] = [];
  set.forEach((e, i) => {
    const r = results[i]!;
    const hit = flagged(r.band);
    perBand.get(r.band)![e.label]++;
    if (e.label === "fraud") {
      add(byDifficulty, e.difficulty, hit);
      add(fraudByOrigin, e.nameOrigin, hit);
      if (!hit)
        misses.push(
          `    missed ${e.id} ${e.difficulty} [${e.flags.join(", ")}] -> ${r.band} ${r.total}: ${r.fired.map((f) => f.ruleId).join(", ") || "nothing fired"}`,
        );
    } else {
      add(byEdge, e.edgeCase ?? e.difficulty, hit);
      add(honestByOrigin, e.nameOrigin, hit);
      if (hit)
        misses.push(
          `    flagged honest ${e.id} ${e.edgeCase ?? e.difficulty} -> ${r.band} ${r.total}: ${r.fired.map((f) => f.ruleId).join(", ")}`,
        );
    }
  });
  const sum = (m: Map<string, Tally>) =>
    [...m.values()].reduce((s, t) => ({ n: s.n + t.n, k: s.k + t.k }), tally());
  const fraud = sum(byDifficulty);
  const honest = sum(byEdge);

  const training = JSON.parse(readFileSync(LABELLED_PATH, "utf8")) as LabelledProfile[];
  const tr = { fraud: tally(), honest: tally() };
  for (const e of training) {
    const r = score(candidateInputSchema.parse(e.profile), scoringContext(e.context));
    tr[e.label].n++;
    if (flagged(r.band)) tr[e.label].k++;
  }

  const lines = [
    `Held-out profiles (${set.length}: ${fraud.n} fraud, ${honest.n} honest; written from the advisories, never used to set weights)`,
    `  fraud in high/critical      ${pct(fraud.k, fraud.n).padStart(6)}  (${fraud.k}/${fraud.n})  target ≥${TARGET_CAUGHT * 100}%  ${fraud.k / fraud.n >= TARGET_CAUGHT ? "MET" : "NOT MET"}   [training fixtures: ${pct(tr.fraud.k, tr.fraud.n)}]`,
    `  honest above medium         ${pct(honest.k, honest.n).padStart(6)}  (${honest.k}/${honest.n})  target ≤${TARGET_HONEST_FLAGGED * 100}%  ${honest.k / honest.n <= TARGET_HONEST_FLAGGED ? "MET" : "NOT MET"}   [training fixtures: ${pct(tr.honest.k, tr.honest.n)}]`,
    ...table("fraud caught, by difficulty", byDifficulty),
    ...table("honest flagged, by edge case", byEdge),
    ...table("fraud caught, by name origin", fraudByOrigin),
    ...table("honest flagged, by name origin", honestByOrigin),
    "  calibration: observed share of fraud per band",
    ...BANDS.map((b) => {
      const c = perBand.get(b)!;
      return `    ${b.padEnd(10)} ${String(c.fraud + c.honest).padStart(4)} profiles  ${pct(c.fraud, c.fraud + c.honest).padStart(6)} fraud  (95% CI ${wilson(c.fraud, c.fraud + c.honest)})`;
    }),
    ...misses.slice(0, 40),
  ];
  return {
    fraudCaught: fraud.k / fraud.n,
    honestFlagged: honest.k / honest.n,
    fraudTotal: fraud.n,
    honestTotal: honest.n,
    trainingFraudCaught: tr.fraud.k / tr.fraud.n,
    trainingHonestFlagged: tr.honest.k / tr.honest.n,
    lines,
  };
}

if (process.argv[1]?.endsWith("independent-profiles.ts")) {
  console.log(runIndependentProfilesBench().lines.join("\n"));
}
