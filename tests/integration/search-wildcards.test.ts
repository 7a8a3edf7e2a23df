import { beforeAll, describe, expect, test } from "vitest";
import { listCandidatesPage } from "@/lib/api/queries";
import { candidateListQuery } from "@/lib/api/schemas";
import { exportAuditCsv, listAuditEvents } from "@/lib/data/audit-log";
import { createCandidate, listCandidates } from "@/lib/data/candidates";
import { candidateInput, createActor, requestMeta, uid, type TestActor } from "./support/fixtures";

/**
 * Searches pass a person's text to LIKE. Unescaped, "%" and "_" were wildcards: q=% listed every
 * candidate, and "x%y" also found "xlongy". They now match only themselves, on both databases.
 */
let recruiter: TestActor;
let admin: TestActor;
const tag = `wc${uid()}`;
const NAMES = {
  percent: `Percent X%y${tag}`,
  percentDecoy: `Decoy Xlongy${tag}`,
  underscore: `Under A_b${tag}`,
  underscoreDecoy: `Decoy Acb${tag}`,
  backslash: `Slash C\\d${tag}`,
  backslashDecoy: `Decoy Cd${tag}`,
};
beforeAll(async () => {
  recruiter = await createActor("recruiter");
  admin = await createActor("admin");
  for (const fullName of Object.values(NAMES))
    await createCandidate(recruiter, { ...candidateInput(), fullName }, requestMeta());
});

const hay = (i: { fullName: string; email: string }) => `${i.fullName} ${i.email}`.toLowerCase();

const CASES = [
  { q: `x%y${tag}`, expected: [NAMES.percent] },
  { q: `a_b${tag}`, expected: [NAMES.underscore] },
  { q: `c\\d${tag}`, expected: [NAMES.backslash] },
  { q: `%${tag}`, expected: [] },
  { q: `_${tag}`, expected: [] },
];

describe("a LIKE wildcard in a search matches only itself (q=% listed every candidate)", () => {
  test.each(CASES)("candidate list: q=$q", async ({ q, expected }) => {
    const page = await listCandidates(recruiter, { q, pageSize: 100 });
    expect(page.items.map((i) => i.fullName)).toEqual(expected);
  });

  test.each(CASES)("API candidate list: q=$q", async ({ q, expected }) => {
    const page = await listCandidatesPage(recruiter, candidateListQuery.parse({ q, limit: 100 }));
    expect(page.data.map((i) => i.fullName)).toEqual(expected);
  });

  test.each(["%", "_"])("q=%s lists only candidates whose name or email holds that character", async (q) => {
    const page = await listCandidates(recruiter, { q, pageSize: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) expect(hay(item)).toContain(q);
    const api = await listCandidatesPage(recruiter, candidateListQuery.parse({ q, limit: 100 }));
    for (const item of api.data) expect(hay(item)).toContain(q);
    expect(page.items.map((i) => i.fullName)).not.toContain(NAMES.backslashDecoy);
  });

  test("audit filter: an action prefix with _ or % does not stand for any character", async () => {
    // "candidate_created" would match every "candidate.created" if "_" were a wildcard.
    expect((await listAuditEvents(admin, { action: "candidate.created" })).total).toBeGreaterThan(0);
    for (const action of ["candidate_created", "%", "candidate%", "_"]) {
      expect((await listAuditEvents(admin, { action })).total).toBe(0);
    }
    const csv = await exportAuditCsv(admin, { action: "candidate_created" }, requestMeta());
    expect(csv.rows).toBe(0);
  });
});
