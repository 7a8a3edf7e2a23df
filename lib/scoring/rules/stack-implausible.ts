// Source: FBI/State PSA 2023-10-18 and US guidance 2022-05-16 (claims across many unrelated specialties).
import type { Seniority } from "@/lib/schemas/candidate";
import * as helpers from "../helpers";
import * as skillDomains from "../skill-domains";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { SKILL_DOMAINS, skillDomainIndex } = skillDomains;
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NO_SKILLS = missingOutcome(["skills"]);

/** Domains a person at each level plausibly works across (full-stack plus ops is three). */
export const ALLOWED_DOMAINS: Readonly<Record<Seniority, number>> = { junior: 3, mid: 3, senior: 4, lead: 5 };
export const ALLOWED_SKILLS: Readonly<Record<Seniority, number>> = {
  junior: 20,
  mid: 30,
  senior: 45,
  lead: 60,
};

export const stackImplausible: RuleDefinition = {
  id: "stack-implausible",
  title: "Implausibly broad skill set",
  family: "pricing",
  defaultWeight: 35,
  description:
    "The skills listed span more unrelated specialties (say mobile, blockchain, machine learning, game development and design) than one person at this seniority usually masters.",
  source: SOURCES.fbiPsa2023,
  inputs: ["skills", "seniority"],
  evaluate(p): RuleOutcome {
    const skills = p.skills;
    if (skills.length === 0) return NO_SKILLS;
    let mask = 0;
    for (const s of skills) {
      const d = skillDomainIndex(s);
      if (d >= 0) mask |= 1 << d;
    }
    let domains = 0;
    for (let m = mask; m !== 0; m &= m - 1) domains++;
    const excess = domains - ALLOWED_DOMAINS[p.seniority];
    const domainStrength = excess >= 3 ? 1 : excess === 2 ? 0.9 : excess === 1 ? 0.6 : 0;
    const countStrength = skills.length > ALLOWED_SKILLS[p.seniority] ? 0.6 : 0;
    if (domainStrength === 0 && countStrength === 0) return CLEAR;
    const names: string[] = [];
    SKILL_DOMAINS.forEach((d, i) => {
      if (mask & (1 << i)) names.push(d);
    });
    return firedOutcome(Math.max(domainStrength, countStrength), [
      {
        field: "skills",
        value: `${skills.length} skills in ${domains} domains`,
        reason: `Claims ${names.join(", ")} at ${p.seniority} level`,
      },
    ]);
  },
};
