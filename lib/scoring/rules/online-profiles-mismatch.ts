// Source: Microsoft Jasper Sleet 2025-06-30 (profiles and resumes with differing employers, dates and altered photos).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { ProfileResumeCheck } from "@/lib/schemas/candidate";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const NOT_RECORDED = missingOutcome(["onlineProfilesMatchResume"]);

/*
 * Different employers mean two different stories about one career; a different picture means
 * the profile and the resume may not be the same person (the photo is compared, never judged).
 * Dates drift honestly when people round to the year, so they count less.
 */
const OUTCOMES: Record<Exclude<ProfileResumeCheck, "matches" | "not_checked">, RuleOutcome> = {
  employers_differ: fixedOutcome(1, [
    {
      field: "onlineProfilesMatchResume",
      value: "employers_differ",
      reason: "Online profiles list different employers than the resume",
    },
  ]),
  photo_differs: fixedOutcome(0.85, [
    {
      field: "onlineProfilesMatchResume",
      value: "photo_differs",
      reason: "The picture on the online profiles is not the one on the resume",
    },
  ]),
  dates_differ: fixedOutcome(0.5, [
    {
      field: "onlineProfilesMatchResume",
      value: "dates_differ",
      reason: "Online profiles give different dates for the same positions",
    },
  ]),
};

export const onlineProfilesMismatch: RuleDefinition = {
  id: "online-profiles-mismatch",
  title: "Online profiles tell a different story than the resume",
  family: "background",
  defaultWeight: 35,
  description:
    "The candidate's LinkedIn, GitHub or freelance profiles disagree with the resume: other employers (strongest), another picture, or other dates (weakest, as people round dates).",
  source: SOURCES.microsoftJasperSleet2025,
  inputs: ["onlineProfilesMatchResume"],
  evaluate(p): RuleOutcome {
    const check = p.onlineProfilesMatchResume;
    if (check === undefined || check === "not_checked") return NOT_RECORDED;
    if (check === "matches") return CLEAR;
    return OUTCOMES[check];
  },
};
