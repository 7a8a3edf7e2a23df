import { db } from "@/lib/db";
import {
  addCaseNote,
  assignCaseToMe,
  decideCase,
  openCaseManually,
  reviewPendingDecision,
} from "@/lib/data/cases";
import { reviewHit } from "@/lib/data/watchlist";
import type { Actor, RequestMeta } from "@/lib/data/types";

const META: RequestMeta = { requestId: "seed", ip: null };

async function caseOf(candidateId: string | undefined) {
  if (!candidateId) throw new Error("demo candidate missing");
  const c = await db.case.findFirst({ where: { candidateId }, orderBy: { openedAt: "desc" } });
  if (!c) throw new Error("demo case missing");
  return c;
}

/**
 * Puts some demo cases in each state of the workflow, through the same data layer the pages
 * use: assigned and in review, decided (rejected, escalated, reported), cleared after a
 * second security lead's approval, one waiting for approval, and one opened by a recruiter.
 */
export async function seedCasework(actors: Actor[], ids: Map<string, string>): Promise<void> {
  const [lead, second] = actors.filter((a) => a.role === "security_lead");
  const recruiter = actors.find((a) => a.role === "recruiter");
  if (!lead || !second || !recruiter) throw new Error("demo users missing");

  const work = async (email: string, by: Actor) => {
    const c = await caseOf(ids.get(email));
    await assignCaseToMe(by, c.id, { version: c.version }, META);
    return caseOf(ids.get(email));
  };

  let c = await work("brandon.hughes.sec@example.com", lead);
  await addCaseNote(
    lead,
    c.id,
    {
      body: "Called the two listed employers: **neither has a record** of him. IP resolves to a hosting provider in Shenyang.",
    },
    META,
  );
  await decideCase(
    lead,
    c.id,
    {
      version: c.version,
      outcome: "reported",
      reasonCode: "reported_to_fbi_ic3",
      rationale:
        "Nearly every advisory indicator present; employers deny him; reported to IC3 with the wallet address.",
    },
    META,
  );

  // The security lead confirms Daniel Foster's wallet match: a hard stop from then on.
  const fosterId = ids.get("d.foster.blockchain@example.com");
  const hit = await db.watchlistHit.findFirst({ where: { candidateId: fosterId, matchedField: "wallet" } });
  if (!hit) throw new Error("demo watchlist match missing");
  await reviewHit(
    lead,
    hit.id,
    {
      decision: "confirmed",
      note: "Wallet address identical, character for character, to the one in our facilitator investigation.",
    },
    META,
  );
  c = await work("d.foster.blockchain@example.com", lead);
  await decideCase(
    lead,
    c.id,
    {
      version: c.version,
      outcome: "rejected",
      reasonCode: "sanctions_match_confirmed",
      rationale:
        "Wallet on our internal watchlist (confirmed), same wallet and resume as another applicant, a different person on the second interview.",
    },
    META,
  );

  c = await work("kelly.morgan.dev@example.com", second);
  await decideCase(
    second,
    c.id,
    {
      version: c.version,
      outcome: "escalated",
      reasonCode: "needs_legal_review",
      rationale: "Document mismatch may be a legal name change; asking legal before we reject.",
    },
    META,
  );

  c = await work("ryan.mitchell.dev@example.com", lead);
  await addCaseNote(
    lead,
    c.id,
    {
      body: "Met him in person at the Austin office; ID matched. The Dallas address is his partner's flat where he works weekdays.",
    },
    META,
  );
  await decideCase(
    lead,
    c.id,
    {
      version: c.version,
      outcome: "cleared",
      reasonCode: "identity_verified_in_person",
      rationale:
        "Identity verified in person against his passport; shipping address explained and confirmed by a visit.",
    },
    META,
  );
  c = await caseOf(ids.get("ryan.mitchell.dev@example.com"));
  await reviewPendingDecision(second, c.id, { version: c.version }, true, META);

  c = await work("laura.bennett.dev@example.com", lead);
  await decideCase(
    lead,
    c.id,
    {
      version: c.version,
      outcome: "cleared",
      reasonCode: "identity_verified_in_person",
      rationale:
        "Second call on a company laptop showed no artefacts; the first was a bad virtual background.",
    },
    META,
  );

  await work("tyler.reed.mobile@example.com", second);
  await work("steven.wright.remote@example.com", lead);

  await openCaseManually(
    recruiter,
    ids.get("kevin.brooks@example.com")!,
    {
      reason:
        "Rescheduled the video call twice and only has a Google Voice number; please check before the offer.",
    },
    META,
  );
}
