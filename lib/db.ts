import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { databaseUrl, dbProvider } from "@/lib/env";

/**
 * Both generated clients come from the same models (prisma/schema.prisma), so they expose the
 * same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url = databaseUrl()): Db {
  if (dbProvider(url) === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { candorDb?: Db };

/** One client per process (Next's dev server reloads modules; the global survives). */
export const db: Db = globalForDb.candorDb ?? createDb();
globalForDb.candorDb = db;
