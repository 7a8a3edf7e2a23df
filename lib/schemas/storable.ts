/**
 * Text PostgreSQL can store: it keeps neither U+0000 nor an unpaired UTF-16 surrogate in text or
 * jsonb, and JSON, CSV files and form posts can all carry them. Refusing them in the shared
 * schemas means a bad value is a field error on every path, never a failed write.
 */
export const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE = "Contains a character that cannot be stored (a NUL or a broken character); remove it";

export function isStorableText(value: string): boolean {
  return !UNSTORABLE_TEXT.test(value);
}
