// Source: US State/Treasury/FBI guidance 2022-05-16 (inconsistent educational and work history).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const BOTH_MISSING = missingOutcome(["education.endYear", "workHistory"]);
const YEAR_MISSING = missingOutcome(["education.endYear"]);
const NO_HISTORY = missingOutcome(["workHistory"]);

/** Titles that claim seniority; studying while holding one of these is rare. */
const SENIOR_TITLE = /\b(senior|sr\.?|lead|principal|staff|head|director|architect|vp|chief|cto)\b/i;

/*
 * Students work, so an ordinary job before graduating says nothing. A senior title held years
 * before the degree was finished is the kind of story that does not add up. Only the claims are
 * compared with each other; where or what someone studied is never scored.
 */
const GRACE_YEARS = 1;

export const educationTimeline: RuleDefinition = {
  id: "education-timeline",
  title: "Senior position held before graduating",
  family: "background",
  defaultWeight: 35,
  description:
    "A position with a senior title (senior, lead, principal, staff, head, architect…) started more than a year before the claimed graduation year. Ordinary jobs while studying do not count.",
  source: SOURCES.usGuidance2022,
  inputs: ["education.endYear", "workHistory.title", "workHistory.startDate", "workHistory.employer"],
  evaluate(p): RuleOutcome {
    const graduated = p.education?.endYear;
    const history = p.workHistory;
    if (graduated === undefined) return history.length === 0 ? BOTH_MISSING : YEAR_MISSING;
    if (history.length === 0) return NO_HISTORY;
    const evidence: Evidence[] = [];
    let earliest = Infinity;
    for (let i = 0; i < history.length; i++) {
      const w = history[i];
      if (!w || !SENIOR_TITLE.test(w.title)) continue;
      const startYear = Number(w.startDate.slice(0, 4));
      if (graduated - startYear <= GRACE_YEARS) continue;
      earliest = Math.min(earliest, startYear);
      evidence.push({
        field: `workHistory[${i}].startDate`,
        value: `${w.title} at ${w.employer} from ${startYear}`,
        reason: `Started ${graduated - startYear} years before graduating in ${graduated}`,
      });
    }
    if (evidence.length === 0) return CLEAR;
    // Three or more years of senior work before the degree is hard to explain at all.
    return firedOutcome(graduated - earliest >= 3 ? 1 : 0.85, evidence);
  },
};
