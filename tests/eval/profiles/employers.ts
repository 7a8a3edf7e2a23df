import type { Role, Seniority } from "@/lib/schemas/candidate";

/**
 * Invented employers, built from two word lists so there are enough distinct names for every
 * profile to have its own. A legal suffix per country makes a Munich employer look like one.
 */
const FIRST = ["Bluefin", "Copperleaf", "Northgate", "Silverline", "Brightwave", "Tidewater", "Quillstone", "Harborlight",
  "Ironbark", "Lumenfield", "Redkite", "Stonebridge", "Greenmoor", "Sablecrest", "Wavelength", "Orchardview", "Kestrel",
  "Amberlane", "Pinecone", "Foxglove", "Cobalt Ridge", "Meadowlark", "Driftwood", "Starling", "Halcyon", "Juniper Row",
  "Clearwater", "Granite Peak", "Marigold", "Sunbeam", "Riverbend", "Highmark", "Bellwether", "Cinderwood", "Arclight",
  "Bramblewood", "Larkspur", "Tessellate", "Westerly", "Glasshouse", "Fernhill", "Mapleridge", "Oxbow", "Saltmarsh",
  "Thistle", "Brassfield", "Lanternfish", "Quarry Lane", "Windrose", "Hollowtree"];
const SECOND = ["Analytics", "Software", "Systems", "Labs", "Digital", "Logistics", "Health", "Payments", "Robotics",
  "Media", "Insurance", "Networks", "Cloud", "Retail Tech", "Energy", "Learning", "Mobility", "Security", "Data", "Studios"];

const LEGAL: Record<string, readonly string[]> = {
  US: ["Inc.", "LLC", "Corp."], CA: ["Inc.", "Ltd."], GB: ["Ltd", "plc"], AU: ["Pty Ltd"], KR: ["Co., Ltd."],
  JP: ["K.K.", "Co., Ltd."], CN: ["Co., Ltd."], SG: ["Pte. Ltd."], VN: ["JSC", "Co., Ltd."], IN: ["Pvt. Ltd."],
  AE: ["FZ-LLC", "LLC"], EG: ["S.A.E."], JO: ["LLC"], MX: ["S.A. de C.V."], ES: ["S.L.", "S.A."], CO: ["S.A.S."],
  AR: ["S.R.L.", "S.A."], PL: ["sp. z o.o."], UA: ["LLC", "TOV"], RS: ["d.o.o."], CZ: ["s.r.o."], NG: ["Ltd"],
  KE: ["Ltd"], GH: ["Ltd"], ZA: ["(Pty) Ltd"], IT: ["S.r.l.", "S.p.A."], DE: ["GmbH", "AG"], PH: ["Inc."],
};

export function employerParts(): { first: readonly string[]; second: readonly string[] } {
  return { first: FIRST, second: SECOND };
}

export function legalSuffixes(country: string): readonly string[] {
  return LEGAL[country] ?? ["Ltd"];
}

const ROLE_TITLE: Record<Role, string> = {
  software_engineer: "Software Engineer",
  frontend_engineer: "Frontend Engineer",
  backend_engineer: "Backend Engineer",
  fullstack_engineer: "Full Stack Developer",
  mobile_engineer: "Mobile Developer",
  devops_engineer: "DevOps Engineer",
  data_engineer: "Data Engineer",
  data_scientist: "Data Scientist",
  ml_engineer: "Machine Learning Engineer",
  qa_engineer: "QA Engineer",
  security_engineer: "Security Engineer",
};

const LEVEL: Record<Seniority, readonly string[]> = {
  junior: ["Junior", "Associate"],
  mid: ["", "II"],
  senior: ["Senior"],
  lead: ["Lead", "Staff", "Principal"],
};

/** A job title for a role at a level; earlier jobs in a history use a lower level. */
export function titleFor(role: Role, level: Seniority, pickIndex: number): string {
  const options = LEVEL[level];
  const word = options[pickIndex % options.length] ?? "";
  const base = ROLE_TITLE[role];
  if (word === "") return base;
  if (word === "II") return `${base} II`;
  return `${word} ${base}`;
}

export const ROLE_SKILLS: Record<Role, readonly string[]> = {
  software_engineer: ["Java", "Go", "Python", "C#", ".NET", "SQL", "Git", "Docker", "REST APIs", "Microservices", "Linux", "gRPC"],
  frontend_engineer: ["TypeScript", "JavaScript", "React", "Next.js", "Vue.js", "CSS", "Tailwind CSS", "Webpack", "Jest", "Accessibility", "Storybook", "GraphQL"],
  backend_engineer: ["Node.js", "TypeScript", "Java", "Spring Boot", "PostgreSQL", "Redis", "Kafka", "Go", "REST APIs", "Docker", "AWS", "gRPC"],
  fullstack_engineer: ["TypeScript", "React", "Node.js", "Express", "PostgreSQL", "MongoDB", "Next.js", "Docker", "AWS", "GraphQL", "Python", "Django"],
  mobile_engineer: ["Swift", "Kotlin", "iOS", "Android", "React Native", "Flutter", "Dart", "Xcode", "Jetpack Compose", "Firebase", "SwiftUI", "REST APIs"],
  devops_engineer: ["Kubernetes", "Terraform", "AWS", "Azure", "GCP", "Docker", "Ansible", "Jenkins", "GitHub Actions", "Prometheus", "Grafana", "Linux", "Bash"],
  data_engineer: ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Kafka", "Databricks", "AWS Glue", "Scala", "Redshift"],
  data_scientist: ["Python", "R", "SQL", "pandas", "scikit-learn", "Statistics", "A/B testing", "Tableau", "Jupyter", "XGBoost", "Causal inference", "Power BI"],
  ml_engineer: ["Python", "PyTorch", "TensorFlow", "MLflow", "Kubeflow", "Docker", "Kubernetes", "LLM fine-tuning", "Hugging Face", "CUDA", "Feature stores", "SQL"],
  qa_engineer: ["Selenium", "Cypress", "Playwright", "Java", "TestNG", "Postman", "JMeter", "Appium", "Jira", "Test planning", "TypeScript", "CI pipelines"],
  security_engineer: ["Threat modeling", "SIEM", "Splunk", "AWS Security Hub", "Burp Suite", "OWASP", "Python", "Incident response", "IAM", "Terraform", "Zero trust", "Vulnerability management"],
};

/** Every skill of every role: what a resume claiming "expert in everything" draws from. */
export const ALL_SKILLS: readonly string[] = [
  ...new Set([
    ...Object.values(ROLE_SKILLS).flat(),
    "Solidity", "Web3.js", "Ethereum", "Smart contracts", "Unity", "Unreal Engine", "Blockchain", "Rust", "C++",
    "PHP", "Laravel", "Ruby on Rails", "Angular", "Svelte", "Elixir", "Haskell", "Computer vision", "NLP",
  ]),
];

export const DEGREES = ["B.Sc. Computer Science", "B.Eng. Software Engineering", "M.Sc. Computer Science", "B.Sc. Mathematics",
  "B.Sc. Information Systems", "M.Sc. Data Science", "B.Eng. Electrical Engineering", "B.A. Economics"] as const;
