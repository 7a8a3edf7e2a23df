import type { Evidence, RuleOutcome, ScoringContext } from "./types";

/*
 * Shared, allocation-light building blocks for the rules. The engine scores many profiles
 * per second, so outcomes that carry no per-profile data are frozen singletons, dates are
 * parsed by hand, and everything derived from ctx.now is cached for as long as now stays
 * the same (a batch is normally scored against a single now).
 *
 * Hot paths: rule modules import this file as a namespace and destructure it once at load.
 * Under CommonJS interop (tsx, the bench, some test runners) every read of a named import
 * inside a function is a getter call, which measured costlier than most rules themselves;
 * bundlers that hoist scopes make the two forms equivalent.
 */

function frozen<T>(items: T[]): T[] {
  return Object.freeze(items) as T[];
}

const NO_EVIDENCE = frozen<Evidence>([]);
const NOTHING_MISSING = frozen<string>([]);

/** The rule looked and found nothing. */
export const CLEAR: RuleOutcome = Object.freeze({
  fired: false,
  strength: 0,
  evidence: NO_EVIDENCE,
  missing: NOTHING_MISSING,
});

/** Build once per rule at module load: "these fields were needed but not recorded". */
export function missingOutcome(fields: string[]): RuleOutcome {
  return Object.freeze({ fired: false, strength: 0, evidence: NO_EVIDENCE, missing: frozen(fields) });
}

/** A fired outcome that never varies (a single yes/no or enum value): build once, share freely. */
export function fixedOutcome(strength: number, evidence: Evidence[]): RuleOutcome {
  return Object.freeze({
    fired: true,
    strength,
    evidence: frozen(evidence.map((e) => Object.freeze(e))),
    missing: NOTHING_MISSING,
  });
}

export function firedOutcome(strength: number, evidence: Evidence[]): RuleOutcome {
  return { fired: true, strength: strength > 1 ? 1 : strength, evidence, missing: NOTHING_MISSING };
}

/** Linear ramp from `from` (0) to `to` (1), clamped. */
export function ramp(x: number, from: number, to: number): number {
  if (x <= from) return 0;
  if (x >= to) return 1;
  return (x - from) / (to - from);
}

export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// ---- Dates -------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" string (the schema guarantees the shape). */
export function dayNumber(iso: string): number {
  const y0 = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  // Days-from-civil (H. Hinnant): exact for the proleptic Gregorian calendar, no Date object.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

let cachedNow = "";
let cachedNowMs = 0;

/** Milliseconds since the epoch of ctx.now; throws on an unparseable value. */
export function nowMs(ctx: ScoringContext): number {
  if (ctx.now !== cachedNow) {
    const ms = Date.parse(ctx.now);
    if (Number.isNaN(ms)) throw new RangeError(`ctx.now is not an ISO date: "${ctx.now}"`);
    cachedNow = ctx.now;
    cachedNowMs = ms;
    offsetCache.clear();
  }
  return cachedNowMs;
}

export function nowDay(ctx: ScoringContext): number {
  return Math.floor(nowMs(ctx) / MS_PER_DAY);
}

// ---- Time zones ----------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsetCache = new Map<string, number | null>();

function formatterFor(tz: string): Intl.DateTimeFormat | null {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: tz,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      });
    } catch {
      f = null;
    }
    formatters.set(tz, f);
  }
  return f;
}

/** Minutes to add to UTC to get local time in `tz` at ctx.now, or null for an unknown zone. */
export function utcOffsetMinutes(tz: string, ctx: ScoringContext): number | null {
  const ms = nowMs(ctx);
  const hit = offsetCache.get(tz);
  if (hit !== undefined) return hit;
  const f = formatterFor(tz);
  let offset: number | null = null;
  if (f) {
    const at = Math.floor(ms / 60_000) * 60_000;
    const parts: Record<string, number> = {};
    for (const p of f.formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
    const local = Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
    );
    offset = Math.round((local - at) / 60_000);
  }
  offsetCache.set(tz, offset);
  return offset;
}

// ---- Contact details and addresses -----------------------------------------------------------
// These run on every reference and address of every profile, so they compare in place
// instead of building normalised copies.

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Same number, tolerating formatting and a country code written on one side only. */
export function samePhone(a: string, b: string): boolean {
  let i = a.length - 1;
  let j = b.length - 1;
  let matched = 0;
  for (;;) {
    while (i >= 0 && !isDigit(a.charCodeAt(i))) i--;
    while (j >= 0 && !isDigit(b.charCodeAt(j))) j--;
    if (i < 0 || j < 0) return matched >= 7;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    matched++;
    i--;
    j--;
  }
}

/** Lower-cased, with a "+tag" dropped, so aliases of one mailbox compare equal. */
export function normalEmail(email: string): string {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf("@");
  if (at < 0) return e;
  const plus = e.indexOf("+");
  return plus > 0 && plus < at ? e.slice(0, plus) + e.slice(at) : e;
}

function lowerCode(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) <= 32) i++;
  return i;
}

/** normalEmail(a) === normalEmail(b), rejecting most pairs on their first letter without allocating. */
export function sameEmail(a: string, b: string): boolean {
  const ia = firstNonSpace(a);
  const ib = firstNonSpace(b);
  if (ia >= a.length || ib >= b.length || lowerCode(a, ia) !== lowerCode(b, ib)) return false;
  return normalEmail(a) === normalEmail(b);
}

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["st", "street"],
  ["str", "street"],
  ["rd", "road"],
  ["ave", "avenue"],
  ["av", "avenue"],
  ["blvd", "boulevard"],
  ["dr", "drive"],
  ["ln", "lane"],
  ["ct", "court"],
  ["pl", "place"],
  ["sq", "square"],
  ["hwy", "highway"],
  ["apt", "apartment"],
  ["ste", "suite"],
  ["fl", "floor"],
  ["n", "north"],
  ["s", "south"],
  ["e", "east"],
  ["w", "west"],
  ["usa", "us"],
  ["uk", "gb"],
]);

/** Letters and digits of any script are token characters; ASCII punctuation and spaces split. */
function isTokenChar(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 122) || code > 127;
}

/** Lower-cased words with common abbreviations expanded: "12 Main St." -> ["12", "main", "street"]. */
export function addressTokens(address: string): string[] {
  const s = address.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inToken = i < s.length && isTokenChar(s.charCodeAt(i));
    if (inToken && start < 0) start = i;
    else if (!inToken && start >= 0) {
      const raw = s.slice(start, i);
      out.push(ABBREVIATIONS.get(raw) ?? raw);
      start = -1;
    }
  }
  return out;
}

/**
 * Two addresses are the same place when every token of the shorter one appears in the
 * longer one, so "12 Main St" matches "12 Main Street, Springfield IL 62701, USA".
 */
export function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  const ta = addressTokens(a);
  const tb = addressTokens(b);
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (small.length === 0) return big.length === 0;
  for (const t of small) if (!big.includes(t)) return false;
  return true;
}
