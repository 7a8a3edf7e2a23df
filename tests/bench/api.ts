/**
 * The API part of `npm run bench`: the public API served by the production build (`next start`)
 * on a temp SQLite database holding 100,000 candidates. Measures the candidates list read by one
 * client (p50/p95 against GET /api/health in the same run), then candidates created by 50
 * concurrent clients with autocannon (requests/s, p50/p95/p99, non-2xx and errors, against the
 * same load on /api/health), and checks afterwards in the database that every 2xx created exactly
 * one candidate and that the audit chain is intact. Reports; never fails on timing, only on
 * errors: a crash, a wrong status, or a create that failed or went missing.
 *
 *   npx tsx tests/bench/api.ts            (or runApiBench() from tests/bench/run.ts)
 *
 * Runs `next build` first only if there is no build (.next/BUILD_ID). The database work runs in a
 * child under `tsx --conditions=react-server` (api-data.ts), as the data layer imports
 * "server-only". The server and the temp database are removed at the end, also on Ctrl-C.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOAD_PREFIX, measureCreate, measureList } from "./api-load";
import type { VerifyReport } from "./api-data";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const READY_TIMEOUT_MS = 120_000;

function runData(url: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      bin("tsx"),
      ["--conditions=react-server", path.join("tests", "bench", "api-data.ts"), ...args],
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Its own process group, so stopping it also stops anything it started. */
function startServer(url: string, port: number, dir: string, log: number): ChildProcess {
  // The production server entry (`npm start`), so the bench measures what is deployed.
  return spawn(
    process.execPath,
    [path.join(ROOT, "lib", "server.mjs"), "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
        NEXT_TELEMETRY_DISABLED: "1",
        CANDOR_EVIDENCE_DIR: path.join(dir, "evidence"),
        // One key drives the whole load; the per-key limiter (lib/api/rate-limit.ts) must not answer 429.
        CANDOR_API_RATE_BURST: "1000000000",
        CANDOR_API_RATE_PER_MINUTE: "1000000000",
      },
    },
  );
}

const running = (server: ChildProcess | null): server is ChildProcess & { pid: number } =>
  Boolean(server?.pid) && server?.exitCode === null && server.signalCode === null;

function stopServer(server: ChildProcess | null, signal: NodeJS.Signals = "SIGTERM"): void {
  if (!running(server)) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, then SIGKILL if it has not exited within five seconds. */
async function stopAndWait(server: ChildProcess | null): Promise<void> {
  if (!running(server)) return;
  const exited = new Promise((r) => server.once("exit", r));
  stopServer(server);
  const timer = setTimeout(() => stopServer(server, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(base: string, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && server.exitCode === null) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** What the server logged: errors under load (e.g. SQLITE_BUSY) show up here first. */
function serverLogSummary(file: string): void {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const errors = lines.filter((l) => /error|SQLITE_BUSY|database is locked|unhandled/i.test(l));
  const busy = lines.filter((l) => /SQLITE_BUSY|database is locked/i.test(l)).length;
  console.log(
    `  server log: ${fmt(lines.length)} lines, ${fmt(errors.length)} mentioning an error${busy ? `, ${fmt(busy)} SQLITE_BUSY / database is locked` : ""}`,
  );
  for (const l of [...new Set(errors)].slice(0, 5)) console.log(`    ${l.slice(0, 300)}`);
}

async function measure(
  url: string,
  dir: string,
  serverRef: { current: ChildProcess | null },
): Promise<boolean> {
  const keyFile = path.join(dir, "key.json");
  if ((await runData(url, ["seed", keyFile])) !== 0) return false;
  const { token } = JSON.parse(fs.readFileSync(keyFile, "utf8")) as { token: string };

  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("  no production build (.next/BUILD_ID is missing): running next build first");
    const build = spawnSync(bin("next"), ["build"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) return false;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, "server.log");
  const log = fs.openSync(logFile, "a");
  const server = startServer(url, port, dir, log);
  serverRef.current = server;
  fs.closeSync(log);
  if (!(await waitUntilReady(base, server))) {
    console.error(
      `  the production server did not answer on ${base} within ${READY_TIMEOUT_MS / 1000} s:\n${fs.readFileSync(logFile, "utf8").slice(-2_000)}`,
    );
    return false;
  }
  console.log(
    `  npm start (production build ${fs.readFileSync(path.join(ROOT, ".next", "BUILD_ID"), "utf8").trim()}) on ${base}`,
  );

  const api = { base, token };
  const listOk = await measureList(api);
  const load = await measureCreate(api);
  serverLogSummary(logFile);
  if (!load) return false;

  const reportFile = path.join(dir, "verify.json");
  const idsFile = path.join(dir, "ok-ids.json");
  fs.writeFileSync(idsFile, JSON.stringify(load.okIds));
  if ((await runData(url, ["verify", reportFile, LOAD_PREFIX, idsFile])) !== 0) return false;
  const v = JSON.parse(fs.readFileSync(reportFile, "utf8")) as VerifyReport;
  const ok = load.okIds.length;
  const extra = v.created - v.okFound;
  // Every 2xx must have stored its candidate; a request the client never heard back from may or
  // may not have, so only those can account for more.
  const consistent = v.okFound === ok && extra >= 0 && extra <= load.unanswered && v.scores === v.created;
  const found = v.okFound === ok ? `all ${fmt(ok)}` : `ONLY ${fmt(v.okFound)} of the ${fmt(ok)}`;
  console.log(
    `  in the database: ${found} candidates answered 2xx, each with one score${v.scores === v.created ? "" : " (SCORES MISSING)"}; ${fmt(v.cases)} cases opened`,
  );
  console.log(
    `    plus ${fmt(extra)} created by requests that got no answer (${fmt(load.unanswered)} unanswered: timed out, or in flight when the load stopped)${consistent ? "" : ": MISMATCH"}`,
  );
  console.log(
    `    audit chain ${v.chainOk ? `intact (${fmt(v.chainEvents)} events)` : `BROKEN ${v.chainProblem}`}`,
  );
  const clean = load.non2xx === 0 && load.errors === 0;
  if (!clean)
    console.log(
      `  ERRORS under load: ${fmt(load.non2xx)} non-2xx, ${fmt(load.errors)} errors (zero required)`,
    );
  return listOk && clean && consistent && v.chainOk;
}

/** Runs the API bench; resolves to false on errors (never for slow timings). */
export async function runApiBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-bench-api-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const server: { current: ChildProcess | null } = { current: null };
  const cleanup = () => {
    stopServer(server.current);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // The server is in its own process group, so Ctrl-C does not reach it: stop it here, and
  // on any exit (a crash included).
  const onInterrupt = () => {
    cleanup();
    process.exit(130);
  };
  const onExit = () => stopServer(server.current);
  process.once("SIGINT", onInterrupt);
  process.once("SIGTERM", onInterrupt);
  process.once("exit", onExit);
  console.log("");
  console.log(
    `Public API over HTTP (temp SQLite database ${url}; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs)`,
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
    return await measure(url, dir, server);
  } catch (e) {
    console.error(e);
    const log = path.join(dir, "server.log");
    if (fs.existsSync(log))
      console.error(
        `  server state: ${running(server.current) ? "running" : `exited (${server.current?.exitCode ?? server.current?.signalCode})`}; last lines of its log:\n${fs.readFileSync(log, "utf8").slice(-3_000)}`,
      );
    return false;
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    process.removeListener("SIGTERM", onInterrupt);
    process.removeListener("exit", onExit);
    await stopAndWait(server.current);
    cleanup();
    console.log(`  stopped the server; removed ${dir}`);
  }
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked) {
  runApiBench().then((ok) => {
    if (!ok) process.exitCode = 1;
  });
}
