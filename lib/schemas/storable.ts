/**
 * Text PostgreSQL can store: it keeps neither U+0000 nor an unpaired UTF-16 surrogate in text or
 * jsonb, and JSON, CSV files and form posts can all carry them. Refusing them in the shared
 * schemas means a bad value is a field error on every path, never a failed write.
 */
export const UNSTORABLE_TEXT =
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE =
  "Contains a character that cannot be stored (a NUL or a broken character); remove it";

export function isStorableText(value: string): boolean {
  return !UNSTORABLE_TEXT.test(value);
}

/**
 * Whether an id from outside (a URL segment, a JSON body, an action's argument) could name a
 * stored row at all. Ids are generated (cuid) and every stored text is storable, so an id holding
 * unstorable text names nothing: the caller answers "not found" without a query, which
 * PostgreSQL (and SQLite, for a lone surrogate) would fail with an error instead.
 */
export function couldBeStoredId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && isStorableText(id);
}
