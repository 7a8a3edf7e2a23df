/**
 * Which technical domain a skill belongs to, for the stack-breadth rule. Only distinctive
 * frameworks and practices are classified: general-purpose languages and databases
 * (Python, Java, SQL, TypeScript...) are used in every domain and say nothing about breadth.
 * Unknown skills are ignored rather than guessed, so the rule can only under-count breadth.
 */
export const SKILL_DOMAINS = [
  "frontend",
  "backend",
  "mobile",
  "devops",
  "data",
  "ml",
  "security",
  "blockchain",
  "embedded",
  "games",
  "design",
] as const;
export type SkillDomain = (typeof SKILL_DOMAINS)[number];

const SKILLS: Readonly<Record<SkillDomain, readonly string[]>> = {
  frontend: [
    "react",
    "vue",
    "angular",
    "svelte",
    "next.js",
    "nextjs",
    "html",
    "css",
    "tailwind",
    "redux",
    "webpack",
    "sass",
    "jquery",
  ],
  backend: [
    "node.js",
    "nodejs",
    "spring",
    "django",
    "flask",
    "fastapi",
    "rails",
    "laravel",
    ".net",
    "asp.net",
    "graphql",
    "microservices",
    "express",
    "nestjs",
  ],
  mobile: ["swift", "ios", "kotlin", "android", "react native", "flutter", "dart", "objective-c", "xamarin"],
  devops: [
    "docker",
    "kubernetes",
    "terraform",
    "aws",
    "gcp",
    "azure",
    "ansible",
    "jenkins",
    "ci/cd",
    "github actions",
    "helm",
    "prometheus",
    "grafana",
  ],
  data: [
    "spark",
    "airflow",
    "kafka",
    "dbt",
    "hadoop",
    "snowflake",
    "bigquery",
    "pandas",
    "etl",
    "databricks",
    "tableau",
    "power bi",
  ],
  ml: [
    "tensorflow",
    "pytorch",
    "scikit-learn",
    "machine learning",
    "deep learning",
    "nlp",
    "computer vision",
    "llm",
    "keras",
    "mlops",
  ],
  security: [
    "penetration testing",
    "siem",
    "soc",
    "burp suite",
    "threat modeling",
    "iam",
    "incident response",
    "owasp",
  ],
  blockchain: [
    "solidity",
    "ethereum",
    "web3",
    "smart contracts",
    "blockchain",
    "rust",
    "defi",
    "nft",
    "hardhat",
  ],
  embedded: ["c", "c++", "embedded", "rtos", "fpga", "verilog", "arduino", "firmware"],
  games: ["unity", "unreal engine", "game development", "godot", "opengl", "directx"],
  design: [
    "figma",
    "photoshop",
    "illustrator",
    "ui design",
    "ux design",
    "3d animation",
    "blender",
    "after effects",
  ],
};

const DOMAIN_BY_SKILL = new Map<string, number>();
SKILL_DOMAINS.forEach((domain, index) => {
  for (const skill of SKILLS[domain]) DOMAIN_BY_SKILL.set(skill, index);
});

// Raw spellings seen before, so the hot path does one map lookup and no lower-casing.
const seen = new Map<string, number>();
const SEEN_LIMIT = 50_000;

/** Index into SKILL_DOMAINS, or -1 for a skill we do not classify. */
export function skillDomainIndex(skill: string): number {
  const hit = seen.get(skill);
  if (hit !== undefined) return hit;
  const domain = DOMAIN_BY_SKILL.get(skill.trim().toLowerCase()) ?? -1;
  if (seen.size < SEEN_LIMIT) seen.set(skill, domain);
  return domain;
}
