import { describe, expect, test } from "vitest";
import { likeLiteral } from "@/lib/infra/like";
import { withLikeEscape } from "@/lib/infra/sqlite";

describe("search text is literal in LIKE (q=% matched every row)", () => {
  test.each([
    ["%", "\\%"],
    ["_", "\\_"],
    ["a\\b", "a\\\\b"],
    ["100%_off\\", "100\\%\\_off\\\\"],
    ["plain text", "plain text"],
  ])("likeLiteral(%j) = %j", (input, expected) => {
    expect(likeLiteral(input)).toBe(expected);
  });

  test.each([
    [
      'SELECT 1 FROM "Candidate" WHERE "searchText" LIKE ? LIMIT ?',
      `SELECT 1 FROM "Candidate" WHERE "searchText" LIKE ? ESCAPE '\\' LIMIT ?`,
    ],
    ["WHERE a like ? AND b NOT LIKE ?", `WHERE a LIKE ? ESCAPE '\\' AND b NOT LIKE ? ESCAPE '\\'`],
    [`WHERE a LIKE ? ESCAPE '!'`, `WHERE a LIKE ? ESCAPE '!'`],
    ["SELECT likelihood FROM t WHERE x = ?", "SELECT likelihood FROM t WHERE x = ?"],
  ])("SQLite's LIKE gets the backslash escape PostgreSQL has by default: %s", (sql, expected) => {
    expect(withLikeEscape(sql)).toBe(expected);
  });
});
