import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

/** Applies the real migrations (the same command `npm run db:migrate` runs) to a test database. */
export function migrate(databaseUrl: string): void {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`prisma migrate deploy failed for ${databaseUrl}:\n${result.stdout}\n${result.stderr}`);
}
