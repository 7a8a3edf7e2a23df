#!/usr/bin/env node
// `npm run demo`: installs what is missing, prepares the embedded SQLite database (migrations,
// demo data when empty), builds and serves Candor on http://localhost:3000. Plain JavaScript
// with Node built-ins only, because it runs before the dependencies are installed.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
process.chdir(root);

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function step(message) {
  console.log(`\n▶ ${message}`);
}

const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  step("Installing dependencies (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

fs.mkdirSync(path.join(root, "data"), { recursive: true });
// The demo's own session secret: made once, kept beside its database (data/ is not committed),
// readable by the owner only, so demo sessions survive restarts and nothing public signs them.
const secretFile = path.join(root, "data", ".auth-secret");
const existing = fs.existsSync(secretFile) ? fs.readFileSync(secretFile, "utf8").trim() : "";
if (Buffer.byteLength(existing) < 32)
  fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
fs.chmodSync(secretFile, 0o600);

// The audit checkpoints' signing key and their external copy live beside the database, never in it.
const auditKeyFile =
  process.env.CANDOR_AUDIT_SIGNING_KEY_FILE ?? path.join(root, "data", "audit-signing-key.json");
if (!process.env.CANDOR_AUDIT_SIGNING_KEY && !fs.existsSync(auditKeyFile)) {
  step("Generating the audit checkpoint signing key");
  run("npm", ["run", "--silent", "cli", "--", "audit", "keygen", "--out", auditKeyFile]);
}

const port = "3000";
const env = {
  ...process.env,
  ...(process.env.CANDOR_AUDIT_SIGNING_KEY ? {} : { CANDOR_AUDIT_SIGNING_KEY_FILE: auditKeyFile }),
  CANDOR_AUDIT_CHECKPOINT_FILE:
    process.env.CANDOR_AUDIT_CHECKPOINT_FILE ?? path.join(root, "data", "audit-checkpoints.jsonl"),
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/candor.db",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim(),
  NEXT_TELEMETRY_DISABLED: "1",
};

step("Applying database migrations");
run("npm", ["run", "--silent", "db:migrate"], env);
step("Loading demo data (only into an empty database)");
run("npm", ["run", "--silent", "db:seed", "--", "--if-empty"], env);
step("Signing an audit checkpoint of the trail's head");
run("npm", ["run", "--silent", "cli", "--", "audit", "checkpoint"], env);
step("Building Candor");
run("npx", ["next", "build"], env);

// The production server entry (`npm start`), which stamps each request with its socket's address.
const server = spawn(process.execPath, ["lib/server.mjs", "--port", port, "--hostname", "localhost"], {
  stdio: ["ignore", "pipe", "inherit"],
  env,
});
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    console.log(`
────────────────────────────────────────────────────────────
  Candor is running at http://localhost:${port}
  Sign in with one of the demo accounts:
    recruiter       recruiter@candor.test   demo-recruiter-2026
    security lead   security@candor.test    demo-security-2026
    second lead     security2@candor.test   demo-security2-2026   (approves cleared critical cases)
    admin           admin@candor.test       demo-admin-2026
  Press Ctrl+C to stop.
────────────────────────────────────────────────────────────`);
  }
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
