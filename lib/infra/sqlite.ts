import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * How every SQLite connection Candor opens (the app, the CLI, `prisma migrate`) is set up.
 *
 * - WAL: readers never block the writer nor the writer the readers, so pages keep loading while
 *   an import or a re-score writes. The mode is stored in the database file itself.
 * - synchronous=FULL: each commit is fsynced to the WAL before it returns, so a transaction that
 *   was reported committed survives a power loss or an OS crash, not only a killed process.
 *   NORMAL would be faster but may lose the last commits on power loss; an audit trail and case
 *   decisions must not silently disappear, so FULL it is.
 * - busy_timeout: a second process (the CLI beside the server) waits up to this long for the
 *   write lock instead of failing at once with SQLITE_BUSY.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;
export const SQLITE_SYNCHRONOUS = "FULL";
export const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${SQLITE_SYNCHRONOUS}; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS};`;

type Connected = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Queryable = Pick<Connected, "queryRaw" | "executeRaw">;

/**
 * PostgreSQL's LIKE treats a backslash as the escape character; SQLite's LIKE has none unless the
 * query says ESCAPE, and Prisma's contains/startsWith/endsWith never do. So a search for "%" or
 * "_" matched every row on SQLite with no way to ask for the literal character. Every LIKE on a
 * SQLite connection gets ESCAPE '\', and both databases read lib/infra/like.ts's escaping alike.
 */
const BARE_LIKE = /\bLIKE\s+\?(?!\s*ESCAPE)/gi;
export function withLikeEscape(sql: string): string {
  return sql.replace(BARE_LIKE, "LIKE ? ESCAPE '\\'");
}

function escapeLikes<Q extends Queryable>(target: Q): Q {
  const query = target.queryRaw.bind(target);
  const execute = target.executeRaw.bind(target);
  target.queryRaw = (q) => query({ ...q, sql: withLikeEscape(q.sql) });
  target.executeRaw = (q) => execute({ ...q, sql: withLikeEscape(q.sql) });
  return target;
}

/** The better-sqlite3 adapter with Candor's pragmas applied to each connection it opens. */
export class DurableSqliteAdapter extends PrismaBetterSQLite3 {
  override async connect(): Promise<Connected> {
    return configure(await super.connect());
  }

  override async connectToShadowDb(): Promise<Connected> {
    return configure(await super.connectToShadowDb());
  }
}

async function configure(adapter: Connected): Promise<Connected> {
  await adapter.executeScript(SQLITE_PRAGMAS);
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => escapeLikes(await start(isolationLevel));
  return escapeLikes(adapter);
}
