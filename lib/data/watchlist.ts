import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { appendAudit } from "@/lib/data/audit";
import { scoreAndStore } from "@/lib/data/candidate-scoring";
import { screenCandidate } from "@/lib/data/watchlist-screening";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, fieldErrorsFromIssues, NotFoundError, ValidationError } from "@/lib/errors";
import { diffSnapshots, parseOfac, parseUnXml, WatchlistParseError, type WatchlistEntry } from "@/lib/screening";
import { hitReviewSchema, internalItemSchema } from "@/lib/schemas/watchlist";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { isServiceActor, type Actor, type Principal, type RequestMeta } from "@/lib/data/types";

export type WatchlistImport =
  | { source: "ofac"; files: { sdn: Buffer; alt?: Buffer; add?: Buffer; comments?: Buffer } }
  | { source: "un"; xml: Buffer };

/** A rejected list file: names the file, the line and the reason. The previous snapshot stays active. */
export class WatchlistFileError extends AppError {
  constructor(readonly file: string, readonly line: number, readonly reason: string) {
    super(`${file}${line > 0 ? ` line ${line}` : ""}: ${reason}. Nothing was imported; the previous list stays active.`, 422, "watchlist_file_invalid");
  }
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const DIFF_SAMPLE = 500;
const BATCH = 1000;

function parse(input: WatchlistImport): { entries: WatchlistEntry[]; warnings: string[]; publishedAt: string | null; hashes: Record<string, string> } {
  try {
    if (input.source === "ofac") {
      const { sdn, alt, add, comments } = input.files;
      const parsed = parseOfac({ sdn, alt, add, comments });
      const hashes: Record<string, string> = { "sdn.csv": sha256(sdn) };
      if (alt) hashes["alt.csv"] = sha256(alt);
      if (add) hashes["add.csv"] = sha256(add);
      if (comments) hashes["sdn_comments.csv"] = sha256(comments);
      return { ...parsed, publishedAt: null, hashes };
    }
    const parsed = parseUnXml(input.xml.toString("utf8"));
    return { entries: parsed.entries, warnings: parsed.warnings, publishedAt: parsed.dateGenerated || null, hashes: { "consolidated.xml": sha256(input.xml) } };
  } catch (e) {
    if (e instanceof WatchlistParseError) throw new WatchlistFileError(e.file, e.line, e.reason);
    throw e;
  }
}

/**
 * Imports a published list as a new snapshot: parsed and validated first (a bad file changes
 * nothing), then stored with its file hashes and its difference from the previous snapshot,
 * which it replaces as the active one.
 */
export async function importWatchlist(actor: Principal, input: WatchlistImport, meta: RequestMeta) {
  assertCan(actor, "watchlist:manage");
  const parsed = parse(input);
  if (parsed.entries.length === 0) throw new WatchlistFileError(input.source === "ofac" ? "sdn.csv" : "consolidated.xml", 0, "the file holds no entries");
  const previous = await db.watchlistSnapshot.findFirst({ where: { source: input.source, active: true }, orderBy: { importedAt: "desc" } });
  const prevEntries = previous
    ? (await db.watchlistEntry.findMany({ where: { snapshotId: previous.id }, select: { data: true } })).map((r) => r.data as unknown as WatchlistEntry)
    : [];
  const diff = diffSnapshots(prevEntries, parsed.entries);
  const snapshot = await db.$transaction(
    async (tx) => {
      await tx.watchlistSnapshot.updateMany({ where: { source: input.source, active: true }, data: { active: false } });
      const created = await tx.watchlistSnapshot.create({
        data: {
          source: input.source,
          publishedAt: parsed.publishedAt,
          importedBy: actor.email,
          fileHashes: parsed.hashes,
          entryCount: parsed.entries.length,
          added: diff.added.length,
          removed: diff.removed.length,
          changed: diff.changed.length,
          diff: { added: diff.added.slice(0, DIFF_SAMPLE), removed: diff.removed.slice(0, DIFF_SAMPLE), changed: diff.changed.slice(0, DIFF_SAMPLE) },
          warnings: parsed.warnings.slice(0, 200),
        },
      });
      for (let i = 0; i < parsed.entries.length; i += BATCH) {
        await tx.watchlistEntry.createMany({
          data: parsed.entries.slice(i, i + BATCH).map((e) => ({ snapshotId: created.id, entryId: e.id, name: e.name, data: e as unknown as object })),
        });
      }
      await appendAudit(tx, actor, meta, {
        action: "watchlist.imported",
        targetType: "watchlist",
        targetId: created.id,
        after: { source: input.source, entries: parsed.entries.length, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, files: parsed.hashes },
      });
      return created;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { id: snapshot.id, source: input.source, entries: parsed.entries.length, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, warnings: parsed.warnings.length };
}

/**
 * Re-screens every candidate against the current lists. A candidate whose matches changed is
 * re-scored (new score row, case updated, audited); the others are left as they are.
 */
export async function rescreenAll(actor: Principal, meta: RequestMeta, onProgress?: (done: number, total: number) => void): Promise<{ screened: number; rescored: number }> {
  assertCan(actor, "watchlist:manage");
  const total = await db.candidate.count();
  let done = 0;
  let rescored = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.candidate.findMany({ take: 200, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}), orderBy: { id: "asc" }, select: { id: true, profile: true } });
    if (batch.length === 0) break;
    for (const c of batch) {
      const profile = c.profile as unknown as CandidateProfile;
      await db.$transaction(async (tx) => {
        const latest = await tx.score.findFirst({ where: { candidateId: c.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { breakdown: true } });
        const scoredWith = (latest?.breakdown as { fired?: { ruleId: string; family?: string; evidence: unknown[] }[] } | undefined)?.fired?.filter((f) => f.family === "watchlist") ?? [];
        const hits = await screenCandidate(tx, c.id, profile);
        // Re-score only when the matches the last score saw differ from the matches now: each
        // confirmed match is evidence of the hard stop, each pending one of a possible-match rule.
        const count = (confirmed: boolean) => scoredWith.filter((f) => (f.ruleId === "sanctions-confirmed") === confirmed).reduce((n, f) => n + f.evidence.length, 0);
        const before = `${count(true)}:${count(false)}`;
        const after = `${hits.filter((h) => h.status === "confirmed").length}:${hits.filter((h) => h.status === "pending").length}`;
        if (before !== after) {
          await scoreAndStore(tx, c.id, profile, { actor: null, meta });
          rescored += 1;
        }
      });
      done += 1;
    }
    onProgress?.(done, total);
    cursor = batch[batch.length - 1]!.id;
  }
  return { screened: done, rescored };
}

export async function addInternalItem(actor: Principal, raw: unknown, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, "watchlist:manage");
  const r = internalItemSchema.safeParse(raw);
  if (!r.success) throw new ValidationError(fieldErrorsFromIssues(r.error.issues));
  return db.$transaction(async (tx) => {
    const item = await tx.internalWatchlistItem.create({ data: { ...r.data, createdById: isServiceActor(actor) ? null : actor.id } });
    await appendAudit(tx, actor, meta, { action: "watchlist.internal_added", targetType: "watchlist", targetId: item.id, after: r.data });
    return { id: item.id };
  });
}

export async function deactivateInternalItem(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, "watchlist:manage");
  await db.$transaction(async (tx) => {
    const item = await tx.internalWatchlistItem.findUnique({ where: { id } });
    if (!item) throw new NotFoundError("Watchlist item not found.");
    await tx.internalWatchlistItem.update({ where: { id }, data: { active: false } });
    await appendAudit(tx, actor, meta, { action: "watchlist.internal_removed", targetType: "watchlist", targetId: id, before: { kind: item.kind, value: item.value } });
  });
}

/** A security lead confirms a match (a hard stop from then on) or dismisses it; the candidate is re-scored at once. */
export async function reviewHit(actor: Actor, hitId: string, raw: unknown, meta: RequestMeta): Promise<void> {
  assertCan(actor, "watchlist:review");
  const r = hitReviewSchema.safeParse(raw);
  if (!r.success) throw new ValidationError(fieldErrorsFromIssues(r.error.issues));
  await db.$transaction(async (tx) => {
    const hit = await tx.watchlistHit.findUnique({ where: { id: hitId }, include: { candidate: { select: { profile: true } } } });
    if (!hit) throw new NotFoundError("Match not found.");
    await tx.watchlistHit.update({ where: { id: hitId }, data: { status: r.data.decision, reviewNote: r.data.note, reviewedById: actor.id, reviewedAt: new Date() } });
    await appendAudit(tx, actor, meta, {
      action: "watchlist.match_reviewed",
      targetType: "candidate",
      targetId: hit.candidateId,
      before: { status: hit.status },
      after: { hitId, entryId: hit.entryId, entryName: hit.entryName, status: r.data.decision, note: r.data.note },
    });
    await scoreAndStore(tx, hit.candidateId, hit.candidate.profile as unknown as CandidateProfile, { actor, meta });
  });
}
