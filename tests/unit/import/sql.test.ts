import { describe, expect, test } from "vitest";
import { insertStatements } from "@/lib/import/sql";

const columns = { id: "text", n: "int", rate: "float", data: "json", at: "timestamp", band: "band" } as const;
const at = new Date("2026-03-01T10:20:30.456Z");
const rows = [
  { id: "a", n: 1, rate: 1.5, data: { x: [1] }, at, band: "low" },
  { id: "b", n: null, rate: 2, data: null, at, band: null },
];

describe("insertStatements", () => {
  test("SQLite: ? placeholders, JSON as text, dates left to the adapter", () => {
    const [s, ...more] = insertStatements("sqlite", "T", columns, rows);
    expect(more).toEqual([]);
    expect(s!.sql).toBe(
      'INSERT INTO "T" ("id", "n", "rate", "data", "at", "band") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)',
    );
    expect(s!.params).toEqual(["a", 1, 1.5, '{"x":[1]}', at, "low", "b", null, 2, null, at, null]);
  });

  test("PostgreSQL: numbered placeholders with casts, UTC timestamps", () => {
    const [s] = insertStatements("postgresql", "T", columns, rows.slice(0, 1));
    expect(s!.sql).toBe(
      'INSERT INTO "T" ("id", "n", "rate", "data", "at", "band") VALUES ($1, $2::integer, $3::double precision, $4::jsonb, $5::timestamp(3), $6::"Band")',
    );
    expect(s!.params).toEqual(["a", 1, 1.5, '{"x":[1]}', "2026-03-01T10:20:30.456", "low"]);
  });

  test("splits to stay under the bound-parameter limit, keeping row order", () => {
    const many = Array.from({ length: 12_001 }, (_, i) => ({
      id: `r${i}`,
      n: i,
      rate: 0,
      data: null,
      at,
      band: null,
    }));
    const statements = insertStatements("sqlite", "T", columns, many);
    expect(statements.length).toBe(3);
    for (const s of statements) expect(s.params.length).toBeLessThanOrEqual(30_000);
    expect(statements.flatMap((s) => s.params.filter((_, i) => i % 6 === 0))).toEqual(many.map((r) => r.id));
    expect(insertStatements("sqlite", "T", columns, [])).toEqual([]);
  });
});
