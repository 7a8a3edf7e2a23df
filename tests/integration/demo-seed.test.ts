import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { RULES, type ScoreBreakdown } from "@/lib/scoring";
import { migrate } from "./setup/migrate";

/**
 * The demo database, built exactly as `npm run demo` builds it (migrations, then the seed
 * command), in a temp SQLite file of its own so the shared test database is untouched.
 */
const root = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-demo-"));
const url = `file:${path.join(dir, "demo.db")}`;
let demo: Db;

beforeAll(() => {
  migrate(url);
  const r = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "lib/cli/main.ts", "seed"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, CANDOR_EVIDENCE_DIR: path.join(dir, "evidence") },
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`seed failed:\n${r.stdout}\n${r.stderr}`);
  demo = createDb(url);
}, 120_000);

afterAll(async () => {
  await demo?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the demo seed", () => {
  test("holds at least 30 candidates spread across every band", async () => {
    const bands = await demo.candidate.groupBy({ by: ["latestBand"], _count: { _all: true } });
    const count: Record<string, number> = Object.fromEntries(
      bands.map((b) => [String(b.latestBand), b._count._all]),
    );
    expect(Object.values(count).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    for (const band of ["low", "medium", "high", "critical"]) expect(count[band] ?? 0).toBeGreaterThan(0);
  });

  test("exercises every rule of the catalogue at least once", async () => {
    const scores = await demo.score.findMany({ select: { breakdown: true } });
    const fired = new Set(
      scores.flatMap((s) => (s.breakdown as unknown as ScoreBreakdown).fired.map((f) => f.ruleId)),
    );
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  test("puts cases in every state of the workflow and keeps an intact audit chain", async () => {
    const statuses = new Set((await demo.case.findMany({ select: { status: true } })).map((c) => c.status));
    for (const s of ["open", "in_review", "awaiting_approval", "decided"]) expect(statuses).toContain(s);
    const r = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "lib/cli/main.ts", "audit", "verify"],
      { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok, \d+ events, head [0-9a-f]{64}/);
  });

  test("has an account for every role", async () => {
    const roles = (await demo.user.findMany({ select: { role: true } })).map((u) => u.role);
    expect(new Set(roles)).toEqual(new Set(["recruiter", "security_lead", "admin"]));
  });
});
