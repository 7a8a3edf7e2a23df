import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { createUser } from "@/lib/data/users";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { OPERATOR_ACTOR, type Actor, type RequestMeta } from "@/lib/data/types";
import { addInternalItem } from "@/lib/data/watchlist";
import { updateSettings } from "@/lib/data/settings";
import { DEFAULT_SETTINGS } from "@/lib/schemas/settings";
import { DEMO_CANDIDATES, SHARED_WALLET } from "./seed-candidates";
import { seedCasework } from "./seed-casework";

/** The demo accounts, one per role. Printed by the start command and listed in the README. */
export const DEMO_USERS = [
  {
    email: "recruiter@candor.test",
    name: "Riley Recruiter",
    role: "recruiter",
    password: "demo-recruiter-2026",
  },
  {
    email: "security@candor.test",
    name: "Sam Security",
    role: "security_lead",
    password: "demo-security-2026",
  },
  { email: "admin@candor.test", name: "Alex Admin", role: "admin", password: "demo-admin-2026" },
  // A second security lead, so the demo can show four-eyes approval of a cleared critical case.
  {
    email: "security2@candor.test",
    name: "Jo Second-Reviewer",
    role: "security_lead",
    password: "demo-security2-2026",
  },
] as const;

/** The demo's organisation, shown in the header so the settings page has something to show. */
export const DEMO_ORGANISATION = "Northwind Remote Engineering";

const SEED_META: RequestMeta = { requestId: "seed", ip: null };

/**
 * Loads the demo through the same data layer the app uses, so every demo candidate is
 * validated, scored and audited exactly as one typed into the form.
 */
export async function seedDemo({
  ifEmpty,
}: {
  ifEmpty: boolean;
}): Promise<{ seeded: boolean; users: number; candidates: number }> {
  if (ifEmpty && (await db.user.count()) > 0) return { seeded: false, users: 0, candidates: 0 };
  await db.$transaction((tx) => publishedRuleSet(tx));
  const actors: Actor[] = [];
  for (const u of DEMO_USERS) {
    const { user } = await createUser(
      OPERATOR_ACTOR,
      { email: u.email, name: u.name, role: u.role },
      SEED_META,
      u.password,
    );
    actors.push({ id: user.id, email: user.email, name: user.name, role: user.role });
  }
  const recruiter = actors.find((a) => a.role === "recruiter")!;
  const admin = actors.find((a) => a.role === "admin")!;
  await updateSettings(
    admin,
    { ...DEFAULT_SETTINGS, organisationName: DEMO_ORGANISATION, version: 0 },
    SEED_META,
  );
  // An internal watchlist entry, so the demo shows screening: two applicants share this wallet.
  await addInternalItem(
    OPERATOR_ACTOR,
    {
      kind: "wallet",
      value: SHARED_WALLET,
      reason: "Wallet seen paying out to a known DPRK IT-worker facilitator in an earlier investigation",
      source: "Internal investigation 2026-09",
    },
    SEED_META,
  );
  // A name only: a possible match that a security lead still has to review.
  await addInternalItem(
    OPERATOR_ACTOR,
    {
      kind: "name",
      value: "Tyler Reed",
      reason: "Name used by an applicant a partner company identified as a DPRK IT worker",
      source: "Partner referral 2026-10",
    },
    SEED_META,
  );
  const ids = new Map<string, string>();
  for (const candidate of DEMO_CANDIDATES) {
    const { id } = await createCandidate(recruiter, candidate, SEED_META);
    ids.set(String(candidate.email), id);
  }
  await seedCasework(actors, ids);
  return { seeded: true, users: actors.length, candidates: DEMO_CANDIDATES.length };
}
