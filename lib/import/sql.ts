/**
 * Multi-row INSERT statements for the importer's batches, in the SQLite or PostgreSQL dialect.
 * Prisma's createMany spends milliseconds per row in the client on this machine; a few
 * parameterised multi-row INSERTs per table and batch are an order of magnitude faster. Pure:
 * builds the text and parameters; the caller runs them with tx.$executeRawUnsafe.
 *
 * Values are written exactly as Prisma writes them: JSON as text (SQLite) or jsonb, DateTime as
 * Date objects that the SQLite adapter stores as "…+00:00" text, or as UTC timestamp(3)
 * (PostgreSQL), enums cast to their PostgreSQL type.
 */
export type Dialect = "sqlite" | "postgresql";
export type ColumnType = "text" | "int" | "float" | "json" | "timestamp" | "band";
export type Columns = Readonly<Record<string, ColumnType>>;

/** Under SQLite's 32,766 bound variables per statement (PostgreSQL allows 65,535). */
const MAX_PARAMS = 30_000;

const PG_CAST: Record<ColumnType, string> = {
  text: "",
  int: "::integer",
  float: "::double precision",
  json: "::jsonb",
  timestamp: "::timestamp(3)",
  band: '::"Band"',
};

/**
 * A JSON cell copied from a column of a row written earlier in the same transaction, instead of
 * being sent again: the client engine serialises every parameter through JSON several times
 * before the driver sees it, so a large document sent once is much cheaper than twice.
 */
export class CopiedJson {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly id: string,
  ) {}
}

function value(dialect: Dialect, type: ColumnType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof CopiedJson) return v.id;
  if (type === "json") return JSON.stringify(v);
  if (type === "timestamp") {
    const d = v instanceof Date ? v : new Date(String(v));
    return dialect === "sqlite" ? d : d.toISOString().replace("Z", "");
  }
  return v;
}

/** Positional parameter `n` (1-based) in the dialect. */
export function placeholder(dialect: Dialect, n: number): string {
  return dialect === "postgresql" ? `$${n}` : "?";
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** Roughly the size of a parameter as the client engine serialises it. */
function sizeOf(v: unknown): number {
  return typeof v === "string" ? v.length + 2 : 8;
}

/**
 * INSERT statements for `rows` (objects keyed by column), split to stay under the parameter
 * limit and, when `maxBytes` is given, to keep each statement's parameters around that size
 * (a single larger row still gets a statement of its own).
 */
export function insertStatements(
  dialect: Dialect,
  table: string,
  columns: Columns,
  rows: readonly Record<string, unknown>[],
  opts: { maxBytes?: number } = {},
): Statement[] {
  const names = Object.keys(columns);
  if (rows.length === 0 || names.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const maxBytes = opts.maxBytes ?? Infinity;
  const head = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES `;
  const out: Statement[] = [];
  let params: unknown[] = [];
  let tuples: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (tuples.length) out.push({ sql: head + tuples.join(", "), params });
    params = [];
    tuples = [];
    bytes = 0;
  };
  for (const row of rows) {
    const values = names.map((name) => value(dialect, columns[name]!, row[name]));
    const size = values.reduce<number>((n, v) => n + sizeOf(v), 0);
    if (tuples.length >= perStatement || (tuples.length > 0 && bytes + size > maxBytes)) flush();
    const cells = names.map((name, i) => {
      params.push(values[i]);
      const p = placeholder(dialect, params.length);
      const cell = row[name];
      if (cell instanceof CopiedJson)
        return `(SELECT "${cell.column}" FROM "${cell.table}" WHERE "id" = ${p})`;
      return dialect === "postgresql" ? `${p}${PG_CAST[columns[name]!]}` : p;
    });
    tuples.push(`(${cells.join(", ")})`);
    bytes += size;
  }
  flush();
  return out;
}

/**
 * The stored CandidateIdentifier rows holding any of `wanted` (kind, value) pairs: one query
 * per kind's values, OR-ed, on the (kind, value) index. A raw query because Prisma's compiled
 * OR of IN lists cost several times the lookup itself.
 */
export function identifierLookup(
  dialect: Dialect,
  wanted: readonly { kind: string; value: string }[],
): Statement {
  const byKind = new Map<string, string[]>();
  for (const { kind, value } of wanted) {
    const list = byKind.get(kind);
    if (list) list.push(value);
    else byKind.set(kind, [value]);
  }
  const params: string[] = [];
  const next = (v: string) => {
    params.push(v);
    return placeholder(dialect, params.length);
  };
  const terms = [...byKind].map(
    ([kind, values]) => `("kind" = ${next(kind)} AND "value" IN (${values.map(next).join(", ")}))`,
  );
  return {
    sql: `SELECT "kind", "value", "candidateId" FROM "CandidateIdentifier" WHERE ${terms.length ? terms.join(" OR ") : "1 = 0"}`,
    params,
  };
}
