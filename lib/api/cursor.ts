import { ValidationError } from "@/lib/errors";

/**
 * Keyset pagination: a cursor names the last row of a page by its sort key (a timestamp and
 * the id that breaks ties), so rows added while a client pages never shift the next page.
 * The cursor is opaque to clients: base64url of `[iso, id]`.
 */
export interface CursorPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorPosition {
  const invalid = () =>
    new ValidationError(
      { cursor: ["This cursor is not valid; use the nextCursor of a previous page"] },
      "Some query parameters are not valid.",
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== "string" ||
    typeof parsed[1] !== "string"
  )
    throw invalid();
  const at = new Date(parsed[0]);
  if (Number.isNaN(at.getTime()) || parsed[1].length === 0 || parsed[1].length > 64) throw invalid();
  return { at, id: parsed[1] };
}

/** Takes `limit + 1` rows and turns the extra one into the next cursor. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  positionOf: (row: T) => CursorPosition,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}
