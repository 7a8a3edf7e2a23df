// Source: DOJ 2025-06-30 (facilitators and front staffing companies placing and speaking for remote IT workers).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, fixedOutcome, missingOutcome } = helpers;

const NOT_RECORDED = missingOutcome(["intermediary"]);
// Someone else answering the questions put to the candidate is the facilitator pattern itself.
const ANSWERING = fixedOutcome(1, [
  {
    field: "intermediary",
    value: "third_party_answering",
    reason: "A third party answers questions meant for the candidate",
  },
]);
// Most staffing agencies are legitimate, so alone this only nudges the score; the charged schemes
// used front companies posing as agencies, which is why it counts at all.
const AGENCY = fixedOutcome(0.35, [
  {
    field: "intermediary",
    value: "staffing_agency",
    reason: "The candidate is placed through a staffing intermediary",
  },
]);

/*
 * Interview family, not communication: a third party answering for the candidate and a third
 * party on the calls (third-party-on-calls) are usually one facilitator seen twice, and the
 * engine counts one cause once in full and its further signs at half only within a family.
 */
export const intermediaryAnswering: RuleDefinition = {
  id: "intermediary-answering",
  title: "A third party speaks for the candidate",
  family: "interview",
  defaultWeight: 40,
  description:
    "Questions meant for the candidate are answered by someone else, or the candidate comes through a staffing intermediary that stands between them and the employer. A third party answering counts in full; an agency alone counts a little.",
  source: SOURCES.doj2025,
  inputs: ["intermediary"],
  evaluate(p) {
    switch (p.intermediary) {
      case "third_party_answering":
        return ANSWERING;
      case "staffing_agency":
        return AGENCY;
      case "none":
        return CLEAR;
      default:
        return NOT_RECORDED;
    }
  },
};
