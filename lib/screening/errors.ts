/**
 * Thrown when a watchlist file cannot be trusted (malformed, truncated, wrong format).
 * Importers must abort on it: silently screening against half a list is worse than failing.
 */
export class WatchlistParseError extends Error {
  readonly file: string;
  /** 1-based physical line where the problem was detected (0 when the whole file is at fault). */
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}${line > 0 ? `:${line}` : ""}: ${reason}`);
    this.name = "WatchlistParseError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Decodes caller-supplied bytes. OFAC files are ASCII in practice, but a Latin-1 export must not turn into U+FFFD. */
export function decodeText(input: string | Buffer): string {
  if (typeof input === "string") return input;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return new TextDecoder("latin1").decode(input);
  }
}

/** 1-based line number of a character offset; computed only when reporting an error. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
