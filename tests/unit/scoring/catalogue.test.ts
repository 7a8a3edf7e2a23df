import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_MARKET_RATES, RULES, RULE_FAMILIES, getRule, marketRateTableSchema } from "@/lib/scoring";

const ROOT = path.resolve(__dirname, "../../..");
const RULES_DIR = path.join(ROOT, "lib/scoring/rules");
const ADVISORY = /FBI|State|Treasury|ROK|OFSI|OFAC|DOJ|MOFA|Mandiant|Microsoft/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("catalogue", () => {
  test("one file per rule, named after its id, each citing an advisory", () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""));
    expect([...files].sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const f of files) {
      const header = readFileSync(path.join(RULES_DIR, `${f}.ts`), "utf8").split("\n")[0] ?? "";
      expect(header, f).toMatch(/^\/\/ Source: /);
      expect(header, f).toMatch(ADVISORY);
    }
  });

  test.each(RULES.map((r) => [r.id, r] as const))("%s is well formed", (id, r) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(getRule(id)).toBe(r);
    expect(Object.keys(RULE_FAMILIES)).toContain(r.family);
    expect(r.defaultWeight).toBeGreaterThanOrEqual(0);
    expect(r.defaultWeight).toBeLessThanOrEqual(100);
    expect(r.title.length).toBeGreaterThan(5);
    expect(r.description.length).toBeGreaterThan(40);
    expect(r.source.advisory).toMatch(ADVISORY);
    expect(r.source.date).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
    expect(r.inputs.length).toBeGreaterThan(0);
  });

  test("every family has a rule", () => {
    for (const family of Object.keys(RULE_FAMILIES))
      expect(
        RULES.some((r) => r.family === family),
        family,
      ).toBe(true);
  });

  test("unknown ids are undefined", () => {
    expect(getRule("nope")).toBeUndefined();
  });
});

describe("purity", () => {
  test.each(sourceFiles(path.join(ROOT, "lib/scoring")).map((f) => [path.relative(ROOT, f), f]))(
    "%s uses no clock, randomness or I/O",
    (_rel, file) => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/);
      expect(text).not.toMatch(/from "node:|require\(|fetch\(|process\.env/);
      expect(text).not.toMatch(/:\s*any\b|\bas any\b|<any>|eslint-disable/);
    },
  );
});

describe("market rates", () => {
  test("the default table is valid and realistic", () => {
    expect(marketRateTableSchema.parse(DEFAULT_MARKET_RATES)).toEqual(DEFAULT_MARKET_RATES);
    expect(DEFAULT_MARKET_RATES.rates.backend_engineer.senior).toBe(85);
    expect(Object.keys(DEFAULT_MARKET_RATES.countryFactors).length).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_MARKET_RATES.countryFactors.US).toBe(1);
    for (const role of Object.values(DEFAULT_MARKET_RATES.rates)) {
      expect(role.junior).toBeLessThan(role.mid);
      expect(role.mid).toBeLessThan(role.senior);
      expect(role.senior).toBeLessThan(role.lead);
    }
  });

  test("the schema rejects bad tables", () => {
    expect(
      marketRateTableSchema.safeParse({ ...DEFAULT_MARKET_RATES, countryFactors: { usa: 1 } }).success,
    ).toBe(false);
    expect(
      marketRateTableSchema.safeParse({ ...DEFAULT_MARKET_RATES, countryFactors: { US: 0 } }).success,
    ).toBe(false);
    expect(marketRateTableSchema.safeParse({ ...DEFAULT_MARKET_RATES, rates: {} }).success).toBe(false);
  });
});
