import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, dbProvider } from "@/lib/env";

/** Applies the migrations of the provider DATABASE_URL names (prisma.config.ts picks the folder). */
export async function runMigrations(): Promise<void> {
  const url = databaseUrl();
  if (dbProvider(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: process.env,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`Migrations failed (prisma migrate deploy exited with ${result.status})`);
  }
  const applied = /(\d+) migrations? found/.exec(result.stdout)?.[1] ?? "?";
  console.log(`Database schema is up to date (${dbProvider(url)}, ${applied} migration(s)).`);
}
