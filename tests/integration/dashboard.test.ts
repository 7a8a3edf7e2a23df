import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createCandidate } from "@/lib/data/candidates";
import { decideCase, openCaseManually } from "@/lib/data/cases";
import { getDashboard, median, parsePeriod, type Dashboard } from "@/lib/data/dashboard";
import { ForbiddenError } from "@/lib/errors";
import type { CaseOutcome } from "@/lib/cases/policy";
import type { Band, ScoreBreakdown } from "@/lib/scoring";
import { rejectionOf, requestMeta, withRole } from "./support/fixtures";
import {
  caseRow,
  casesOf,
  createTeam,
  decision,
  editCandidate,
  PROFILES,
  type Team,
} from "./support/case-fixtures";

/**
 * The team overview. The database is shared with the other files, so the period-bound figures
 * are read at a fixed clock in January 2020, a window no other file writes into (their rows are
 * dated when the suite runs), and the all-time figures are checked as deltas over this file's rows.
 */
const NOW = new Date("2020-01-31T12:00:00Z");
const at = (iso: string) => new Date(`${iso}Z`);

let team: Team;
let before: Dashboard;
let after: Dashboard;
let weekly: Dashboard;
/** The fired rule ids of each of this file's candidates' latest score. */
const latestFired: string[][] = [];
let superseded: string[] = [];
/** Candidate ids in SPECS order. */
const candidateIds: string[] = [];

interface Spec {
  profile: keyof typeof PROFILES;
  created: string;
  /** Opened, decided (or null to leave undecided, with the due date), outcome and reason code. */
  caseTimes?: {
    opened: string;
    decided: string | null;
    due?: string;
    outcome?: CaseOutcome;
    reason?: string;
  };
}

// Four decisions in the window, taking 2, 10, 30 and 50 hours: median 20 hours.
const SPECS: Spec[] = [
  { profile: "low", created: "2020-01-05T09:00:00" },
  { profile: "low", created: "2019-12-20T09:00:00" },
  { profile: "medium", created: "2020-01-05T15:00:00" },
  {
    profile: "high",
    created: "2020-01-10T00:00:00",
    caseTimes: {
      opened: "2020-01-10T00:00:00",
      decided: "2020-01-10T02:00:00",
      outcome: "rejected",
      reason: "fraud_indicators_confirmed",
    },
  },
  {
    profile: "high",
    created: "2020-01-10T12:00:00",
    caseTimes: {
      opened: "2020-01-10T12:00:00",
      decided: "2020-01-10T22:00:00",
      outcome: "rejected",
      reason: "identity_not_established",
    },
  },
  {
    profile: "high",
    created: "2020-01-12T00:00:00",
    caseTimes: {
      opened: "2020-01-12T00:00:00",
      decided: "2020-01-13T06:00:00",
      outcome: "escalated",
      reason: "needs_legal_review",
    },
  },
  {
    profile: "high",
    created: "2020-01-20T00:00:00",
    caseTimes: {
      opened: "2020-01-20T00:00:00",
      decided: "2020-01-22T02:00:00",
      outcome: "cleared",
      reason: "employment_verified_by_phone",
    },
  },
  {
    profile: "high",
    created: "2019-12-01T00:00:00",
    caseTimes: {
      opened: "2019-12-01T00:00:00",
      decided: "2019-12-03T00:00:00",
      outcome: "reported",
      reason: "reported_to_fbi_ic3",
    },
  },
  {
    profile: "critical",
    created: "2020-01-25T00:00:00",
    caseTimes: { opened: "2020-01-25T00:00:00", decided: null, due: "2020-01-26T00:00:00" },
  },
];

const firedIds = (b: ScoreBreakdown) => b.fired.map((f) => f.ruleId);
const bandCount = (d: Dashboard, band: Band) => d.bands.find((b) => b.band === band)!.count;
const ruleCount = (d: Dashboard, ruleId: string) =>
  d.rules.items.find((r) => r.ruleId === ruleId)?.count ?? 0;
const outcomeCount = (d: Dashboard, outcome: CaseOutcome) =>
  d.outcomes.find((o) => o.outcome === outcome)!.count;
const bucket = <T extends { start: string }>(points: T[], day: string) =>
  points.find((p) => p.start === `${day}T00:00:00.000Z`);

beforeAll(async () => {
  team = await createTeam();
  before = await getDashboard(team.lead, { days: 30, now: NOW });
  for (const spec of SPECS) {
    const input = PROFILES[spec.profile]();
    const { id, score } = await createCandidate(team.recruiter, input, requestMeta());
    await db.candidate.update({ where: { id }, data: { createdAt: at(spec.created) } });
    latestFired.push(firedIds(score));
    candidateIds.push(id);
    const times = spec.caseTimes;
    if (!times) continue;
    const [c] = await casesOf(id);
    if (times.decided && times.outcome && times.reason) {
      await decideCase(
        team.lead,
        c!.id,
        decision((await caseRow(c!.id)).version, times.outcome, times.reason),
        requestMeta(),
      );
    }
    await db.case.update({
      where: { id: c!.id },
      data: {
        openedAt: at(times.opened),
        ...(times.decided ? { decidedAt: at(times.decided) } : {}),
        ...(times.due ? { dueAt: at(times.due) } : {}),
      },
    });
  }
  // A medium candidate whose camera-off flag was cleared by an edit: now low, and only its latest score counts.
  const input = PROFILES.medium();
  const { id, score } = await createCandidate(team.recruiter, input, requestMeta());
  superseded = firedIds(score);
  const edited = await editCandidate(team.recruiter, id, { ...input, videoCallOutcome: "completed" });
  expect(edited.score.band).toBe("low");
  await db.candidate.update({ where: { id }, data: { createdAt: at("2020-01-06T10:00:00") } });
  latestFired.push(firedIds(edited.score));

  after = await getDashboard(team.lead, { days: 30, now: NOW });
  weekly = await getDashboard(team.admin, { days: 90, now: NOW });
});

describe("who may read the overview", () => {
  test("a recruiter, or a role the table does not know, is refused; security leads and admins are not", async () => {
    await rejectionOf(getDashboard(team.recruiter), ForbiddenError);
    await rejectionOf(getDashboard(withRole(team.lead, "auditor")), ForbiddenError);
    await expect(getDashboard(team.lead)).resolves.toMatchObject({ days: 30 });
    await expect(getDashboard(team.admin, { days: 365 })).resolves.toMatchObject({
      days: 365,
      granularity: "week",
    });
  });
});

describe("figures on hand-computed data", () => {
  test("the January 2020 window held nothing before this file wrote to it", () => {
    expect(before.since).toBe("2020-01-02T00:00:00.000Z");
    expect(before.candidates.inPeriod).toBe(0);
    expect(before.cases.openedInPeriod).toBe(0);
    expect(before.cases.decidedInPeriod).toBe(0);
    expect(before.medianHoursToDecision).toBeNull();
  });

  test("candidates screened: all ten in total, eight inside the period", () => {
    expect(after.candidates.total - before.candidates.total).toBe(10);
    expect(after.candidates.inPeriod).toBe(8);
  });

  test("bands count every candidate's current band, and shares are of the scored", () => {
    const deltas = Object.fromEntries(after.bands.map((b) => [b.band, b.count - bandCount(before, b.band)]));
    expect(deltas).toEqual({ low: 3, medium: 1, high: 5, critical: 1 });
    const scored = after.bands.reduce((sum, b) => sum + b.count, 0);
    for (const b of after.bands) expect(b.share).toBeCloseTo(b.count / scored, 10);
    expect(after.bands.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1, 10);
  });

  test("open and overdue cases: the critical case, undecided and past its due date", () => {
    expect(after.cases.open - before.cases.open).toBe(1);
    expect(after.cases.overdue - before.cases.overdue).toBe(1);
  });

  test("decisions by outcome and the median count only the period's decisions", () => {
    expect(after.cases.openedInPeriod).toBe(5);
    expect(after.cases.decidedInPeriod).toBe(4);
    expect(after.outcomes.map((o) => [o.outcome, o.count])).toEqual([
      ["cleared", 1],
      ["rejected", 2],
      ["escalated", 1],
      ["reported", 0],
    ]);
    expect(after.medianHoursToDecision).toBe(20);
    // Over 90 days the December decision (48 hours, reported) joins: 2, 10, 30, 48, 50.
    expect(outcomeCount(weekly, "reported")).toBe(1);
    expect(weekly.medianHoursToDecision).toBe(30);
  });

  test("rules are counted once per candidate, on the latest score only", () => {
    expect(after.rules.capped).toBe(false);
    expect(after.rules.scoredCandidates - before.rules.scoredCandidates).toBe(10);
    const expected = new Map<string, number>();
    for (const ids of latestFired)
      for (const id of new Set(ids)) expected.set(id, (expected.get(id) ?? 0) + 1);
    expect(superseded).toContain("video-call-avoided");
    expect(expected.get("video-call-avoided")).toBe(2); // the medium and the critical candidate; not the edited one
    const ruleIds = new Set([...expected.keys(), ...after.rules.items.map((r) => r.ruleId)]);
    for (const id of ruleIds)
      expect({ id, delta: ruleCount(after, id) - ruleCount(before, id) }).toEqual({
        id,
        delta: expected.get(id) ?? 0,
      });
    for (const r of after.rules.items)
      expect(r.share).toBeCloseTo(r.count / after.rules.scoredCandidates, 10);
    const counts = after.rules.items.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("trends", () => {
  test("30 days: one bucket per UTC day, summing to the period's totals", () => {
    const { bands, cases } = after.trends;
    expect(after.granularity).toBe("day");
    expect(bands).toHaveLength(30);
    expect(bands[0]!.start).toBe("2020-01-02T00:00:00.000Z");
    expect(bands.at(-1)!.start).toBe("2020-01-31T00:00:00.000Z");
    expect(bands.reduce((s, p) => s + p.total, 0)).toBe(after.candidates.inPeriod);
    expect(cases.reduce((s, p) => s + p.opened, 0)).toBe(after.cases.openedInPeriod);
    expect(cases.reduce((s, p) => s + p.decided, 0)).toBe(after.cases.decidedInPeriod);
    expect(bucket(bands, "2020-01-05")).toMatchObject({ low: 1, medium: 1, high: 0, critical: 0, total: 2 });
    expect(bucket(bands, "2020-01-06")).toMatchObject({ low: 1, total: 1 });
    expect(bucket(bands, "2020-01-10")).toMatchObject({ high: 2, total: 2 });
    expect(bucket(bands, "2020-01-25")).toMatchObject({ critical: 1, total: 1 });
    expect(bucket(cases, "2020-01-10")).toMatchObject({ opened: 2, decided: 2 });
    expect(bucket(cases, "2020-01-13")).toMatchObject({ opened: 0, decided: 1 });
    expect(bucket(cases, "2020-01-22")).toMatchObject({ opened: 0, decided: 1 });
  });

  test("90 days: weeks start on Monday, after a first partial bucket from the period's start", () => {
    const { bands, cases } = weekly.trends;
    expect(weekly.granularity).toBe("week");
    expect(weekly.since).toBe("2019-11-03T00:00:00.000Z"); // a Sunday
    expect(bands[1]!.start).toBe("2019-11-04T00:00:00.000Z");
    expect(bands.at(-1)!.start).toBe("2020-01-27T00:00:00.000Z");
    expect(bands.slice(1).every((p) => new Date(p.start).getUTCDay() === 1)).toBe(true);
    // Sunday 1 December 2019 belongs to the week of Monday 25 November; Sunday 5 January 2020 to that of 30 December.
    expect(bucket(bands, "2019-11-25")).toMatchObject({ high: 1, total: 1 });
    expect(bucket(cases, "2019-11-25")).toMatchObject({ opened: 1, decided: 0 });
    expect(bucket(cases, "2019-12-02")).toMatchObject({ decided: 1 });
    expect(bucket(bands, "2019-12-30")).toMatchObject({ low: 1, medium: 1, total: 2 });
    expect(bucket(bands, "2020-01-06")).toMatchObject({ low: 1, high: 3, total: 4 }); // Sunday 12 January is still that week
    expect(bands.reduce((s, p) => s + p.total, 0)).toBe(weekly.candidates.inPeriod);
    expect(weekly.candidates.inPeriod).toBe(10);
  });
});

describe("helpers", () => {
  test("parsePeriod accepts only the offered periods", () => {
    expect([
      parsePeriod("90"),
      parsePeriod(365),
      parsePeriod("7"),
      parsePeriod(undefined),
      parsePeriod("abc"),
    ]).toEqual([90, 365, 30, 30, 30]);
  });
  test("median of odd and even counts", () => {
    expect([median([]), median([5]), median([9, 1, 5]), median([50, 2, 30, 10])]).toEqual([null, 5, 5, 20]);
  });
});

describe("a reopened case", () => {
  test("keeps its earlier decision in the period and counts as open again", async () => {
    const cleared = SPECS.findIndex((s) => s.caseTimes?.outcome === "cleared");
    await openCaseManually(
      team.lead,
      candidateIds[cleared]!,
      { reason: "New information from the reference check." },
      requestMeta(),
    );
    const now = await getDashboard(team.lead, { days: 30, now: NOW });
    expect(now.cases.open - after.cases.open).toBe(1);
    expect(now.cases.decidedInPeriod).toBe(after.cases.decidedInPeriod);
    expect(outcomeCount(now, "cleared")).toBe(1);
    expect(now.medianHoursToDecision).toBe(20);
  });
});
