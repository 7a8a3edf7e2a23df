#!/usr/bin/env node
// `npm test`: the whole suite, in the order a failure is cheapest to find. Lint and type-check,
// unit tests, the data layer against SQLite and a real PostgreSQL server, a production build,
// then the browser tests in Chromium against that build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const sharedData = path.resolve(root, "..", "shared", "data");
if (!fs.existsSync(sharedData)) {
  console.error(`✗ The public data sets are missing: expected ${sharedData} (see README, "Tests").`);
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["lint (eslint, prettier)", "npm", ["run", "lint"]],
  ["type-check", "npx", ["tsc", "--noEmit"]],
  ["unit tests", "npx", ["vitest", "run", "--project", "unit"]],
  [
    "integration tests (SQLite, PostgreSQL)",
    "npx",
    ["vitest", "run", "--project", "integration-sqlite", "--project", "integration-postgresql"],
  ],
  ["production build", "npx", ["next", "build"]],
  ["browser tests (Chromium)", "npx", ["playwright", "test"]],
];

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) break;
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds}s)`);
const failed = results.some((r) => !r.ok) || results.length < steps.length;
if (failed) console.log(`✗ stopped at: ${results.find((r) => !r.ok)?.name}`);
process.exit(failed ? 1 : 0);
