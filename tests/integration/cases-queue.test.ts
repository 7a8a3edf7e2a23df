import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { assignCaseToMe, decideCase } from "@/lib/data/cases";
import { listCases, type CaseQueueItem } from "@/lib/data/case-queue";
import type { CaseStatus } from "@/lib/cases/policy";
import type { Actor } from "@/lib/data/types";
import { requestMeta } from "./support/fixtures";
import { candidateWithCase, createTeam, decision, type Team } from "./support/case-fixtures";

/**
 * The security leads' queue. The database is shared with other files, so each check either
 * narrows to this file's own security leads or checks a property of every row it returns.
 */
let team: Team;
const ids: Record<"A" | "B" | "F" | "C" | "D" | "E", string> = { A: "", B: "", F: "", C: "", D: "", E: "" };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function caseFor(band: "high" | "critical", assignee: Actor | null): Promise<string> {
  const { caseId } = await candidateWithCase(team.recruiter, band);
  if (assignee) await assignCaseToMe(assignee, caseId, { version: 1 }, requestMeta());
  return caseId;
}

const at = (offsetMs: number) => new Date(Date.now() + offsetMs);

beforeAll(async () => {
  team = await createTeam();
  // Mine and active, timed so that the four sort orders all differ:
  //   A critical, opened 2 days ago, due in 5 h · B high, 3 days ago, due in 1 h · F high, 1 day ago, overdue by 1 h
  ids.A = await caseFor("critical", team.lead);
  ids.B = await caseFor("high", team.lead);
  ids.F = await caseFor("high", team.lead);
  ids.C = await caseFor("high", team.lead2); // someone else's
  ids.D = await caseFor("critical", null); // unassigned, opened 10 days ago, overdue
  ids.E = await caseFor("high", team.lead); // mine, decided
  await decideCase(team.lead, ids.E, decision(2, "rejected", "fraud_indicators_confirmed"), requestMeta());
  const times: [string, number, number][] = [
    [ids.A, -2 * DAY, 5 * HOUR],
    [ids.B, -3 * DAY, HOUR],
    [ids.F, -DAY, -HOUR],
    [ids.D, -10 * DAY, -9 * DAY],
  ];
  for (const [id, opened, due] of times)
    await db.case.update({ where: { id }, data: { openedAt: at(opened), dueAt: at(due) } });
});

const idsOf = (items: CaseQueueItem[]) => items.map((i) => i.id);

/** Every page of a query, concatenated. */
async function allPages(
  actor: Actor,
  query: Record<string, unknown>,
): Promise<{ items: CaseQueueItem[]; total: number }> {
  const first = await listCases(actor, { ...query, pageSize: 100, page: 1 });
  const items = [...first.items];
  for (let page = 2; page <= first.pageCount; page++)
    items.push(...(await listCases(actor, { ...query, pageSize: 100, page })).items);
  return { items, total: first.total };
}

describe("filters narrow the queue to what they claim", () => {
  test.each([
    { label: "assignee me (active by default)", query: { assignee: "me" }, expected: ["A", "B", "F"] },
    {
      label: "assignee me, status in_review",
      query: { assignee: "me", status: "in_review" },
      expected: ["A", "B", "F"],
    },
    { label: "assignee me, status open", query: { assignee: "me", status: "open" }, expected: [] },
    { label: "assignee me, status decided", query: { assignee: "me", status: "decided" }, expected: ["E"] },
    { label: "assignee me, band critical", query: { assignee: "me", band: "critical" }, expected: ["A"] },
    { label: "assignee me, band high", query: { assignee: "me", band: "high" }, expected: ["B", "F"] },
    { label: "assignee me, family payment", query: { assignee: "me", family: "payment" }, expected: ["A"] },
    {
      label: "assignee me, family communication",
      query: { assignee: "me", family: "communication" },
      expected: ["A"],
    },
    {
      label: "assignee me, family background",
      query: { assignee: "me", family: "background" },
      expected: ["A", "B", "F"],
    },
    {
      label: "assignee me, older than 2 days",
      query: { assignee: "me", olderThanDays: 2 },
      expected: ["A", "B"],
    },
  ] as const)("$label", async ({ query, expected }) => {
    const page = await listCases(team.lead, query);
    const want = expected.map((k) => ids[k]);
    expect([...idsOf(page.items)].sort()).toEqual([...want].sort());
    expect(page.total).toBe(want.length);
    expect(page.items.every((i) => i.assignedToMe && i.assignee === team.lead.name)).toBe(true);
  });

  test("assignee by user id returns that lead's cases, not mine", async () => {
    const page = await listCases(team.lead, { assignee: team.lead2.id });
    expect(idsOf(page.items)).toEqual([ids.C]);
    expect(page.items[0]).toMatchObject({
      assignee: team.lead2.name,
      assignedToMe: false,
      status: "in_review",
    });
  });

  test("the decided case carries its outcome", async () => {
    const page = await listCases(team.lead, { assignee: "me", status: "decided" });
    expect(page.items[0]).toMatchObject({
      id: ids.E,
      status: "decided",
      outcome: "rejected",
      overdue: false,
    });
  });

  test.each([
    {
      label: "band critical",
      query: { band: "critical" },
      includes: ["A", "D"],
      excludes: ["B", "C", "E", "F"],
      check: (i: CaseQueueItem) => i.band === "critical" && i.status !== "decided",
    },
    {
      label: "status decided",
      query: { status: "decided" },
      includes: ["E"],
      excludes: ["A", "B", "C", "D", "F"],
      check: (i: CaseQueueItem) => i.status === "decided",
    },
    {
      label: "unassigned",
      query: { assignee: "unassigned" },
      includes: ["D"],
      excludes: ["A", "B", "C", "E", "F"],
      check: (i: CaseQueueItem) => i.assignee === null && !i.assignedToMe,
    },
    {
      label: "unassigned, older than 7 days",
      query: { assignee: "unassigned", olderThanDays: 7 },
      includes: ["D"],
      excludes: ["A", "B", "C", "E", "F"],
      check: (i: CaseQueueItem) => i.assignee === null && Date.parse(i.openedAt) < Date.now() - 7 * DAY,
    },
  ] as const)("across the whole queue, $label", async ({ query, includes, excludes, check }) => {
    const { items, total } = await allPages(team.lead, query);
    expect(items).toHaveLength(total);
    expect(items.filter((i) => !check(i))).toEqual([]);
    expect(idsOf(items)).toEqual(expect.arrayContaining(includes.map((k) => ids[k])));
    for (const k of excludes) expect(idsOf(items)).not.toContain(ids[k]);
  });

  test("across the whole queue, family payment returns only cases whose latest score fired a payment rule", async () => {
    const { items } = await allPages(team.lead, { family: "payment" });
    expect(idsOf(items)).toEqual(expect.arrayContaining([ids.A, ids.D]));
    expect(idsOf(items)).not.toContain(ids.B);
    const rows = await db.case.findMany({
      where: { id: { in: idsOf(items) } },
      select: { ruleFamilies: true },
    });
    expect(rows.filter((r) => !r.ruleFamilies.split(",").includes("payment"))).toEqual([]);
  });
});

describe("sorting", () => {
  test.each([
    { sort: "priority", expected: ["A", "B", "F"] },
    { sort: "oldest", expected: ["B", "A", "F"] },
    { sort: "newest", expected: ["F", "A", "B"] },
    { sort: "due", expected: ["F", "B", "A"] },
  ] as const)("sort $sort orders my cases $expected", async ({ sort, expected }) => {
    const page = await listCases(team.lead, { assignee: "me", sort });
    expect(idsOf(page.items)).toEqual(expected.map((k) => ids[k]));
    expect(page.query.sort).toBe(sort);
  });

  const KEY: Record<"oldest" | "newest" | "due", (i: CaseQueueItem) => number> = {
    oldest: (i) => Date.parse(i.openedAt),
    newest: (i) => -Date.parse(i.openedAt),
    due: (i) => Date.parse(i.dueAt),
  };
  test.each(Object.keys(KEY) as (keyof typeof KEY)[])(
    "sort %s holds across every page of the queue, without repeats",
    async (sort) => {
      const { items, total } = await allPages(team.lead, { sort });
      expect(new Set(idsOf(items)).size).toBe(total);
      const keys = items.map(KEY[sort]);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    },
  );

  test("an unknown sort or status falls back to priority order of the active queue", async () => {
    const page = await listCases(team.lead, { assignee: "me", sort: "shoe-size", status: "everything" });
    expect(page.query).toMatchObject({ sort: "priority", status: undefined });
    expect(idsOf(page.items)).toEqual([ids.A, ids.B, ids.F]);
  });
});

describe("counts", () => {
  test("counts per status add up to every case, and match the table", async () => {
    const page = await listCases(team.lead, {});
    const statuses: CaseStatus[] = ["open", "in_review", "awaiting_approval", "decided", "reopened"];
    const actual = await Promise.all(statuses.map((status) => db.case.count({ where: { status } })));
    expect(statuses.map((s) => page.counts[s] ?? 0)).toEqual(actual);
    expect(Object.values(page.counts).reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(await db.case.count());
    expect(page.total).toBe(await db.case.count({ where: { status: { not: "decided" } } }));
    expect(page.counts.in_review).toBeGreaterThanOrEqual(4); // A, B, C, F
    expect(page.counts.decided).toBeGreaterThanOrEqual(1); // E
  });

  test("overdue counts undecided cases past their due date, and flags them on the item", async () => {
    const { items } = await allPages(team.lead, {});
    const page = await listCases(team.lead, {});
    expect(page.overdue).toBe(
      await db.case.count({ where: { status: { not: "decided" }, dueAt: { lt: new Date() } } }),
    );
    expect(page.overdue).toBe(items.filter((i) => i.overdue).length);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect([ids.A, ids.B, ids.C, ids.D, ids.F].map((id) => byId.get(id)?.overdue)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  test("items carry the candidate's name and latest score", async () => {
    const page = await listCases(team.lead, { assignee: "me", band: "critical" });
    const candidate = await db.candidate.findFirstOrThrow({ where: { cases: { some: { id: ids.A } } } });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: ids.A,
        candidateId: candidate.id,
        candidateName: candidate.fullName,
        score: candidate.latestScore,
        priority: 1,
      }),
    ]);
  });
});
