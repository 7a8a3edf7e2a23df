import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { databaseUrl, dbProvider } from "@/lib/env";
import { DurableSqliteAdapter } from "@/lib/infra/sqlite";

/**
 * Both generated clients come from the same models (prisma/schema.prisma), so they expose the
 * same API; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The SQLite adapter runs one transaction at a time on its one connection and hands it to the
 * next waiter as a resolved promise, and its queries resolve without waiting for I/O, so a queue
 * of transactions drains back to back without the event loop turning: meanwhile no connection is
 * accepted or read. Under 50 concurrent creates, requests arriving on new connections waited up
 * to 19 s while the others were served every second (tests/bench/api.ts). One yield after each
 * BEGIN lets the event loop take in waiting requests between transactions, at no cost in throughput.
 */
class FairSqliteAdapter extends DurableSqliteAdapter {
  override async connect() {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      await new Promise<void>((resolve) => setImmediate(resolve));
      return tx;
    };
    return adapter;
  }
}

/**
 * How long a transaction may wait for SQLite's one writer. Waiting in line is the normal case
 * there: a transaction starts after every one queued before it, about 50 x 60 ms behind 50
 * concurrent creates. Prisma's default of 2 s (meant for waiting on a pool connection) failed
 * 189 of 441 creates of such a burst with a 500, after each had waited its turn.
 */
const SQLITE_MAX_WAIT_MS = 20_000;

export function createDb(url = databaseUrl()): Db {
  if (dbProvider(url) === "sqlite") {
    return new SqliteClient({
      adapter: new FairSqliteAdapter({ url }),
      transactionOptions: { maxWait: SQLITE_MAX_WAIT_MS },
    });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { candorDb?: Db };

/** One client per process (Next's dev server reloads modules; the global survives). */
export const db: Db = globalForDb.candorDb ?? createDb();
globalForDb.candorDb = db;
