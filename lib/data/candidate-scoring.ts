import "server-only";
import type { Tx } from "@/lib/db";
import { identifiersOf } from "@/lib/data/identifiers";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { appendAudit } from "@/lib/data/audit";
import { syncCaseWithScore, type ScoreEventContext } from "@/lib/data/case-sync";
import { screenCandidate } from "@/lib/data/watchlist-screening";
import { enqueueWebhookEvent } from "@/lib/data/webhook-outbox";
import { score, type ReuseMatch, type ScoreBreakdown } from "@/lib/scoring";
import type { CandidateProfile } from "@/lib/schemas/candidate";

/** At most this many other candidates are re-scored in the writing transaction when a shared detail appears or goes. */
export const LINKED_RESCORE_LIMIT = 200;

type IdentifierKey = { kind: string; value: string };

async function sharing(tx: Tx, candidateId: string, identifiers: readonly IdentifierKey[]): Promise<(IdentifierKey & { candidateId: string })[]> {
  if (identifiers.length === 0) return [];
  return tx.candidateIdentifier.findMany({
    where: { candidateId: { not: candidateId }, OR: identifiers.map((i) => ({ kind: i.kind, value: i.value })) },
    select: { kind: true, value: true, candidateId: true },
    take: 500,
  });
}

/**
 * Stores a candidate's identifiers, gathers what the pure engine cannot see by itself (the
 * other applications that share an identifier), scores the profile under the published rule
 * set, records the score beside the earlier ones with its audit event, and opens, updates or
 * reopens the candidate's case. Runs inside the caller's transaction.
 *
 * Reuse is two-sided: when this write adds or removes a detail another candidate also has, that
 * candidate is re-scored in the same transaction too, so the first application of a reused wallet
 * is flagged (and its case opened) the moment the second arrives, not at the next full re-score.
 */
export async function scoreAndStore(
  tx: Tx,
  candidateId: string,
  profile: CandidateProfile,
  ctx: ScoreEventContext,
  options: { relink?: boolean } = {},
): Promise<ScoreBreakdown> {
  const relink = options.relink ?? true;
  const identifiers = identifiersOf(profile);
  const before = relink ? await tx.candidateIdentifier.findMany({ where: { candidateId }, select: { kind: true, value: true } }) : [];
  await tx.candidateIdentifier.deleteMany({ where: { candidateId } });
  if (identifiers.length > 0) {
    await tx.candidateIdentifier.createMany({ data: identifiers.map((i) => ({ ...i, candidateId })) });
  }
  const others = await sharing(tx, candidateId, identifiers);
  const reuse = new Map<string, ReuseMatch>();
  for (const o of others) {
    const key = `${o.kind}:${o.value}`;
    const match = reuse.get(key) ?? { kind: o.kind as ReuseMatch["kind"], value: displayValue(profile, o.kind, o.value), otherCandidateIds: [] };
    if (!match.otherCandidateIds.includes(o.candidateId)) match.otherCandidateIds.push(o.candidateId);
    reuse.set(key, match);
  }

  const { ruleSet, marketRates } = await publishedRuleSet(tx);
  const watchlistHits = await screenCandidate(tx, candidateId, profile);
  const breakdown = score(
    profile,
    { now: new Date().toISOString().slice(0, 10), marketRates, reuse: [...reuse.values()], watchlistHits },
    ruleSet,
  );
  const stored = await tx.score.create({
    select: { id: true },
    data: {
      candidateId,
      ruleSetVersion: breakdown.ruleSetVersion,
      total: breakdown.total,
      band: breakdown.band,
      hardStop: breakdown.hardStop,
      breakdown: breakdown as unknown as object,
    },
  });
  await tx.candidate.update({ where: { id: candidateId }, data: { latestScore: breakdown.total, latestBand: breakdown.band } });
  await appendAudit(tx, ctx.actor, ctx.meta, {
    action: "score.computed",
    targetType: "candidate",
    targetId: candidateId,
    after: { total: breakdown.total, band: breakdown.band, ruleSetVersion: breakdown.ruleSetVersion },
  });
  await syncCaseWithScore(tx, candidateId, stored.id, breakdown, ruleSet, ctx);
  await enqueueWebhookEvent(tx, "candidate.scored", { candidateId, scoreId: stored.id, total: breakdown.total, band: breakdown.band, ruleSetVersion: breakdown.ruleSetVersion, firedRules: breakdown.fired.map((f) => f.ruleId) });
  if (relink) await rescoreLinked(tx, candidateId, before, identifiers, others, ctx);
  return breakdown;
}

const keyOf = (i: IdentifierKey) => `${i.kind}\u0000${i.value}`;

/** Re-scores the candidates whose shared details with `candidateId` this write changed. */
async function rescoreLinked(
  tx: Tx,
  candidateId: string,
  before: readonly IdentifierKey[],
  after: readonly IdentifierKey[],
  linkedNow: readonly (IdentifierKey & { candidateId: string })[],
  ctx: ScoreEventContext,
): Promise<void> {
  const was = new Set(before.map(keyOf));
  const is = new Set(after.map(keyOf));
  const gone = before.filter((i) => !is.has(keyOf(i)));
  const added = new Set(after.filter((i) => !was.has(keyOf(i))).map(keyOf));
  if (gone.length === 0 && added.size === 0) return;
  const affected = new Set<string>();
  for (const o of await sharing(tx, candidateId, gone)) affected.add(o.candidateId);
  for (const o of linkedNow) if (added.has(keyOf(o))) affected.add(o.candidateId);
  const ids = [...affected].sort().slice(0, LINKED_RESCORE_LIMIT);
  if (ids.length === 0) return;
  const rows = await tx.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, profile: true } });
  for (const row of rows) await scoreAndStore(tx, row.id, row.profile as unknown as CandidateProfile, ctx, { relink: false });
}

/** The evidence shows what the recruiter typed, not the normalised key (resumes stay a hash). */
function displayValue(p: CandidateProfile, kind: string, normalised: string): string {
  switch (kind) {
    case "email":
      return p.email;
    case "phone":
      return p.phone;
    case "wallet":
      return p.cryptoWallet ?? normalised;
    case "bank_account":
      return p.bankAccount ?? normalised;
    case "resume_text":
      return "identical resume text";
    default:
      return normalised;
  }
}
