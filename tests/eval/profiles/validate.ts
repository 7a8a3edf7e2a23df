/**
 * Generates the evaluation set, parses every profile with the real create schema and prints the
 * counts a bench relies on. Exits 1 on a schema failure, an accidental identifier reuse, a
 * difficulty whose flag count is off, a non-deterministic run, or a name found on a sanctions list.
 *
 *   npx tsx tests/eval/profiles/validate.ts
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { candidateInputSchema, type CandidateProfile } from "@/lib/schemas/candidate";
import { ALL_FRAUD_FLAGS, DEFAULT_SEED, generateEvalProfiles, type EvalProfile } from "./generate";

const problems: string[] = [];
const profiles = generateEvalProfiles(DEFAULT_SEED);

const tally = (
  key: (p: EvalProfile) => string | undefined,
  only?: (p: EvalProfile) => boolean,
): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const p of profiles) {
    if (only && !only(p)) continue;
    const k = key(p);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort());
};

// 1. Every profile parses with the schema the API and forms use.
const parsed = new Map<string, CandidateProfile>();
for (const p of profiles) {
  const result = candidateInputSchema.safeParse(p.profile);
  if (result.success) parsed.set(p.id, result.data);
  else
    problems.push(
      `${p.id} (${p.label}/${p.difficulty}): ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
}

// 2. Flag counts match the difficulty.
const FAMILY = new Map(ALL_FRAUD_FLAGS.map((f) => [f.id, f]));
for (const p of profiles) {
  const n = p.flags.length;
  const ok = {
    subtle: n === 2,
    moderate: n >= 3 && n <= 4,
    blatant: n >= 5 && n <= 6,
    clean: n === 0,
    hard_honest: n === 1,
  }[p.difficulty];
  if (!ok) problems.push(`${p.id}: ${p.difficulty} with ${n} flags`);
  if (p.difficulty === "subtle") {
    const fams = p.flags.map((f) => FAMILY.get(f));
    if (fams.some((f) => f?.strength !== "moderate") || fams[0]?.family === fams[1]?.family)
      problems.push(`${p.id}: subtle flags ${p.flags.join("+")}`);
  }
}

// 3. No identifier is shared between profiles, except the relatives' deliberate shared address.
const seen = new Map<string, string>();
const claim = (kind: string, value: string | undefined, owner: EvalProfile): void => {
  if (!value) return;
  const key = `${kind}:${value.toLowerCase().replace(/\s+/g, "")}`;
  const other = seen.get(key);
  if (other && other !== owner.id) {
    if (!(kind === "address" && owner.edgeCase === "relative_shared_address"))
      problems.push(`${kind} reused by ${other} and ${owner.id}: ${value}`);
  } else seen.set(key, owner.id);
};
for (const p of profiles) {
  const c = parsed.get(p.id);
  if (!c) continue;
  claim("id", p.id, p);
  claim("name", c.fullName, p);
  claim("email", c.email, p);
  claim("phone", c.phone, p);
  claim("wallet", c.cryptoWallet, p);
  claim("bank", c.bankAccount, p);
  claim("address", c.residenceAddress, p);
  if (c.shippingAddress !== c.residenceAddress) claim("address", c.shippingAddress, p);
  for (const o of c.onlineProfiles) claim("url", o.url, p);
  for (const r of c.references) {
    claim("referee", r.name, p);
    claim("email", r.email, p);
    claim("phone", r.phone, p);
  }
}

// 4. Same seed, same set.
if (JSON.stringify(generateEvalProfiles(DEFAULT_SEED)) !== JSON.stringify(profiles))
  problems.push("two runs with the same seed differ");

// 5. No generated name is a listed person's name (token sets compared, order ignored).
const tokens = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(" ");
const dataDir = path.resolve(process.cwd(), "../shared/data");
const listed = new Set<string>();
const sdn = path.join(dataDir, "ofac-sdn-2024-05-03/sdn.csv");
if (existsSync(sdn)) {
  for (const line of readFileSync(sdn, "latin1").split(/\r?\n/)) {
    const m = /^\d+,"([^"]*)","individual"/.exec(line);
    if (m?.[1]) listed.add(tokens(m[1].replace(",", " ")));
  }
}
const un = path.join(dataDir, "un-consolidated/consolidated.xml");
if (existsSync(un)) {
  const xml = readFileSync(un, "utf8");
  for (const block of xml.split("<INDIVIDUAL>").slice(1)) {
    const part = (tag: string): string => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(block)?.[1] ?? "";
    listed.add(
      tokens([part("FIRST_NAME"), part("SECOND_NAME"), part("THIRD_NAME"), part("FOURTH_NAME")].join(" ")),
    );
    for (const alias of block.matchAll(/<ALIAS_NAME>([^<]*)<\/ALIAS_NAME>/g))
      if (alias[1]) listed.add(tokens(alias[1]));
  }
}
for (const p of profiles)
  if (listed.has(tokens(p.profile.fullName)))
    problems.push(`${p.id}: ${p.profile.fullName} is on a sanctions list`);

const show = (title: string, data: Record<string, number>): void => {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(data)) console.log(`  ${k.padEnd(32)} ${v}`);
};
console.log(
  `seed ${DEFAULT_SEED}: ${profiles.length} profiles, ${parsed.size} parsed, ${listed.size} listed names checked`,
);
show(
  "by label",
  tally((p) => p.label),
);
show(
  "by difficulty",
  tally((p) => `${p.label}/${p.difficulty}`),
);
show(
  "honest by edge case",
  tally(
    (p) => p.edgeCase,
    (p) => p.label === "honest",
  ),
);
show(
  "fraud by origin",
  tally(
    (p) => p.nameOrigin,
    (p) => p.label === "fraud",
  ),
);
show(
  "honest by origin",
  tally(
    (p) => p.nameOrigin,
    (p) => p.label === "honest",
  ),
);
console.log("\nfraud flag use");
const flagUse: Record<string, number> = {};
for (const p of profiles)
  if (p.label === "fraud") for (const f of p.flags) flagUse[f] = (flagUse[f] ?? 0) + 1;
for (const [k, v] of Object.entries(flagUse).sort()) console.log(`  ${k.padEnd(32)} ${v}`);
show(
  "claimed country (fraud)",
  tally(
    (p) => String(p.profile.claimedCountry),
    (p) => p.label === "fraud",
  ),
);
show(
  "claimed country (honest)",
  tally(
    (p) => String(p.profile.claimedCountry),
    (p) => p.label === "honest",
  ),
);

console.log(`\n${problems.length} problem(s)`);
for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
process.exit(problems.length > 0 ? 1 : 0);
