/**
 * The database half of the API bench. api.ts runs it with `tsx --conditions=react-server` (the
 * data layer imports "server-only") and DATABASE_URL set to its freshly migrated temp database:
 *   seed OUT            100,000 candidates (seed-candidates.ts), then an API key made through the
 *                       data layer (candidates:read + candidates:write); writes { token } to OUT
 *   verify OUT PREFIX IDS
 *                       what the load left behind: candidates whose external id starts with
 *                       PREFIX, how many of those in the JSON list IDS (the creates answered
 *                       2xx) exist, their scores and cases, and whether the audit chain is intact
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/data/api-keys";
import { verifyAuditChain } from "@/lib/data/audit-verify";
import { BANDS } from "@/lib/scoring";
import { Rng } from "../fixtures/profiles/random";
import { seedCandidates } from "./seed-candidates";
import { OPERATOR_ACTOR } from "@/lib/data/types";

const CANDIDATES = 100_000;
const SEED = 7_070;
const META = { requestId: "bench-api", ip: null };

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export interface VerifyReport {
  created: number;
  /** Of the external ids answered 2xx, how many are stored. */
  okFound: number;
  scores: number;
  cases: number;
  chainOk: boolean;
  chainEvents: number;
  chainProblem: string | null;
}

async function seed(out: string): Promise<void> {
  const recruiter = await db.user.create({
    data: {
      email: "recruiter@bench.candor.test",
      name: "Bench recruiter",
      role: "recruiter",
      passwordHash: "bench-not-a-password-hash",
    },
    select: { id: true },
  });
  const t0 = performance.now();
  const seeded = await seedCandidates({
    count: CANDIDATES,
    seed: SEED,
    createdById: recruiter.id,
    rng: new Rng(SEED),
    now: Date.now(),
  });
  const bands = BANDS.map((b) => `${b} ${fmt(seeded.filter((s) => s.band === b).length)}`).join(", ");
  console.log(
    `  loaded ${fmt(seeded.length)} generated candidates with their scores and identifiers in ${((performance.now() - t0) / 1000).toFixed(1)} s (${bands})`,
  );
  const { token } = await createApiKey(
    OPERATOR_ACTOR,
    { name: "Bench load", scopes: ["candidates:read", "candidates:write"] },
    META,
  );
  writeFileSync(out, JSON.stringify({ token }), { mode: 0o600 });
}

async function verify(out: string, prefix: string, idsFile: string): Promise<void> {
  const mine = { externalId: { startsWith: prefix } };
  const ids = JSON.parse(readFileSync(idsFile, "utf8")) as string[];
  let okFound = 0;
  for (let i = 0; i < ids.length; i += 500)
    okFound += await db.candidate.count({ where: { externalId: { in: ids.slice(i, i + 500) } } });
  const [created, scores, cases] = await Promise.all([
    db.candidate.count({ where: mine }),
    db.score.count({ where: { candidate: mine } }),
    db.case.count({ where: { candidate: mine } }),
  ]);
  const chain = await verifyAuditChain();
  const report: VerifyReport = {
    created,
    okFound,
    scores,
    cases,
    chainOk: chain.ok,
    chainEvents: chain.events,
    chainProblem: chain.ok ? null : `at seq ${chain.seq}: ${chain.problem}`,
  };
  writeFileSync(out, JSON.stringify(report));
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:") || url !== process.env.CANDOR_BENCH_DB)
    throw new Error("api-data.ts runs only from tests/bench/api.ts, on the temp database it creates");
  const [mode, out, prefix, ids] = process.argv.slice(2);
  if (mode === "seed" && out) await seed(out);
  else if (mode === "verify" && out && prefix && ids) await verify(out, prefix, ids);
  else throw new Error("usage: api-data.ts seed OUT | verify OUT PREFIX IDS");
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
