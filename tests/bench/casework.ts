/**
 * The casework part of `npm run bench`: the security leads' queue (listCases) over 100,000
 * candidates and 10,000 undecided cases, verifyAuditChain() over a 1,000,000-event chain, and the
 * what-if of a rule-set draft over the same 100,000 candidates (what-if.ts).
 *
 *   npx tsx tests/bench/casework.ts            (or runCaseworkBench() from tests/bench/run.ts)
 *
 * The data layer imports "server-only", which resolves only under the react-server export
 * condition, so the measuring runs in a child (casework-data.ts) started with
 * `tsx --conditions=react-server`, against a temp SQLite database migrated here with the real
 * migrations and deleted afterwards. It reports; it never fails on timing.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function runChild(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin("tsx"),
      ["--conditions=react-server", path.join("tests", "bench", "casework-data.ts")],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url, CANDOR_BENCH_DB: url },
        stdio: "inherit",
      },
    );
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs the casework bench; resolves to false when it crashed (never for slow timings). */
export async function runCaseworkBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  // Ctrl-C reaches the child too; the temp database (several hundred MB) must not outlive it.
  const onInterrupt = () => {
    cleanup();
    process.exit(130);
  };
  process.once("SIGINT", onInterrupt);
  console.log("");
  console.log(`Casework queue (temp SQLite database ${url})`);
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
    if (code !== 0) console.error(`casework bench child exited with ${code}`);
    return code === 0;
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    cleanup();
    console.log(`  removed ${dir}`);
  }
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked) {
  runCaseworkBench().then((ok) => {
    if (!ok) process.exitCode = 1;
  });
}
