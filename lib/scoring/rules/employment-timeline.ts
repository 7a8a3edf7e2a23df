// Source: ROK MOFA/MOU/NIS advisory 2022-12-08 (careers that do not add up; fabricated histories).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, dayNumber, firedOutcome, missingOutcome, nowDay } = helpers;

const NO_HISTORY = missingOutcome(["workHistory"]);

/** Side gigs overlap briefly; six months of two jobs at once is unusual. */
const OVERLAP_DAYS = 183;
/** A year or more between jobs. One such gap is an honest career break and never counts. */
const GAP_DAYS = 365;

// The schema allows at most 30 positions; reuse one buffer instead of allocating per call.
const starts = new Float64Array(32);
const ends = new Float64Array(32);

export const employmentTimeline: RuleDefinition = {
  id: "employment-timeline",
  title: "Work history does not add up",
  family: "background",
  defaultWeight: 35,
  description:
    "Positions overlap for six months or more, several positions are held at once today, or the history has several long unexplained gaps. A single career break is normal and never counts.",
  source: SOURCES.rokAdvisory2022,
  inputs: ["workHistory.startDate", "workHistory.endDate", "workHistory.employer", "ctx.now"],
  evaluate(p, ctx): RuleOutcome {
    const history = p.workHistory;
    const n = Math.min(history.length, starts.length);
    if (n === 0) return NO_HISTORY;
    const today = nowDay(ctx);
    for (let i = 0; i < n; i++) {
      const w = history[i];
      if (!w) continue;
      starts[i] = dayNumber(w.startDate);
      ends[i] = w.endDate ? dayNumber(w.endDate) : Math.max(today, starts[i] ?? today);
    }
    let overlaps = 0;
    let firstOverlap = "";
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const overlap = Math.min(ends[i] ?? 0, ends[j] ?? 0) - Math.max(starts[i] ?? 0, starts[j] ?? 0);
        if (overlap >= OVERLAP_DAYS) {
          overlaps++;
          if (!firstOverlap) firstOverlap = `${history[i]?.employer} and ${history[j]?.employer}`;
        }
      }
    }
    let gaps = 0;
    for (let i = 0; i < n; i++) {
      const end = ends[i] ?? 0;
      let next = Infinity;
      let covered = false;
      for (let j = 0; j < n && !covered; j++) {
        const s = starts[j] ?? 0;
        // Covered by a later-ending job, or the same gap already counted for an earlier entry.
        if ((s <= end && (ends[j] ?? 0) > end) || (j < i && ends[j] === end)) covered = true;
        else if (s > end && s < next) next = s;
      }
      if (!covered && next !== Infinity && next - end >= GAP_DAYS) gaps++;
    }
    // Several jobs held at once today, however recently the extra ones began, is the pattern of
    // one operator working many positions under different names.
    let current = 0;
    for (let i = 0; i < n; i++) if (history[i] && !history[i]?.endDate) current++;
    const concurrent = current >= 3 ? 1 : current === 2 ? 0.85 : 0;
    const overlapStrength = Math.max(concurrent, overlaps >= 2 ? 1 : overlaps === 1 ? 0.85 : 0);
    const gapStrength = gaps >= 3 ? 0.85 : gaps === 2 ? 0.5 : 0;
    if (overlapStrength === 0 && gapStrength === 0) return CLEAR;
    const evidence: Evidence[] = [];
    if (overlaps > 0) {
      evidence.push({
        field: "workHistory",
        value: `${overlaps} overlap(s)`,
        reason: `Positions overlap by six months or more (e.g. ${firstOverlap})`,
      });
    }
    if (concurrent > 0) {
      evidence.push({
        field: "workHistory.endDate",
        value: `${current} current positions`,
        reason: `Holds ${current} positions at the same time today`,
      });
    }
    if (gapStrength > 0) {
      evidence.push({
        field: "workHistory",
        value: `${gaps} gaps`,
        reason: `${gaps} unexplained gaps of a year or more between positions`,
      });
    }
    return firedOutcome(Math.max(overlapStrength, gapStrength), evidence);
  },
};
