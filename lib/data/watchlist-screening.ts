import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueWebhookEvent } from "@/lib/data/webhook-outbox";
import { buildIndex, screen, type ScreeningIndex, type ScreeningSubject, type WatchlistEntry } from "@/lib/screening";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { WatchlistHit as EngineHit } from "@/lib/scoring";

/**
 * The screening index is built from the active snapshots and the internal list, and kept in
 * memory until either changes (another process may import a list, so the key is re-read).
 */
let cached: { key: string; index: ScreeningIndex } | null = null;

export { INTERNAL_KIND_VALUES as INTERNAL_KINDS } from "@/lib/schemas/watchlist-kinds";


function internalEntry(item: { id: string; kind: string; value: string; reason: string }): WatchlistEntry {
  const base: WatchlistEntry = {
    id: `internal:${item.id}`,
    list: "internal",
    type: item.kind === "company" ? "entity" : "individual",
    name: item.kind === "name" || item.kind === "company" ? item.value : `${item.kind}: ${item.value}`,
    aliases: [],
    programs: ["INTERNAL"],
    addresses: item.kind === "address" ? [{ address: item.value }] : [],
    datesOfBirth: [],
    nationalities: [],
    identifiers: [],
    linkedTo: [],
    remarks: item.reason,
  };
  const idKind = { email: "email", phone: "phone", wallet: "wallet", bank_account: "other" } as const;
  if (item.kind in idKind) base.identifiers.push({ kind: idKind[item.kind as keyof typeof idKind], value: item.value });
  // Identifier-only items must not match by name.
  if (item.kind !== "name" && item.kind !== "company") base.name = "";
  return base;
}

async function indexKey(tx: Tx): Promise<string> {
  const [snapshots, internal] = await Promise.all([
    tx.watchlistSnapshot.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.internalWatchlistItem.aggregate({ where: { active: true }, _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  const inactive = await tx.internalWatchlistItem.count({ where: { active: false } });
  return `${snapshots.map((s) => s.id).join(",")}|${internal._count._all}|${inactive}|${internal._max.createdAt?.toISOString() ?? ""}`;
}

export async function screeningIndex(tx: Tx): Promise<ScreeningIndex> {
  const key = await indexKey(tx);
  if (cached?.key === key) return cached.index;
  const [rows, items] = await Promise.all([
    tx.watchlistEntry.findMany({ where: { snapshot: { active: true } }, select: { data: true } }),
    tx.internalWatchlistItem.findMany({ where: { active: true }, select: { id: true, kind: true, value: true, reason: true } }),
  ]);
  const entries = [...rows.map((r) => r.data as unknown as WatchlistEntry), ...items.map(internalEntry)];
  cached = { key, index: buildIndex(entries) };
  return cached.index;
}

/** What Candor screens: the candidate's names, contacts, payment details, addresses, employers and references' contacts. */
export function subjectOf(p: CandidateProfile): ScreeningSubject {
  const nonEmpty = (xs: (string | undefined)[]) => xs.filter((x): x is string => Boolean(x && x.trim()));
  return {
    names: [p.fullName],
    emails: nonEmpty([p.email, ...p.references.map((r) => r.email)]),
    phones: nonEmpty([p.phone, ...p.references.map((r) => r.phone)]),
    wallets: nonEmpty([p.cryptoWallet]),
    bankAccounts: nonEmpty([p.bankAccount]),
    addresses: nonEmpty([p.residenceAddress, p.shippingAddress]),
    companies: nonEmpty(p.workHistory.map((w) => w.employer)),
  };
}

/**
 * Screens a candidate and records new possible matches as pending, keeping the review status
 * of matches seen before. Returns every non-dismissed match, as the scoring engine reads them.
 */
export async function screenCandidate(tx: Tx, candidateId: string, profile: CandidateProfile): Promise<EngineHit[]> {
  const index = await screeningIndex(tx);
  const matches = index.entries.length ? screen(index, subjectOf(profile), { limit: 20 }) : [];
  for (const m of matches) {
    const seen = await tx.watchlistHit.findUnique({
      where: { candidateId_entryId_matchedField: { candidateId, entryId: m.entryId, matchedField: m.matchedField } },
      select: { status: true, matchedValue: true, reasons: true },
    });
    if (!seen) await enqueueWebhookEvent(tx, "watchlist.match", { candidateId, list: m.list, entryId: m.entryId, entryName: m.entryName, matchedField: m.matchedField, score: m.score });
    // A dismissed pair stays dismissed until the candidate's value or the listed entry changes.
    const changed = seen !== null && (seen.matchedValue !== m.matchedValue || JSON.stringify(seen.reasons) !== JSON.stringify(m.reasons));
    await tx.watchlistHit.upsert({
      where: { candidateId_entryId_matchedField: { candidateId, entryId: m.entryId, matchedField: m.matchedField } },
      create: { candidateId, list: m.list, entryId: m.entryId, entryName: m.entryName || m.matchedValue, matchedField: m.matchedField, matchedValue: m.matchedValue, score: m.score, reasons: m.reasons },
      update: {
        matchedValue: m.matchedValue,
        score: m.score,
        reasons: m.reasons,
        entryName: m.entryName || m.matchedValue,
        ...(changed && seen.status === "dismissed" ? { status: "pending", reviewNote: null, reviewedById: null, reviewedAt: null } : {}),
      },
    });
  }
  const stored = await tx.watchlistHit.findMany({ where: { candidateId, status: { not: "dismissed" } } });
  const current = new Set(matches.map((m) => `${m.entryId}|${m.matchedField}`));
  // A match whose entry left the lists no longer counts, unless a person confirmed it.
  return stored
    .filter((h) => h.status === "confirmed" || current.has(`${h.entryId}|${h.matchedField}`))
    .map((h) => ({ list: h.list, entryId: h.entryId, entryName: h.entryName, matchedField: h.matchedField, matchedValue: h.matchedValue, score: h.score, status: h.status as EngineHit["status"] }));
}
