import path from "node:path";
import { defineConfig } from "prisma/config";
import { DurableSqliteAdapter } from "./lib/infra/sqlite";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, dbProvider } from "./lib/env";

// SQLite and PostgreSQL each have their own schema file (same models) and migration folder;
// DATABASE_URL picks which one the CLI works on. Migrations open SQLite with the same pragmas as
// the app (lib/infra/sqlite.ts), so a fresh database is in WAL mode from its first write.
const url = databaseUrl();
const provider = dbProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema:
    provider === "sqlite"
      ? path.join("prisma", "schema.prisma")
      : path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations", provider) },
  async adapter() {
    return provider === "sqlite"
      ? new DurableSqliteAdapter({ url })
      : new PrismaPg({ connectionString: url });
  },
});
