import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createDb, db } from "@/lib/db";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/infra/sqlite";
import { migrate } from "./setup/migrate";
import { provider } from "./support/fixtures";

/**
 * SQLite used to run in journal_mode=delete: every write blocked every reader, and a second
 * process (the CLI beside the server) failed at once on the lock. Each connection now runs in
 * WAL with synchronous=FULL (no committed transaction lost on power loss) and a busy timeout.
 * PostgreSQL has none of these knobs (the server owns durability); the file checks SQLite only.
 */
type PlainSqlite = { pragma(sql: string, opts: { simple: true }): unknown; close(): void };
const requireFromAdapter = createRequire(require.resolve("@prisma/adapter-better-sqlite3"));
const BetterSqlite3 = requireFromAdapter("better-sqlite3") as new (file: string) => PlainSqlite;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function pragma(client: typeof db, name: string): Promise<string> {
  const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return String(Object.values(rows[0] ?? {})[0]);
}

describe.runIf(provider === "sqlite")(
  "SQLite connections are durable and wait for the lock (journal_mode=delete regression)",
  () => {
    test("the app's connection reports WAL, synchronous=FULL and the busy timeout", async () => {
      expect(await pragma(db, "journal_mode")).toBe("wal");
      // 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
      expect(await pragma(db, "synchronous")).toBe("2");
      expect(await pragma(db, "busy_timeout")).toBe(String(SQLITE_BUSY_TIMEOUT_MS));
    });

    test("a database created by the migrate command is in WAL mode before the app first opens it", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-wal-"));
      dirs.push(dir);
      const file = path.join(dir, "fresh.db");
      migrate(`file:${file}`);
      // A plain connection with no pragmas of its own: WAL is a property of the file.
      const plain = new BetterSqlite3(file);
      try {
        expect(plain.pragma("journal_mode", { simple: true })).toBe("wal");
      } finally {
        plain.close();
      }
    });

    test("a reader is not blocked while another connection holds an open write transaction", async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "candor-wal-"));
      dirs.push(dir);
      const url = `file:${path.join(dir, "rw.db")}`;
      migrate(url);
      const writer = createDb(url);
      const reader = createDb(url);
      try {
        await writer.$transaction(async (tx) => {
          await tx.signInAttempt.create({ data: { key: "wal-check" } });
          // In journal_mode=delete the reader would wait for (or fail on) the writer's lock here;
          // in WAL it reads the last committed state at once.
          const started = Date.now();
          expect(await reader.signInAttempt.count({ where: { key: "wal-check" } })).toBe(0);
          expect(Date.now() - started).toBeLessThan(1_000);
        });
        expect(await reader.signInAttempt.count({ where: { key: "wal-check" } })).toBe(1);
      } finally {
        await writer.$disconnect();
        await reader.$disconnect();
      }
    });
  },
);
