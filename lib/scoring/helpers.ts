import type { Evidence, RuleOutcome, ScoringContext } from "./types";

/*
 * Shared, allocation-light building blocks for the rules. The engine scores many profiles
 * per second, so outcomes that carry no per-profile data are frozen singletons, dates are
 * parsed by hand, and everything derived from ctx.now is cached for as long as now stays
 * the same (a batch is normally scored against a single now).
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

const NON_DIGITS = /\D+/g;

export function phoneDigits(phone: string): string {
  return phone.replace(NON_DIGITS, "");
}

/** Same number, tolerating a country code written on one side only. */
export function samePhone(a: string, b: string): boolean {
  const da = phoneDigits(a);
  const db = phoneDigits(b);
  if (da.length < 7 || db.length < 7) return false;
  return da.length >= db.length ? da.endsWith(db) : db.endsWith(da);
}

/** Lower-cased, with a "+tag" dropped, so aliases of one mailbox compare equal. */
export function normalEmail(email: string): string {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf("@");
  if (at < 0) return e;
  const plus = e.indexOf("+");
  return plus > 0 && plus < at ? e.slice(0, plus) + e.slice(at) : e;
}

const ADDRESS_SPLIT = /[^\p{L}\p{N}]+/u;
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: "street", str: "street", rd: "road", ave: "avenue", av: "avenue", blvd: "boulevard",
  dr: "drive", ln: "lane", ct: "court", pl: "place", sq: "square", hwy: "highway",
  apt: "apartment", ste: "suite", fl: "floor", n: "north", s: "south", e: "east", w: "west",
  usa: "us", uk: "gb",
};

export function addressTokens(address: string): Set<string> {
  const out = new Set<string>();
  for (const raw of address.toLowerCase().split(ADDRESS_SPLIT)) {
    if (raw) out.add(ABBREVIATIONS[raw] ?? raw);
  }
  return out;
}

/**
 * Two addresses are the same place when every token of the shorter one appears in the
 * longer one, so "12 Main St" matches "12 Main Street, Springfield IL 62701, USA".
 */
export function sameAddress(a: string, b: string): boolean {
  const ta = addressTokens(a);
  const tb = addressTokens(b);
  const [small, big] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  if (small.size === 0) return big.size === 0;
  for (const t of small) if (!big.has(t)) return false;
  return true;
}
