import type { WorkHistoryEntry } from "@/lib/schemas/candidate";
import type { Rng } from "./prng";

/**
 * Resume text. A resume normally repeats the work history the recruiter entered; the two variants
 * are what the advisories describe: wording lifted from a shared template (2022 advisory: the same
 * document templates across accounts) and a resume whose jobs contradict the history given
 * (2022 advisory and 2023 update: inconsistent work history, profiles that do not match the resume).
 */
export type ResumeStyle = "own" | "template" | "mismatch";

export interface ResumeInput {
  fullName: string;
  headline: string;
  location: string;
  email: string;
  phone: string;
  degree: string;
  graduationYear: number;
  skills: readonly string[];
  workHistory: readonly WorkHistoryEntry[];
}

const OWN_SUMMARIES = [
  "I build and run production systems and like owning a service from design to on-call.",
  "Engineer who enjoys untangling slow, flaky systems and leaving them simpler than I found them.",
  "Most of my work has been on small product teams where I shipped features end to end.",
  "I care about readable code, good tests and pairing with the people who use what I build.",
  "Recently focused on reliability and cost: fewer incidents, smaller cloud bills.",
  "Moved from support into engineering and still think about the user first.",
];
const OWN_BULLETS = [
  "Cut p95 latency of the checkout API from 900 ms to 240 ms by reworking the caching layer.",
  "Led the migration of a monolith's billing module to its own service with zero downtime.",
  "Introduced contract tests that caught three breaking changes before release in the first month.",
  "Mentored two new hires through their first production releases.",
  "Rebuilt the nightly data load so it finishes in 40 minutes instead of four hours.",
  "Wrote the on-call runbook and halved the time to resolve paging incidents.",
  "Shipped the offline mode of the field-service app used by 3,000 technicians.",
  "Replaced hand-run deployments with a pipeline that releases several times a day.",
  "Designed the feature flags service used by eight product teams.",
  "Automated regression suites that now cover the top 50 customer journeys.",
];
const TEMPLATE_SUMMARY =
  "Results-driven and highly motivated professional with a proven track record of delivering high-quality solutions in fast-paced environments. Strong communication skills and a team player who thrives in a dynamic team environment.";
const TEMPLATE_BULLETS = [
  "Responsible for the design, development and maintenance of scalable applications.",
  "Collaborated with cross-functional teams to define, design and ship new features.",
  "Worked in an Agile/Scrum environment and participated in code reviews.",
  "Ensured the performance, quality and responsiveness of applications.",
];

const year = (date: string): string => date.slice(0, 4);

/** A plausible employer name that is not in the history, for the mismatch variant. */
function otherEmployer(rng: Rng, name: string): string {
  const words = ["Vertex", "Nimbus", "Orbital", "Keystone", "Paragon", "Summit", "Crescent", "Atlas"];
  return `${rng.pick(words)} ${name.split(" ").slice(1).join(" ") || "Technologies"}`.trim();
}

export function resumeText(rng: Rng, input: ResumeInput, style: ResumeStyle): string {
  const template = style === "template";
  const lines: string[] = [
    input.fullName,
    `${input.headline} | ${input.location}`,
    `${input.email} | ${input.phone}`,
    "",
  ];
  lines.push("SUMMARY", template ? TEMPLATE_SUMMARY : rng.pick(OWN_SUMMARIES), "", "EXPERIENCE");
  const jobs = input.workHistory;
  const mismatchAt = style === "mismatch" ? rng.int(0, Math.max(0, jobs.length - 1)) : -1;
  jobs.forEach((job, i) => {
    let employer = job.employer;
    let start = year(job.startDate);
    let end = job.endDate ? year(job.endDate) : "Present";
    if (i === mismatchAt || (style === "mismatch" && i === mismatchAt + 1 && rng.chance(0.5))) {
      // A different company and shifted years: the resume and the entered history tell two stories.
      employer = otherEmployer(rng, job.employer);
      start = String(Number(start) - rng.int(1, 3));
      if (end !== "Present") end = String(Number(end) + rng.int(0, 1));
    }
    lines.push(`${job.title}, ${employer} (${start} - ${end})`);
    const bullets = template ? rng.sample(TEMPLATE_BULLETS, 2) : rng.sample(OWN_BULLETS, rng.int(1, 3));
    for (const b of bullets) lines.push(`- ${b}`);
  });
  lines.push(
    "",
    "EDUCATION",
    `${input.degree}, ${input.graduationYear}`,
    "",
    "SKILLS",
    input.skills.join(", "),
  );
  return lines.join("\n");
}
