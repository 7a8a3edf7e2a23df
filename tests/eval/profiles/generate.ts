import type { CandidateInput } from "@/lib/schemas/candidate";
import { createRng, type Rng } from "./prng";
import { NAMES, ORIGINS, type Origin } from "./names";
import { UniqueValues } from "./values";
import { COUNTRIES } from "./places";
import { makeBaseContext, makePerson, type BuildContext } from "./base-profile";
import { resumeText } from "./resume";
import type { FraudFlag } from "./flag-types";
import { IDENTITY_HISTORY_PAYMENT_FLAGS } from "./fraud-flags-a";
import { COMMUNICATION_LOCATION_SKILL_FLAGS } from "./fraud-flags-b";
import { FLAG_STORIES } from "./flag-stories";
import { HONEST_EDGES, RELATIVE_PAIRS, type HonestEdge } from "./honest-edges";
import type { SourceId } from "./sources";

/**
 * The held-out evaluation set: labelled profiles written from the public advisories alone, never
 * from the product's rules, so it measures how well the scoring generalises. Never tune weights
 * on it (see README.md).
 */
export type Difficulty = "subtle" | "moderate" | "blatant" | "clean" | "hard_honest";

export interface EvalProfile {
  id: string;
  label: "fraud" | "honest";
  difficulty: Difficulty;
  edgeCase?: string;
  nameOrigin: string;
  flags: string[];
  sources: string[];
  story: string;
  profile: CandidateInput;
}

export const DEFAULT_SEED = 20261015;
export const FRAUD_PLAN = { subtle: 70, moderate: 80, blatant: 60 } as const;
export const CLEAN_COUNT = 48;
export const ALL_FRAUD_FLAGS: readonly FraudFlag[] = [
  ...IDENTITY_HISTORY_PAYMENT_FLAGS,
  ...COMMUNICATION_LOCATION_SKILL_FLAGS,
];
const FLAG_ORDER = new Map(ALL_FRAUD_FLAGS.map((f, i) => [f.id, i]));

interface Identity {
  origin: Origin;
  home: string;
}

/**
 * Whole rounds of every origin, each round shuffled, each with a home country drawn from that
 * origin's list. The honest side reuses the same multiset in another order, so both labels have
 * exactly the same origin and claimed-country mix and neither can predict the label.
 */
function identitySequence(rng: Rng, count: number): Identity[] {
  const out: Identity[] = [];
  while (out.length < count)
    for (const origin of rng.shuffle(ORIGINS)) out.push({ origin, home: rng.pick(NAMES[origin].homes) });
  return out.slice(0, count);
}

/** Takes `pairs` pairs of equal identities out of the list, for the relatives who share a home. */
function takePairs(list: Identity[], pairs: number): Identity[] {
  const taken: Identity[] = [];
  for (let i = 0; i < list.length && taken.length < pairs; i++) {
    const a = list[i] as Identity;
    const j = list.findIndex((b, k) => k > i && b.origin === a.origin && b.home === a.home);
    if (j < 0) continue;
    taken.push(a);
    list.splice(j, 1);
    list.splice(i, 1);
    i--;
  }
  if (taken.length < pairs) throw new Error("not enough matching identities for the relative pairs");
  return taken;
}

const describe = (ctx: BuildContext, verb = "claiming to live"): string =>
  `${ctx.draft.seniority} ${ctx.draft.role.replace(/_/g, " ")} ${verb} in ${ctx.person.city.name}, ${ctx.person.country.name}`;

/** Writes the resume and notes the flags left in the context, and hands back the API input. */
function finish(ctx: BuildContext): CandidateInput {
  const { draft, person } = ctx;
  if (ctx.includeResume) {
    draft.resumeText = resumeText(
      ctx.rng,
      {
        fullName: draft.fullName,
        headline: draft.workHistory[0]?.title ?? "Software Engineer",
        location: `${draft.claimedCity ?? person.city.name}, ${person.country.name}`,
        email: draft.email,
        phone: draft.phone,
        degree: ctx.degree,
        graduationYear: ctx.graduationYear,
        skills: draft.skills,
        workHistory: draft.workHistory,
      },
      ctx.resumeStyle,
    );
  }
  draft.notes = ctx.notes.length > 0 ? ctx.notes.join(" ") : undefined;
  return draft;
}

/** Usage counts steer the picks towards flags used less so far, so every flag is well covered. */
function pickFlags(
  rng: Rng,
  ctx: BuildContext,
  difficulty: keyof typeof FRAUD_PLAN,
  usage: Map<string, number>,
): FraudFlag[] | null {
  const target = difficulty === "subtle" ? 2 : difficulty === "moderate" ? rng.int(3, 4) : rng.int(5, 6);
  const chosen: FraudFlag[] = [];
  while (chosen.length < target) {
    const options = ALL_FRAUD_FLAGS.filter((f) => {
      if (chosen.some((c) => c.id === f.id || c.excludes?.includes(f.id) || f.excludes?.includes(c.id)))
        return false;
      if (f.applies && !f.applies(ctx)) return false;
      // Subtle: two moderate signs from different families, nothing a single look would condemn.
      if (difficulty === "subtle")
        return f.strength === "moderate" && !chosen.some((c) => c.family === f.family);
      if (difficulty === "moderate")
        return f.strength === "moderate" || chosen.filter((c) => c.strength === "strong").length < 2;
      return true;
    });
    if (options.length === 0) return null;
    const weights = options.map((f) => 1 / (1 + (usage.get(f.id) ?? 0)));
    let roll = rng.next() * weights.reduce((a, b) => a + b, 0);
    let pick = options[options.length - 1] as FraudFlag;
    for (let i = 0; i < options.length; i++) {
      roll -= weights[i] ?? 0;
      if (roll <= 0) {
        pick = options[i] as FraudFlag;
        break;
      }
    }
    chosen.push(pick);
  }
  for (const f of chosen) usage.set(f.id, (usage.get(f.id) ?? 0) + 1);
  return chosen.sort((a, b) => (FLAG_ORDER.get(a.id) ?? 0) - (FLAG_ORDER.get(b.id) ?? 0));
}

const uniqueSources = (lists: readonly (readonly SourceId[])[]): string[] =>
  [...new Set(lists.flat())].sort();

export function generateEvalProfiles(seed: number = DEFAULT_SEED): EvalProfile[] {
  const rng = createRng(seed);
  const unique = new UniqueValues();
  const newId = (): string => unique.claim("externalId", () => `ats-${rng.digits(7)}`);
  const out: EvalProfile[] = [];

  // Fraud.
  const fraudSlots = (Object.keys(FRAUD_PLAN) as (keyof typeof FRAUD_PLAN)[]).flatMap((d) =>
    Array<typeof d>(FRAUD_PLAN[d]).fill(d),
  );
  const fraudIdentities = identitySequence(rng, fraudSlots.length);
  const usage = new Map<string, number>();
  fraudSlots.forEach((difficulty, i) => {
    const { origin, home } = fraudIdentities[i] ?? { origin: "anglo", home: "US" };
    for (;;) {
      const id = newId();
      const ctx = makeBaseContext(rng, unique, makePerson(rng, unique, origin, undefined, home), id);
      const flags = pickFlags(rng, ctx, difficulty, usage);
      if (!flags) continue;
      for (const f of flags) {
        f.apply(ctx);
        if (f.note && rng.chance(0.4)) ctx.notes.push(f.note);
      }
      out.push({
        id,
        label: "fraud",
        difficulty,
        nameOrigin: origin,
        flags: flags.map((f) => f.id),
        sources: uniqueSources(flags.map((f) => f.sources)),
        story: `A ${describe(ctx)}; ${flags.map((f) => FLAG_STORIES[f.id] ?? f.id).join(", ")}.`,
        profile: finish(ctx),
      });
      break;
    }
  });

  // Honest: clean, one-flag edge cases, then relatives who share an address.
  const edgeSlots: (HonestEdge | null)[] = [
    ...Array<null>(CLEAN_COUNT).fill(null),
    ...HONEST_EDGES.flatMap((e) => Array<HonestEdge>(e.count).fill(e)),
  ];
  const honestIdentities = rng.shuffle(fraudIdentities);
  const pairIdentities = takePairs(honestIdentities, RELATIVE_PAIRS);
  if (honestIdentities.length !== edgeSlots.length)
    throw new Error("the honest plan must match the fraud plan in size");
  // Edges that need a particular kind of home take their identities first.
  const order = edgeSlots
    .map((edge, i) => ({ edge, i }))
    .sort((a, b) => Number(!a.edge?.homeFits) - Number(!b.edge?.homeFits));
  const assigned = new Map<number, Identity>();
  for (const { edge, i } of order) {
    const k = honestIdentities.findIndex(
      (id) => !edge?.homeFits || edge.homeFits(COUNTRIES[id.home]?.cities[0]?.offset ?? 0),
    );
    if (k < 0) throw new Error(`no identity fits ${edge?.id ?? "clean"}`);
    assigned.set(i, honestIdentities[k] as Identity);
    honestIdentities.splice(k, 1);
  }
  edgeSlots.forEach((edge, i) => {
    const { origin, home } = assigned.get(i) ?? { origin: "anglo", home: "US" };
    for (;;) {
      const id = newId();
      const ctx = makeBaseContext(
        rng,
        unique,
        makePerson(rng, unique, origin, undefined, home),
        id,
        edge?.seniority,
      );
      if (edge?.applies && !edge.applies(ctx)) continue;
      edge?.apply(ctx);
      out.push({
        id,
        label: "honest",
        difficulty: edge ? "hard_honest" : "clean",
        edgeCase: edge?.id,
        nameOrigin: origin,
        flags: edge ? [edge.flag] : [],
        sources: edge ? uniqueSources([edge.sources]) : [],
        story: edge
          ? `A ${describe(ctx, "living")}. ${edge.story}`
          : `An ordinary ${describe(ctx, "living")}; nothing unusual was recorded.`,
        profile: finish(ctx),
      });
      break;
    }
  });
  for (let p = 0; p < RELATIVE_PAIRS; p++) {
    const { origin, home } = pairIdentities[p] ?? { origin: "anglo", home: "US" };
    const first = makePerson(rng, unique, origin, undefined, home);
    const second = makePerson(rng, unique, origin, first.family, first.country.code);
    second.city = first.city;
    const relation = rng.pick(["sibling", "spouse", "cousin"]);
    const contexts = [first, second].map((person) => makeBaseContext(rng, unique, person, newId()));
    const shared = contexts[0]?.draft.residenceAddress ?? contexts[1]?.draft.residenceAddress;
    for (const ctx of contexts) {
      // The one deliberate reuse in the set: the same home address on two applications.
      ctx.draft.residenceAddress = shared;
      if (ctx.draft.shippingAddress) ctx.draft.shippingAddress = shared;
      ctx.notes.push(`Lives with a ${relation} who applied for another role here; same address.`);
      out.push({
        id: ctx.draft.externalId ?? newId(),
        label: "honest",
        difficulty: "hard_honest",
        edgeCase: "relative_shared_address",
        nameOrigin: origin,
        flags: ["shared_address"],
        sources: ["fbi-i-012325"],
        story: `A ${describe(ctx, "living")}. Shares a home with a ${relation} who also applied, so the two profiles carry the same address.`,
        profile: finish(ctx),
      });
    }
  }
  return rng.shuffle(out);
}
