// Dates of birth are kept as a small EDTF subset (ISO 8601 partial dates, "~" for approximate,
// "/" for ranges) so that both lists and callers can express "1967 to 1969" or "circa 1951"
// without inventing a precision the source never had.

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTHS: Record<string, number> = { sept: 9 };
MONTH_NAMES.forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});

/** Inclusive span as yyyymmdd integers, which compare correctly as numbers. */
export interface DateSpan {
  from: number;
  to: number;
  /** True when the span covers a single calendar day. */
  day: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "25 Mar 1977" | "March 1977" | "1977" | ISO forms → EDTF point, or null. */
function pointToEdtf(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
    if (mo && (mo < 1 || mo > 12)) return null;
    if (d && !validDay(y, mo, d)) return null;
    return t;
  }
  m = /^(?:(\d{1,2}) )?([A-Za-z]{3,9})\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[(m[2] ?? "").toLowerCase()];
    if (!month) return null;
    const y = Number(m[3]);
    if (!m[1]) return `${y}-${pad(month)}`;
    const d = Number(m[1]);
    return validDay(y, month, d) ? `${y}-${pad(month)}-${pad(d)}` : null;
  }
  return null;
}

/** Converts OFAC "DOB ..." values ("25 Mar 1977", "circa 1951", "1967 to 1969", ...) to EDTF. */
export function ofacDobToEdtf(text: string): string | null {
  const t = text.trim();
  // "1979-1982" and "circa 1979-1982" are year ranges, not ISO year-month.
  const years = /^(circa )?(\d{4}) ?- ?(\d{4})$/i.exec(t);
  if (years) {
    const mark = years[1] ? "~" : "";
    return `${years[2]}${mark}/${years[3]}${mark}`;
  }
  const circa = /^circa (.+)$/i.exec(t);
  if (circa) {
    const p = pointToEdtf(circa[1] ?? "");
    return p ? `${p}~` : null;
  }
  const range = /^(.+?) to (.+)$/i.exec(t);
  if (range) {
    const a = pointToEdtf(range[1] ?? "");
    const b = pointToEdtf(range[2] ?? "");
    return a && b ? `${a}/${b}` : null;
  }
  return pointToEdtf(t);
}

/** Caller-supplied dates: ISO ("1977-03-25", "1977-03", "1977") or "25 Mar 1977". Ambiguous 03/04/1977 is refused. */
export function parseSubjectDob(text: string): string | null {
  return pointToEdtf(text);
}

function pointSpan(p: string): DateSpan | null {
  const approx = p.endsWith("~");
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?~?$/.exec(p);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 0;
  const d = m[3] ? Number(m[3]) : 0;
  // Approximate dates are widened by a year each way: "circa 1951" covers people born in 1950-1952.
  const widen = approx ? 1 : 0;
  const from = (y - widen) * 10000 + (mo || 1) * 100 + (d || 1);
  const to = (y + widen) * 10000 + (mo || 12) * 100 + (d || 31);
  return { from, to, day: !approx && d > 0 };
}

export function edtfSpan(value: string): DateSpan | null {
  const parts = value.split("/");
  if (parts.length === 1) return pointSpan(value);
  if (parts.length !== 2) return null;
  const a = pointSpan(parts[0] ?? "");
  const b = pointSpan(parts[1] ?? "");
  if (!a || !b || a.from > b.to) return null;
  return { from: a.from, to: b.to, day: false };
}

export type DobOutcome = "exact" | "consistent" | "near" | "mismatch" | "unknown";

const RANK: Record<DobOutcome, number> = { exact: 4, consistent: 3, near: 2, mismatch: 1, unknown: 0 };

/**
 * Best agreement between the subject's DOB and any listed DOB.
 * "near" = same year(s) but the days cannot coincide, usually a transcription slip, so it is
 * penalised less than a different year.
 */
export function compareDob(subject: string, listed: readonly string[]): DobOutcome {
  const s = edtfSpan(subject);
  if (!s) return "unknown";
  let best: DobOutcome = "unknown";
  for (const value of listed) {
    const e = edtfSpan(value);
    if (!e) continue;
    let outcome: DobOutcome;
    if (s.day && e.day && s.from === e.from) outcome = "exact";
    else if (s.from <= e.to && e.from <= s.to) outcome = "consistent";
    else if (
      Math.floor(s.from / 10000) <= Math.floor(e.to / 10000) &&
      Math.floor(e.from / 10000) <= Math.floor(s.to / 10000)
    )
      outcome = "near";
    else outcome = "mismatch";
    if (RANK[outcome] > RANK[best]) best = outcome;
  }
  return best;
}
