import "server-only";
import { db } from "@/lib/db";
import { scoreAndStore } from "@/lib/data/candidate-scoring";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import type { CandidateProfile } from "@/lib/schemas/candidate";
import { assertCan } from "@/lib/auth/permissions";
import type { Principal, RequestMeta } from "@/lib/data/types";

const BATCH = 200;

/**
 * Re-scores every candidate under the published rule set. Each new score is recorded beside
 * the earlier ones (nothing is overwritten) together with its audit event. Operator-only:
 * reached from the command line, not from a page.
 */
export async function rescoreAll(
  actor: Principal,
  meta: RequestMeta,
  onProgress?: (done: number, total: number) => void,
): Promise<{ rescored: number; bandChanged: number; ruleSetVersion: number }> {
  assertCan(actor, "candidate:rescore");
  const { ruleSet } = await db.$transaction((tx) => publishedRuleSet(tx));
  const total = await db.candidate.count();
  let done = 0;
  let bandChanged = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.candidate.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: { id: true, profile: true, latestBand: true },
    });
    if (batch.length === 0) break;
    for (const c of batch) {
      await db.$transaction(async (tx) => {
        const breakdown = await scoreAndStore(tx, c.id, c.profile as unknown as CandidateProfile, { actor: null, meta });
        if (breakdown.band !== c.latestBand) bandChanged += 1;
      });
      done += 1;
    }
    onProgress?.(done, total);
    cursor = batch[batch.length - 1]!.id;
  }
  return { rescored: done, bandChanged, ruleSetVersion: ruleSet.version };
}
