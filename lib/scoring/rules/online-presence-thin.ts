// Source: FBI/ROK PSA 2023-10-18 (new or thin online profiles that do not match the claimed career).
import * as helpers from "../helpers";
import type { Seniority } from "@/lib/schemas/candidate";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, dayNumber, firedOutcome, missingOutcome, nowDay } = helpers;

const NO_PROFILES = missingOutcome(["onlineProfiles"]);
const NO_DETAILS = missingOutcome(["onlineProfiles.createdOn", "onlineProfiles.connections"]);

/** LinkedIn connections below which a claimed career looks thin; half of it counts weakly. */
export const EXPECTED_CONNECTIONS: Readonly<Record<Seniority, number>> = {
  junior: 20,
  mid: 80,
  senior: 150,
  lead: 200,
};

export const onlinePresenceThin: RuleDefinition = {
  id: "online-presence-thin",
  title: "Online profiles are new or thin",
  family: "background",
  defaultWeight: 35,
  description:
    "Every online profile was created in the last months, or the LinkedIn network is far smaller than the claimed seniority suggests. A candidate without profiles is not penalised: the check is reported as not evaluated.",
  source: SOURCES.fbiPsa2023,
  inputs: [
    "onlineProfiles.kind",
    "onlineProfiles.createdOn",
    "onlineProfiles.connections",
    "seniority",
    "ctx.now",
  ],
  evaluate(p, ctx): RuleOutcome {
    const profiles = p.onlineProfiles;
    if (profiles.length === 0) return NO_PROFILES;
    let oldest = Infinity;
    let maxConnections = -1;
    for (const o of profiles) {
      if (o.createdOn !== undefined) oldest = Math.min(oldest, dayNumber(o.createdOn));
      if (o.kind === "linkedin" && o.connections !== undefined)
        maxConnections = Math.max(maxConnections, o.connections);
    }
    if (oldest === Infinity && maxConnections < 0) return NO_DETAILS;
    let ageStrength = 0;
    let ageDays = 0;
    if (oldest !== Infinity) {
      ageDays = nowDay(ctx) - oldest;
      const experienced = p.seniority === "senior" || p.seniority === "lead";
      ageStrength = ageDays < 90 ? 1 : ageDays < 180 ? 0.85 : ageDays < 365 && experienced ? 0.5 : 0;
    }
    let connStrength = 0;
    const expected = EXPECTED_CONNECTIONS[p.seniority];
    if (maxConnections >= 0)
      connStrength = maxConnections < expected / 4 ? 0.9 : maxConnections < expected / 2 ? 0.5 : 0;
    if (ageStrength === 0 && connStrength === 0) return CLEAR;
    const evidence: Evidence[] = [];
    if (ageStrength > 0) {
      evidence.push({
        field: "onlineProfiles.createdOn",
        value: `${ageDays} days`,
        reason: "The oldest online profile was created recently",
      });
    }
    if (connStrength > 0) {
      evidence.push({
        field: "onlineProfiles.connections",
        value: String(maxConnections),
        reason: `Few LinkedIn connections for a ${p.seniority} candidate (about ${expected} expected)`,
      });
    }
    return firedOutcome(Math.max(ageStrength, connStrength), evidence);
  },
};
