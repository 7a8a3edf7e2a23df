/**
 * Derives prisma/postgresql/schema.prisma from the canonical SQLite schema. The models are
 * identical; only the datasource provider and the generated client's folder differ.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const source = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");

export function toPostgres(schema: string): string {
  return schema
    .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/candor.db"', 'url      = "postgresql://localhost/candor"');
}

const out = toPostgres(source);
if (out === source || !out.includes('provider = "postgresql"')) {
  throw new Error("prisma/schema.prisma no longer has the expected datasource and generator lines");
}
fs.mkdirSync(path.join(root, "prisma", "postgresql"), { recursive: true });
fs.writeFileSync(
  path.join(root, "prisma", "postgresql", "schema.prisma"),
  `// Generated from prisma/schema.prisma by prisma/derive-postgres-schema.ts. Do not edit.\n${out}`,
);
