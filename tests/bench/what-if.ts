/**
 * The what-if part of the casework bench, run by casework-data.ts on its temp database of
 * 100,000 candidates. A draft raises one rule's weight, then:
 * - end to end: prepareWhatIf + execute through the data layer's public API, reading every
 *   profile from the database, loading identity reuse, watchlist hits and decided cases, and
 *   comparing both rule sets (what an admin waits for before publishing);
 * - pure: score() under the published rule set and the draft for the same profiles, already in
 *   memory, with no database at all.
 * The ratio of the two says how much of the wait is the database and the bookkeeping rather than
 * the rules engine. Reports; never fails on timing.
 */
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { createUser } from "@/lib/data/users";
import { createDraft, getDraft, updateDraft } from "@/lib/data/rule-admin";
import { prepareWhatIf, type WhatIfResult } from "@/lib/data/what-if";
import { OPERATOR_ACTOR, type Actor } from "@/lib/data/types";
import type { RuleSetContent } from "@/lib/rules-admin";
import { score, type ScoringContext } from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";

/** The rule that fires most often in the generated mix (about 3 in 10), so raising it moves bands. */
const RULE = "employment-unverified";
const NEW_WEIGHT = 45;
/** The first end-to-end run also pays for cold SQLite pages; both are shown. */
const E2E_RUNS = 2;
const PURE_PASSES = 3;
const PAGE = 5_000;
const META = { requestId: "bench-what-if", ip: null };

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpuMsSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

async function draftRaisingWeight(
  admin: Actor,
): Promise<{ id: string; published: RuleSetContent; draft: RuleSetContent; from: number }> {
  const { id } = await createDraft(admin, META);
  // A new draft is a copy of the published version, so its content is the "before" side too.
  const published = (await getDraft(admin, id)).content;
  const draft = structuredClone(published);
  const setting = draft.ruleSet.rules[RULE];
  if (!setting) throw new Error(`rule ${RULE} is not in the published rule set`);
  const from = setting.weight;
  setting.weight = NEW_WEIGHT;
  const saved = await updateDraft(
    admin,
    id,
    { definition: draft.ruleSet, marketRates: draft.marketRates },
    META,
  );
  if (saved.changes === 0) throw new Error("the draft did not change");
  return { id, published, draft, from };
}

/** The profiles exactly as the what-if reads them (the stored JSON), untimed. */
async function storedProfiles(): Promise<CandidateProfile[]> {
  const out: CandidateProfile[] = [];
  for (let last: string | undefined; ;) {
    const page = await db.candidate.findMany({
      where: last ? { id: { gt: last } } : {},
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, profile: true },
    });
    for (const c of page) out.push(c.profile as unknown as CandidateProfile);
    if (page.length < PAGE) return out;
    last = page[page.length - 1]!.id;
  }
}

/**
 * score() twice per candidate, the work at the core of the what-if. Reuse and watchlist hits are
 * left empty: finding them is database work, which is what the end-to-end figure adds.
 */
function rescore(
  profiles: CandidateProfile[],
  published: RuleSetContent,
  draft: RuleSetContent,
): { ms: number; cpuMs: number; moved: number } {
  const now = new Date().toISOString().slice(0, 10);
  const before: ScoringContext = { now, reuse: [], watchlistHits: [], marketRates: published.marketRates };
  const after: ScoringContext = { now, reuse: [], watchlistHits: [], marketRates: draft.marketRates };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let moved = 0;
  for (const p of profiles) {
    if (score(p, before, published.ruleSet).band !== score(p, after, draft.ruleSet).band) moved++;
  }
  return { ms: performance.now() - t0, cpuMs: cpuMsSince(c0), moved };
}

export async function benchWhatIf(): Promise<void> {
  const { user } = await createUser(
    OPERATOR_ACTOR,
    { email: "admin@bench.candor.test", name: "Bench admin", role: "admin" },
    META,
    "bench-admin-password-not-used",
  );
  const admin: Actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const { id, published, draft, from } = await draftRaisingWeight(admin);
  console.log(
    `What-if of a draft (${RULE} weight ${from} -> ${NEW_WEIGHT}) against published v${published.ruleSet.version}`,
  );

  const runs: { ms: number; cpuMs: number; prepareMs: number; result: WhatIfResult }[] = [];
  for (let i = 0; i < E2E_RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const run = await prepareWhatIf(admin, id);
    const prepareMs = performance.now() - t0;
    const result = await run.execute();
    runs.push({ ms: performance.now() - t0, cpuMs: cpuMsSince(c0), prepareMs, result });
  }
  const n = runs[0]!.result.candidates;
  console.log(
    `  end to end, prepareWhatIf + execute (database reads, reuse/watchlist/decided-case lookups, comparison), ${fmt(n)} candidates:`,
  );
  for (const [i, r] of runs.entries()) {
    console.log(
      `    run ${i + 1}: ${secs(r.ms).padStart(8)} = ${fmt(n / (r.ms / 1000))} candidates/s (prepare ${r.prepareMs.toFixed(0)} ms; process CPU ${secs(r.cpuMs)})`,
    );
  }
  const r = runs[0]!.result;
  console.log(
    `    result: ${fmt(r.moved)} change band, ${fmt(r.opening.count)} would open a case, ${fmt(r.dropping.count)} would drop below the case threshold`,
  );

  const profiles = await storedProfiles();
  rescore(profiles.slice(0, 5_000), published, draft); // warms the draft's rule-set caches
  const passes = Array.from({ length: PURE_PASSES }, () => rescore(profiles, published, draft)).sort(
    (a, b) => a.ms - b.ms,
  );
  const pure = passes[0]!;
  const median = passes[Math.floor(PURE_PASSES / 2)]!;
  console.log(
    `  pure re-scoring, score() under both rule sets for the same ${fmt(profiles.length)} profiles in memory, no database:`,
  );
  console.log(
    `    best of ${PURE_PASSES}: ${secs(pure.ms).padStart(6)} = ${fmt(profiles.length / (pure.ms / 1000))} candidates/s (${fmt((2 * profiles.length) / (pure.ms / 1000))} score() calls/s; process CPU ${secs(pure.cpuMs)})`,
  );
  console.log(
    `    median: ${secs(median.ms).padStart(6)} = ${fmt(profiles.length / (median.ms / 1000))} candidates/s; ${fmt(pure.moved)} change band (the end-to-end run also sees identity reuse and watchlist hits)`,
  );

  const best = Math.min(...runs.map((x) => x.ms));
  const overhead =
    best >= pure.ms
      ? `${secs(best - pure.ms)} more: database reads, lookups and comparison`
      : `${secs(pure.ms - best)} less: the what-if skips scoring work this loop does`;
  console.log(
    `  ratio: end to end (best run) takes ${(best / pure.ms).toFixed(1)}x the pure re-scoring (${overhead})`,
  );
}
