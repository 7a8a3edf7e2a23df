/**
 * CSV import throughput: 10,000 generated candidates (30% following a fraud pattern, with
 * their work history in the second file) imported into a freshly migrated temp SQLite
 * database, then the same files imported again (every row recognised, nothing duplicated).
 * Prints rows per second and how long the event loop was blocked (the server must stay
 * responsive while an import runs). Reports; never fails on timing.
 *
 *   npx tsx tests/bench/import.ts            (or runImportBench() from tests/bench/run.ts)
 *
 * The data layer imports "server-only", so the measuring runs in a child started with
 * `tsx --conditions=react-server`, like casework.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { OPERATOR_ACTOR } from "@/lib/data/types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ROWS = Number(process.env.CANDOR_BENCH_IMPORT_ROWS ?? 10_000);
/** Optional: compare batch sizes (default: the importer's own, DEFAULT_BATCH_SIZE). */
const BATCH = process.env.CANDOR_BENCH_IMPORT_BATCH
  ? Number(process.env.CANDOR_BENCH_IMPORT_BATCH)
  : undefined;
const SEED = 31_337;
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function measure(): Promise<void> {
  const { createUser } = await import("@/lib/data/users");
  const { importCandidates } = await import("@/lib/data/candidate-import");
  const { verifyAuditChain } = await import("@/lib/data/audit-verify");
  const { candidatesToCsv } = await import("@/lib/import/files");
  const { db } = await import("@/lib/db");
  const { generateMany } = await import("../fixtures/profiles/generate");

  const meta = { requestId: "bench-import", ip: null };
  const { user } = await createUser(
    OPERATOR_ACTOR,
    { email: "importer@bench.candor.test", name: "Bench importer", role: "recruiter" },
    meta,
    "bench-importer-password",
  );
  const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  const inputs = generateMany(SEED, ROWS).map((d) => d.profile);
  const files = candidatesToCsv(inputs);
  console.log(
    `  files: ${fmt(ROWS)} rows, ${(files.candidates.length / 1e6).toFixed(1)} MB candidates + ${(files.workHistory.length / 1e6).toFixed(1)} MB work history`,
  );

  for (const pass of ["first import", "re-import (same files)"]) {
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let last = t0;
    const r = await importCandidates(
      actor,
      { csv: files.candidates, workHistoryCsv: files.workHistory },
      meta,
      {
        label: "bench.csv",
        batchSize: BATCH,
        onProgress: (done) => {
          if (performance.now() - last > 5_000) {
            last = performance.now();
            process.stdout.write(
              `    ${fmt(done)}/${fmt(ROWS)} after ${((last - t0) / 1000).toFixed(0)} s\n`,
            );
          }
        },
      },
    );
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    lag.disable();
    console.log(
      `  ${pass.padEnd(24)}${fmt(ROWS / (ms / 1000))} rows/s (${(ms / 1000).toFixed(1)} s): ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed} failed`,
    );
    console.log(
      `  ${"".padEnd(24)}${fmt(ROWS / (cpuMs / 1000))} rows/s by process CPU time (${(cpuMs / ROWS).toFixed(2)} ms a row; wall-clock includes waiting for a core on a shared machine)`,
    );
    console.log(
      `  ${"".padEnd(24)}event loop blocked at most ${(lag.max / 1e6).toFixed(0)} ms (p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms)`,
    );
  }
  const [candidates, cases, deliveries] = await Promise.all([
    db.candidate.count(),
    db.case.count(),
    db.webhookDelivery.count(),
  ]);
  const chain = await verifyAuditChain();
  console.log(
    `  database: ${fmt(candidates)} candidates, ${fmt(cases)} cases opened, ${deliveries} webhook deliveries; audit chain ${chain.ok ? `intact (${fmt(chain.events)} events)` : "BROKEN"}`,
  );
  if (!chain.ok) process.exitCode = 1;
}

function runChild(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin("tsx"),
      ["--conditions=react-server", path.join("tests", "bench", "import.ts"), "--child"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: "inherit",
      },
    );
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs the import bench; resolves to false when it crashed (never for slow timings). */
export async function runImportBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-bench-import-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  console.log("");
  console.log(
    `CSV import (temp SQLite database ${url}; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs)`,
  );
  try {
    const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (migrate.status !== 0) {
      console.error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
      return false;
    }
    const code = await runChild(url);
    if (code !== 0) console.error(`import bench child exited with ${code}`);
    return code === 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`  removed ${dir}`);
  }
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked && process.argv.includes("--child")) {
  measure().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
} else if (invoked) {
  runImportBench().then((ok) => {
    if (!ok) process.exitCode = 1;
  });
}
