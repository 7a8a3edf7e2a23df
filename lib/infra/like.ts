/**
 * A person's search text as a LIKE pattern that matches only itself: "%" and "_" are literal
 * characters in a name or an email, not wildcards. Backslash is the escape character on both
 * databases (PostgreSQL's default; SQLite connections add ESCAPE '\', see lib/infra/sqlite.ts).
 * Pass the result to Prisma's contains / startsWith / endsWith, or to a raw LIKE.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
