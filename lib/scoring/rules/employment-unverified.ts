// Source: US State/Treasury/FBI guidance 2022-05-16 (inconsistent or unverifiable work history).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, pct } = helpers;

const NO_HISTORY = missingOutcome(["workHistory"]);
const NONE_CHECKED = missingOutcome(["workHistory.verification"]);

// Employers that vanish or never answer are common for small start-ups, so "unverifiable"
// weighs less than an employer who says the person never worked there.
const FAILED_WEIGHT = 1;
const UNVERIFIABLE_WEIGHT = 0.6;

export const employmentUnverified: RuleDefinition = {
  id: "employment-unverified",
  title: "Past employers could not be verified",
  family: "background",
  defaultWeight: 40,
  description:
    "Employers in the work history denied the candidate worked there, or could not be reached. One employer's denial counts in full; unreachable employers count more the larger their share of the checked positions.",
  source: SOURCES.usGuidance2022,
  inputs: ["workHistory.verification", "workHistory.employer"],
  evaluate(p): RuleOutcome {
    const history = p.workHistory;
    if (history.length === 0) return NO_HISTORY;
    let checked = 0;
    let bad = 0;
    let failed = 0;
    for (const w of history) {
      if (w.verification === "not_checked") continue;
      checked++;
      if (w.verification === "failed") {
        bad += FAILED_WEIGHT;
        failed++;
      } else if (w.verification === "unverifiable") bad += UNVERIFIABLE_WEIGHT;
    }
    if (checked === 0) return NONE_CHECKED;
    if (bad === 0) return CLEAR;
    const evidence: Evidence[] = [];
    for (let i = 0; i < history.length; i++) {
      const w = history[i];
      if (!w || (w.verification !== "failed" && w.verification !== "unverifiable")) continue;
      evidence.push({
        field: `workHistory[${i}].verification`,
        value: `${w.employer}: ${w.verification}`,
        reason:
          w.verification === "failed"
            ? "Employer did not confirm the position"
            : "Employer could not be reached to confirm",
      });
    }
    // One employer saying the person never worked there is the sign itself, however many other
    // positions checked out. Unreachable employers are the sign when they are half or more of the
    // checked history; one closed start-up among several confirmed jobs is ordinary.
    const share = bad / checked;
    const strength = failed > 0 ? 1 : share >= 0.5 ? 0.85 + 0.15 * share : 0.5;
    evidence.push({
      field: "workHistory",
      value: pct(share),
      reason: `Weighted share of ${checked} checked positions that did not verify`,
    });
    return firedOutcome(strength, evidence);
  },
};
