// Serves the built app for the browser tests on a fresh SQLite database with the demo data.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const port = process.argv[2] ?? "3100";
const dbFile = path.join(root, "data", "e2e.db");
fs.mkdirSync(path.dirname(dbFile), { recursive: true });
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`])
  fs.rmSync(f, { force: true });

// A fresh audit signing key and checkpoint file per run, as the demo has.
const auditKeyFile = path.join(root, "data", "e2e-audit-signing-key.json");
const checkpointFile = path.join(root, "data", "e2e-audit-checkpoints.jsonl");
for (const f of [auditKeyFile, checkpointFile]) fs.rmSync(f, { force: true });
const env = {
  ...process.env,
  CANDOR_AUDIT_SIGNING_KEY_FILE: auditKeyFile,
  CANDOR_AUDIT_CHECKPOINT_FILE: checkpointFile,
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  NEXT_TELEMETRY_DISABLED: "1",
};
const run = (args) => {
  const r = spawnSync("npm", ["run", "--silent", ...args], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(["cli", "--", "audit", "keygen", "--out", auditKeyFile]);
run(["db:migrate"]);
run(["db:seed"]);
run(["cli", "--", "audit", "checkpoint"]);
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  const b = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
// The production server entry (`npm start`), which stamps each request with its socket's address.
const server = spawn(process.execPath, ["lib/server.mjs", "--port", port, "--hostname", "127.0.0.1"], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
