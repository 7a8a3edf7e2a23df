import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import type { WatchlistEntry } from "@/lib/screening";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import type { Actor } from "@/lib/data/types";

export interface PendingMatch {
  id: string;
  score: number;
  matchedField: string;
  matchedValue: string;
  reasons: string[];
  createdAt: string;
  candidate: { id: string; fullName: string; email: string; phone: string; claimedCountry: string; wallet: string | null; employers: string[] };
  entry: { id: string; list: string; name: string; type: string | null; aliases: string[]; programs: string[]; datesOfBirth: string[]; identifiers: string[]; remarks: string | null };
}

/**
 * The review list: matches waiting for a security lead, each with the candidate's record and
 * the listed entry side by side. Entries come from the active snapshots (or the internal list).
 */
export async function listPendingMatches(actor: Actor, page = 1, pageSize = 20): Promise<{ items: PendingMatch[]; total: number; page: number; pageCount: number }> {
  assertCan(actor, "case:read");
  const where = { status: "pending" };
  const [total, hits] = await Promise.all([
    db.watchlistHit.count({ where }),
    db.watchlistHit.findMany({
      where,
      orderBy: [{ score: "desc" }, { createdAt: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { candidate: { select: { id: true, fullName: true, email: true, phone: true, claimedCountry: true, profile: true } } },
    }),
  ]);
  const entryIds = [...new Set(hits.map((h) => h.entryId))];
  const [listed, internal] = await Promise.all([
    db.watchlistEntry.findMany({ where: { entryId: { in: entryIds }, snapshot: { active: true } }, select: { entryId: true, data: true } }),
    db.internalWatchlistItem.findMany({ where: { id: { in: entryIds.filter((e) => e.startsWith("internal:")).map((e) => e.slice("internal:".length)) } } }),
  ]);
  const entryOf = (id: string): PendingMatch["entry"] => {
    const row = listed.find((l) => l.entryId === id);
    if (row) {
      const e = row.data as unknown as WatchlistEntry;
      return {
        id, list: e.list, name: e.name, type: e.type, aliases: e.aliases.map((a) => a.name), programs: e.programs, datesOfBirth: e.datesOfBirth,
        identifiers: e.identifiers.map((i) => `${i.kind}${i.currency ? ` ${i.currency}` : ""}: ${i.value}`), remarks: e.remarks ?? null,
      };
    }
    const item = internal.find((i) => `internal:${i.id}` === id);
    return { id, list: "internal", name: item ? `${item.kind}: ${item.value}` : id, type: item?.kind ?? null, aliases: [], programs: ["INTERNAL"], datesOfBirth: [], identifiers: [], remarks: item ? `${item.reason} (source: ${item.source})` : null };
  };
  const items = hits.map((h) => {
    const p = h.candidate.profile as unknown as CandidateProfile;
    return {
      id: h.id,
      score: h.score,
      matchedField: h.matchedField,
      matchedValue: h.matchedValue,
      reasons: Array.isArray(h.reasons) ? (h.reasons as unknown[]).map(String) : [],
      createdAt: h.createdAt.toISOString(),
      candidate: { id: h.candidate.id, fullName: h.candidate.fullName, email: h.candidate.email, phone: h.candidate.phone, claimedCountry: h.candidate.claimedCountry, wallet: p.cryptoWallet ?? null, employers: p.workHistory.map((w) => w.employer) },
      entry: entryOf(h.entryId),
    };
  });
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
