import { WatchlistParseError } from "./errors";

export interface CsvRecord {
  /** 1-based physical line the record starts on (records may span lines inside quotes). */
  line: number;
  fields: string[];
  /** Parallel to fields: whether the field was quoted. Lets callers tell `"-0-"` text from the `-0-` null marker. */
  quoted: boolean[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;
const CTRL_Z = 26;

/**
 * RFC 4180 tokenizer with the quirks of the OFAC legacy files: CRLF or LF line ends,
 * a trailing Ctrl-Z (0x1A) end-of-file marker, a possible UTF-8 BOM and blank trailing lines.
 * Strict on purpose: a stray quote or an unterminated quoted field means the file was
 * damaged or cut, and guessing would silently corrupt sanctions data.
 */
export function tokenizeCsv(input: string, file: string): CsvRecord[] {
  let end = input.length;
  // The EOF marker may be followed by nothing or by stray line ends from copying.
  while (end > 0 && [CTRL_Z, CR, LF].includes(input.charCodeAt(end - 1))) end--;
  const start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (input.slice(start, end).includes("\u001a")) {
    throw new WatchlistParseError(
      file,
      lineOf(input, input.indexOf("\u001a")),
      "Ctrl-Z (0x1A) before the end of the file",
    );
  }

  const records: CsvRecord[] = [];
  let line = 1;
  let i = start;
  while (i < end) {
    const recordLine = line;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    for (;;) {
      if (input.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let value = "";
        let j = i + 1;
        for (;;) {
          const q = input.indexOf('"', j);
          if (q === -1 || q >= end) {
            throw new WatchlistParseError(file, openLine, "unterminated quoted field (file truncated?)");
          }
          const chunk = input.slice(j, q);
          line += countLf(chunk);
          value += chunk;
          if (input.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const next = input.charCodeAt(i);
        if (i < end && next !== COMMA && next !== CR && next !== LF) {
          throw new WatchlistParseError(
            file,
            line,
            `unexpected character ${JSON.stringify(input[i])} after closing quote`,
          );
        }
        fields.push(value);
        quoted.push(true);
      } else {
        let j = i;
        while (j < end) {
          const c = input.charCodeAt(j);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) throw new WatchlistParseError(file, line, "stray quote inside an unquoted field");
          j++;
        }
        fields.push(input.slice(i, j));
        quoted.push(false);
        i = j;
      }
      if (i < end && input.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    // Record terminator: CRLF, LF or a lone CR.
    if (i < end && input.charCodeAt(i) === CR) i++;
    if (i < end && input.charCodeAt(i) === LF) i++;
    line++;
    // A blank line is not a record with one empty field.
    if (!(fields.length === 1 && fields[0] === "" && !quoted[0]))
      records.push({ line: recordLine, fields, quoted });
  }
  return records;
}

function countLf(s: string): number {
  let n = 0;
  for (let k = s.indexOf("\n"); k !== -1; k = s.indexOf("\n", k + 1)) n++;
  return n;
}

function lineOf(s: string, offset: number): number {
  return countLf(s.slice(0, offset)) + 1;
}

/** Quotes a field for writing test fixtures and exports in the same dialect the tokenizer reads. */
export function quoteCsvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
