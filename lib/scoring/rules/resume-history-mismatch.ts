// Source: FBI PSA 2025-01-23 (resumes and profiles whose employers and dates do not match the stated work history).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOTHING_TO_COMPARE = missingOutcome(["resumeText", "workHistory.employer"]);

/** Words that say what kind of company it is, not which one: left out when looking a name up. */
const GENERIC = new Set([
  "inc",
  "llc",
  "ltd",
  "limited",
  "co",
  "corp",
  "corporation",
  "company",
  "gmbh",
  "ag",
  "sa",
  "srl",
  "bv",
  "plc",
  "pty",
  "oy",
  "ab",
  "as",
  "group",
  "holdings",
  "the",
  "and",
  "of",
  "technologies",
  "technology",
  "solutions",
  "systems",
  "labs",
  "software",
  "services",
  "studio",
]);

export const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** An employer is named in the resume when each of its distinctive words appears there. */
export function named(employer: string, resumeWords: ReadonlySet<string>): boolean {
  const distinctive = words(employer).filter((w) => !GENERIC.has(w) && w.length > 1);
  if (distinctive.length === 0) return true;
  return distinctive.every((w) => resumeWords.has(w));
}

/** Below this a resume is a summary, not a history, and naming no employer says little. */
export const MIN_RESUME_WORDS = 40;

export const resumeHistoryMismatch: RuleDefinition = {
  id: "resume-history-mismatch",
  title: "Resume does not match the work history",
  family: "background",
  defaultWeight: 35,
  description:
    "The resume leaves out most of the employers in the work history the candidate gave, as happens when a resume is copied or the history is invented. Graded by the share of employers missing.",
  source: SOURCES.fbiPsa2025,
  inputs: ["resumeText", "workHistory.employer"],
  evaluate(p): RuleOutcome {
    const text = p.resumeText;
    if (text === undefined || p.workHistory.length === 0) return NOTHING_TO_COMPARE;
    const resumeWords = words(text);
    if (resumeWords.length < MIN_RESUME_WORDS) return NOTHING_TO_COMPARE;
    const vocabulary = new Set(resumeWords);
    const missing: Evidence[] = [];
    p.workHistory.forEach((w, i) => {
      if (!named(w.employer, vocabulary))
        missing.push({
          field: `workHistory[${i}].employer`,
          value: w.employer,
          reason: "Employer not mentioned anywhere in the resume",
        });
    });
    const share = missing.length / p.workHistory.length;
    if (share < 0.5) return CLEAR;
    return firedOutcome(share === 1 && missing.length >= 2 ? 1 : 0.85, missing);
  },
};
