// Source: FBI/ROK PSA 2023-10-18 (reading answers; incorrect yet plausible-sounding answers).
import { observationRule } from "../observation-rule";
import { SOURCES } from "../sources";

export const scriptedAnswers = observationRule({
  id: "scripted-answers",
  title: "Answers sound scripted or read out",
  family: "interview",
  defaultWeight: 35,
  description:
    "Answers seemed read from a script, with pauses before each answer and trouble with follow-up questions. Nervous candidates do this too, so it counts for little alone.",
  source: SOURCES.fbiPsa2023,
  field: "scriptedAnswers",
  reason: "Interviewers noted answers that sounded scripted or read out",
});
