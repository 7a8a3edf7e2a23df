import { compareDob, parseSubjectDob, type DobOutcome } from "./dates";
import { NamePool, type NameQueryStats } from "./name-index";
import { foldText, nameTokenList, normalizeIdentifier, phoneKey, phonesMatch } from "./normalize";
import { samePartyLinks } from "./same-person";
import type { IdentifierKind, WatchlistEntry, WatchlistList } from "./types";

export interface ScreeningSubject {
  names: string[];
  emails?: string[];
  phones?: string[];
  wallets?: string[];
  bankAccounts?: string[];
  addresses?: string[];
  companies?: string[];
  /** ISO 8601 ("1965-04-25", "1965-04", "1965") or "25 Apr 1965". */
  dateOfBirth?: string;
}

export type MatchedField = "name" | "company" | "email" | "phone" | "wallet" | "bank_account" | "address";

export interface ScreenMatch {
  entryId: string;
  entryName: string;
  list: WatchlistList;
  matchedField: MatchedField;
  /** The subject's value that matched (not the listed one; that is in reasons). */
  matchedValue: string;
  score: number;
  reasons: string[];
  /** Records on other lists for the same party (same name and date of birth or document), merged into this match. */
  alsoListed?: { entryId: string; entryName: string; list: WatchlistList }[];
}

export interface ScreenOptions {
  /** Minimum score for name and company matches; identifiers always score 1. */
  nameThreshold?: number;
  /** Maximum matches returned, best first. */
  limit?: number;
}

export interface ScreenStats {
  entries: number;
  /** Names and aliases in the pools this subject was screened against. */
  indexedNames: number;
  /** Names that blocking let through (shared a similar token). */
  candidates: number;
  /** Candidates whose upper bound could pass and that were fully scored. */
  scored: number;
}

export const DEFAULT_NAME_THRESHOLD = 0.88;
/** Exact identifier and address hits are reported regardless of the name threshold. */
const ADDRESS_SCORE = 0.9;
// A date of birth can only refine a name match; a mismatch must pull a perfect name below threshold.
const DOB_ADJUSTMENT: Record<DobOutcome, number> = {
  exact: 0.04,
  consistent: 0.02,
  near: -0.06,
  mismatch: -0.15,
  unknown: 0,
};
const DOB_MAX_BONUS = 0.04;
// OFAC's weak a.k.a. and the UN's "Low" aliases are, by the lists' own description, poor identifiers.
const LOW_ALIAS_PENALTY = 0.05;
/** Which watchlist identifiers each subject field is compared with. */
const ID_FIELDS: ["wallets" | "emails" | "phones" | "bankAccounts", IdentifierKind, MatchedField][] = [
  ["wallets", "wallet", "wallet"],
  ["emails", "email", "email"],
  ["phones", "phone", "phone"],
  ["bankAccounts", "other", "bank_account"],
];

interface IdRecord {
  entry: number;
  value: string;
  normalized: string;
  currency?: string;
}
interface AddressRecord {
  entry: number;
  text: string;
  tokens: string[];
}

export class ScreeningIndex {
  readonly persons = new NamePool();
  readonly orgs = new NamePool();
  readonly identifiers = new Map<string, IdRecord[]>();
  readonly addresses = new Map<string, AddressRecord[]>();
  /** Entry index → indexes of the same party's records on other lists (see same-person.ts). */
  sameParty = new Map<number, number[]>();
  readonly position = new Map<string, number>();
  constructor(readonly entries: readonly WatchlistEntry[]) {
    entries.forEach((e, i) => this.position.set(e.id, i));
  }
}

function idKey(kind: IdentifierKind, normalized: string): string | null {
  if (normalized === "") return null;
  if (kind === "phone") {
    const k = phoneKey(normalized);
    return k ? `phone:${k}` : null;
  }
  return `${kind}:${normalized}`;
}

/** Builds the blocking indexes once per list snapshot; screening then never scans the whole list. */
export function buildIndex(entries: readonly WatchlistEntry[]): ScreeningIndex {
  const index = new ScreeningIndex(entries);
  const addressRecords: AddressRecord[] = [];
  entries.forEach((entry, i) => {
    // Vessels and aircraft are screened by identifier only: no candidate is named like a tanker.
    const pool = entry.type === "individual" ? index.persons : entry.type === "entity" ? index.orgs : null;
    const kind = entry.type === "individual" ? "person" : "org";
    if (pool) {
      pool.add({ entry: i, text: entry.name, kind: "primary", tokens: nameTokenList(entry.name, kind) });
      for (const alias of entry.aliases)
        pool.add({ entry: i, text: alias.name, kind: alias.kind, tokens: nameTokenList(alias.name, kind) });
    }
    for (const id of entry.identifiers) {
      const normalized = normalizeIdentifier(id.kind, id.value);
      const key = idKey(id.kind, normalized);
      if (!key) continue;
      const rec: IdRecord = { entry: i, value: id.value, normalized };
      if (id.currency) rec.currency = id.currency;
      const list = index.identifiers.get(key);
      if (list) list.push(rec);
      else index.identifiers.set(key, [rec]);
    }
    for (const a of entry.addresses) {
      // Without a street line an address is just a city, which says nothing about a person.
      if (!a.address) continue;
      const text = [a.address, a.city, a.country].filter(Boolean).join(", ");
      const tokens = [
        ...new Set(
          foldText(`${a.address} ${a.city ?? ""}`)
            .split(" ")
            .filter(Boolean),
        ),
      ];
      if (tokens.length >= 3) addressRecords.push({ entry: i, text, tokens });
    }
  });
  index.sameParty = samePartyLinks(entries);
  // Each address is filed under its rarest token, so a lookup touches few records.
  const df = new Map<string, number>();
  for (const r of addressRecords) for (const t of r.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  for (const r of addressRecords) {
    const rarest = r.tokens.reduce((best, t) => ((df.get(t) ?? 0) < (df.get(best) ?? 0) ? t : best));
    const list = index.addresses.get(rarest);
    if (list) list.push(r);
    else index.addresses.set(rarest, [r]);
  }
  return index;
}

/**
 * Similarity of two names of one kind with the index's token weights: the score screen() would
 * give `a` against a listed name spelt `b` (before date-of-birth and alias-quality adjustments).
 */
export function nameSimilarity(
  index: ScreeningIndex,
  a: string,
  b: string,
  kind: "person" | "org" = "person",
): number {
  const pool = kind === "person" ? index.persons : index.orgs;
  return pool.score(nameTokenList(a, kind), {
    entry: -1,
    text: b,
    kind: "primary",
    tokens: nameTokenList(b, kind),
  });
}

/**
 * One match per party and field: a record whose same party on another list already matched
 * (with a higher or equal score) is folded into that match as `alsoListed`, with a reason.
 */
function mergeSameParty(index: ScreeningIndex, sorted: readonly ScreenMatch[]): ScreenMatch[] {
  const out: ScreenMatch[] = [];
  const shown = new Map<string, ScreenMatch>();
  for (const m of sorted) {
    const i = index.position.get(m.entryId);
    const links = i === undefined ? [] : (index.sameParty.get(i) ?? []);
    const host = links
      .map((j) => shown.get(`${index.entries[j]?.id}\u0000${m.matchedField}`))
      .find((x) => x !== undefined);
    if (host) {
      host.alsoListed = [
        ...(host.alsoListed ?? []),
        { entryId: m.entryId, entryName: m.entryName, list: m.list },
      ];
      host.reasons.push(
        `same party as ${m.entryId} "${m.entryName}" on the ${m.list.toUpperCase()} list (same name and date of birth or document; ${m.score.toFixed(3)})`,
      );
      shown.set(`${m.entryId}\u0000${m.matchedField}`, host);
      continue;
    }
    const copy = { ...m, reasons: [...m.reasons] };
    shown.set(`${m.entryId}\u0000${m.matchedField}`, copy);
    out.push(copy);
  }
  return out;
}

export function screen(
  index: ScreeningIndex,
  subject: ScreeningSubject,
  options: ScreenOptions = {},
): ScreenMatch[] {
  return screenWithStats(index, subject, options).matches;
}

/** Like screen(), plus counters showing how much of the list blocking let through. */
export function screenWithStats(
  index: ScreeningIndex,
  subject: ScreeningSubject,
  options: ScreenOptions = {},
): { matches: ScreenMatch[]; stats: ScreenStats } {
  const threshold = options.nameThreshold ?? DEFAULT_NAME_THRESHOLD;
  const stats: ScreenStats = { entries: index.entries.length, indexedNames: 0, candidates: 0, scored: 0 };
  const best = new Map<string, ScreenMatch>();
  const offer = (m: ScreenMatch) => {
    const key = `${m.entryId}\u0000${m.matchedField}`;
    const current = best.get(key);
    if (!current || m.score > current.score) best.set(key, m);
  };
  const entryOf = (i: number) => index.entries[i];

  const dob = subject.dateOfBirth?.trim() ? parseSubjectDob(subject.dateOfBirth) : null;
  const dobNote =
    subject.dateOfBirth?.trim() && !dob
      ? `subject date of birth "${subject.dateOfBirth}" not understood; not used`
      : null;

  const screenNames = (
    values: readonly string[],
    pool: NamePool,
    kind: "person" | "org",
    field: MatchedField,
  ) => {
    if (values.length === 0) return;
    stats.indexedNames += pool.names.length;
    const q: NameQueryStats = { candidates: 0, scored: 0 };
    for (const value of values) {
      for (const hit of pool.query(
        nameTokenList(value, kind),
        threshold,
        kind === "person" ? DOB_MAX_BONUS : 0,
        q,
      )) {
        const entry = entryOf(hit.name.entry);
        if (!entry) continue;
        const label = hit.name.kind === "primary" ? "listed name" : `${hit.name.kind} alias`;
        const reasons = [`${field} "${value}" ~ ${label} "${hit.name.text}" (${hit.score.toFixed(3)})`];
        let score = hit.score;
        if (hit.name.kind === "low") {
          score -= LOW_ALIAS_PENALTY;
          reasons.push("low-quality alias: weak identifier on its own");
        }
        if (kind === "person" && dob && entry.datesOfBirth.length > 0) {
          const outcome = compareDob(dob, entry.datesOfBirth);
          score += DOB_ADJUSTMENT[outcome];
          if (outcome !== "unknown")
            reasons.push(`date of birth ${dob} ${outcome} vs listed ${entry.datesOfBirth.join(", ")}`);
        }
        if (dobNote && kind === "person") reasons.push(dobNote);
        score = Math.max(0, Math.min(1, score));
        if (score < threshold) continue;
        offer({
          entryId: entry.id,
          entryName: entry.name,
          list: entry.list,
          matchedField: field,
          matchedValue: value,
          score,
          reasons,
        });
      }
    }
    stats.candidates += q.candidates;
    stats.scored += q.scored;
  };
  screenNames(subject.names, index.persons, "person", "name");
  screenNames(subject.companies ?? [], index.orgs, "org", "company");

  for (const [field, kind, matchedField] of ID_FIELDS) {
    for (const value of subject[field] ?? []) {
      const normalized = normalizeIdentifier(kind, value);
      const key = idKey(kind, normalized);
      for (const rec of (key && index.identifiers.get(key)) || []) {
        if (kind === "phone" ? !phonesMatch(normalized, rec.normalized) : rec.normalized !== normalized)
          continue;
        const entry = entryOf(rec.entry);
        if (!entry) continue;
        const what = rec.currency ? `${matchedField} (${rec.currency})` : matchedField;
        offer({
          entryId: entry.id,
          entryName: entry.name,
          list: entry.list,
          matchedField,
          matchedValue: value,
          score: 1,
          reasons: [`${what} ${rec.value} is listed on ${entry.id}; exact match after normalisation`],
        });
      }
    }
  }

  for (const value of subject.addresses ?? []) {
    const tokens = new Set(foldText(value).split(" ").filter(Boolean));
    for (const t of tokens) {
      for (const rec of index.addresses.get(t) ?? []) {
        if (!rec.tokens.every((x) => tokens.has(x))) continue;
        const entry = entryOf(rec.entry);
        if (!entry) continue;
        offer({
          entryId: entry.id,
          entryName: entry.name,
          list: entry.list,
          matchedField: "address",
          matchedValue: value,
          score: ADDRESS_SCORE,
          reasons: [`address contains listed address "${rec.text}"`],
        });
      }
    }
  }

  const sorted = [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  return { matches: mergeSameParty(index, sorted).slice(0, options.limit ?? 100), stats };
}
