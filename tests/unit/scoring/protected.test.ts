import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RULES, type RuleDefinition } from "@/lib/scoring";
import { contextArb, profileArb } from "./arbitraries";
import { cleanProfile, testContext } from "./support";

/*
 * The engine must never score who someone is, only what was observed. These tests fail if
 * a rule declares, mentions in code, or actually reads a protected characteristic, or if a
 * claimed location is used for anything but comparison with observations or market rates.
 */

const PROTECTED = [
  "nationality",
  "citizenship",
  "ethnicity",
  "ethnic",
  "race",
  "religion",
  "faith",
  "age",
  "dateOfBirth",
  "birth",
  "dob",
  "gender",
  "sex",
  "nativeLanguage",
  "language",
  "nameOrigin",
  "fullName",
  "name",
  "disability",
  "maritalStatus",
  "photo",
  "accent",
];
const PROTECTED_LOWER = PROTECTED.map((w) => w.toLowerCase());

/** Claimed-location fields and the only rules allowed to read them (for comparison or market rate). */
const LOCATION_READERS: Record<string, string[]> = {
  claimedCountry: [
    "payment-account-mismatch",
    "ip-country-mismatch",
    "rate-underpriced",
    "timezone-country-mismatch",
    "phone-country-mismatch",
  ],
  timezone: ["off-hours-activity", "timezone-country-mismatch"],
  claimedCity: [],
  // Where someone studied is about their origin: no rule reads it, not even for comparison.
  "education.country": [],
  // An employer's country is only shown next to its registry result, never scored.
  "workHistory.country": ["employer-registry"],
};

function isProtected(segment: string): boolean {
  const s = segment.toLowerCase();
  return PROTECTED_LOWER.some((w) => s === w || (w.length > 4 && s.includes(w)));
}

const ROOT = path.resolve(__dirname, "../../..");
const RULE_SOURCES = [
  ...readdirSync(path.join(ROOT, "lib/scoring/rules")).map((f) => path.join("lib/scoring/rules", f)),
  "lib/scoring/observation-rule.ts",
  "lib/scoring/helpers.ts",
  "lib/scoring/engine.ts",
];

describe("declared inputs", () => {
  test.each(RULES.map((r) => [r.id, r] as const))("%s declares no protected field", (_id, r) => {
    for (const input of r.inputs) {
      for (const segment of input.split("."))
        expect(isProtected(segment), `${r.id} reads ${input}`).toBe(false);
    }
  });

  test.each(Object.entries(LOCATION_READERS))("only comparison rules read %s", (field, allowed) => {
    const readers = RULES.filter((r) => r.inputs.includes(field)).map((r) => r.id);
    expect(readers.sort()).toEqual([...allowed].sort());
  });

  test("the detector itself catches protected names", () => {
    expect(
      ["nationality", "dateOfBirth", "candidate.age", "nativeLanguage", "fullName"].every((f) =>
        f.split(".").some(isProtected),
      ),
    ).toBe(true);
    expect(
      ["workHistory.startDate", "paymentAccountInOwnName", "videoCallOutcome", "references.email"].some((f) =>
        f.split(".").some(isProtected),
      ),
    ).toBe(false);
  });
});

describe("rule source code", () => {
  // Property access (p.age, p?.age, p["age"]) or destructuring ({ age }) of a protected name.
  const access = new RegExp(
    `(\\??\\.\\s*(${PROTECTED.join("|")})\\b)|(\\[\\s*["'\`](${PROTECTED.join("|")})["'\`]\\s*\\])|([{,]\\s*(${PROTECTED.join("|")})\\s*[,}:])`,
    "i",
  );

  test.each(RULE_SOURCES.map((f) => [f]))("%s touches no protected field", (file) => {
    const code = readFileSync(path.join(ROOT, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "")
      // Plain-language strings may say "name" (e.g. "not in the candidate's name"); code may
      // not. Template literals stay, so an interpolated ${p.fullName} is still caught.
      .replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(access);
  });

  test("the scan itself catches protected access", () => {
    expect("const a = p.nationality;").toMatch(access);
    expect('const a = p["dateOfBirth"];').toMatch(access);
    expect("const { age } = p;").toMatch(access);
    expect("p?.fullName").toMatch(access);
    expect("reason: `${p.fullName} asked`").toMatch(access);
    expect("p.paymentAccountInOwnName && p.email").not.toMatch(access);
  });
});

/** Wraps a value so every property read is recorded as a dotted path (array indices dropped). */
function recording<T extends object>(target: T, prefix: string, reads: Set<string>): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key === "symbol") return value;
      const isIndex = Array.isArray(obj) && /^\d+$/.test(key);
      if (Array.isArray(obj) && !isIndex) return value; // length, iteration helpers
      const here = isIndex ? prefix : prefix ? `${prefix}.${key}` : key;
      reads.add(here);
      return value !== null && typeof value === "object" ? recording(value, here, reads) : value;
    },
  });
}

function permitted(read: string, inputs: readonly string[]): boolean {
  return inputs.some((i) => i === read || i.startsWith(`${read}.`) || read.startsWith(`${i}.`));
}

function readsOf(rule: RuleDefinition, profile: object, ctx: object): string[] {
  const reads = new Set<string>();
  const p = recording(profile, "", reads) as Parameters<RuleDefinition["evaluate"]>[0];
  const c = recording(ctx, "ctx", reads) as Parameters<RuleDefinition["evaluate"]>[1];
  rule.evaluate(p, c);
  return [...reads];
}

describe("what rules actually read", () => {
  test.each(RULES.map((r) => [r.id, r] as const))("%s reads only its declared inputs", (_id, r) => {
    const check = (profile: object, ctx: object) => {
      for (const read of readsOf(r, profile, ctx)) {
        expect(
          permitted(read, r.inputs),
          `${r.id} read ${read}, not in inputs [${r.inputs.join(", ")}]`,
        ).toBe(true);
        expect(read.split(".").some(isProtected), `${r.id} read protected ${read}`).toBe(false);
      }
    };
    check(cleanProfile(), testContext());
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => check(p, c)),
      { numRuns: 300 },
    );
  });

  test("no rule ever reads fullName", () => {
    fc.assert(
      fc.property(profileArb, contextArb, (p, c) => {
        for (const r of RULES) expect(readsOf(r, p, c)).not.toContain("fullName");
      }),
      { numRuns: 200 },
    );
  });
});
