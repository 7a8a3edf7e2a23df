/**
 * A forgiving RFC 4180 reader for spreadsheet and ATS exports, and the matching writer.
 * Pure: runs in the browser (mapping and preview) and on the server (the import itself).
 *
 * Reads: a UTF-8 byte-order mark, CRLF, LF or lone-CR line ends, quoted fields holding the
 * delimiter, doubled quotes and line breaks, and a comma, semicolon or tab delimiter (chosen
 * from the header line, as Excel in some locales saves with semicolons). A quote inside an
 * unquoted field is kept as text. Only an unterminated quoted field is an error: the file was
 * cut, and guessing where the field ends would shift every later column.
 */

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`Line ${line}: ${reason}`);
    this.name = "CsvSyntaxError";
  }
}

export interface CsvTable {
  header: string[];
  /** Data records in file order; `row` is the spreadsheet row number (the header is row 1). */
  records: { row: number; cells: string[] }[];
  delimiter: "," | ";" | "\t";
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function detectDelimiter(text: string): CsvTable["delimiter"] {
  let counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts = { ...counts, [c]: counts[c] + 1 };
  }
  if (counts[","] === 0 && counts[";"] > 0 && counts[";"] >= counts["\t"]) return ";";
  if (counts[","] === 0 && counts["\t"] > 0) return "\t";
  return ",";
}

/** Every record of the text, each an array of cells; a blank line is a record of one empty cell. */
export function readCsvRecords(
  input: string,
  delimiter?: CsvTable["delimiter"],
): { line: number; cells: string[] }[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delim = (delimiter ?? detectDelimiter(text)).charCodeAt(0);
  const out: { line: number; cells: string[] }[] = [];
  const end = text.length;
  let line = 1;
  let i = 0;
  while (i < end) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        value = "";
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1)
            throw new CsvSyntaxError(startLine, "a quoted field is never closed (is the file cut short?)");
          const chunk = text.slice(j, q);
          for (let k = chunk.indexOf("\n"); k !== -1; k = chunk.indexOf("\n", k + 1)) line++;
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        let k = i;
        while (
          k < end &&
          text.charCodeAt(k) !== delim &&
          text.charCodeAt(k) !== CR &&
          text.charCodeAt(k) !== LF
        )
          k++;
        value += text.slice(i, k);
        i = k;
      } else {
        let k = i;
        while (
          k < end &&
          text.charCodeAt(k) !== delim &&
          text.charCodeAt(k) !== CR &&
          text.charCodeAt(k) !== LF
        )
          k++;
        value = text.slice(i, k);
        i = k;
      }
      cells.push(value);
      if (i < end && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      break;
    }
    if (i < end && text.charCodeAt(i) === CR) i++;
    if (i < end && text.charCodeAt(i) === LF) i++;
    line++;
    out.push({ line: startLine, cells });
  }
  return out;
}

/**
 * The header and the data records. Row numbers are what a spreadsheet shows (header row 1),
 * counting records rather than physical lines, so a cell with a line break does not shift them.
 * Blank lines and records whose cells are all empty (trailing rows of a spreadsheet export) are
 * dropped, but still counted, so row numbers match the spreadsheet.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const all = readCsvRecords(text, delimiter);
  const [first, ...rest] = all;
  if (!first) return { header: [], records: [], delimiter };
  const records = rest
    .map((r, index) => ({ row: index + 2, cells: r.cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  return { header: first.cells.map((h) => h.trim()), records, delimiter };
}

/** Quotes a cell only when it must be (delimiter, quote or line break); values are written verbatim. */
export function quoteCell(value: string): string {
  return /[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document (CRLF line ends, as RFC 4180 and Excel write) from a header and rows. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(quoteCell).join(",")).join("\r\n") + "\r\n";
}
