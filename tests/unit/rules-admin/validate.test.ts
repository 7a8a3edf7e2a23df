import { describe, expect, test } from "vitest";
import { parseImport, readStoredContent, RULE_SET_EXPORT_FORMAT, validateContent } from "@/lib/rules-admin";
import { payload, shipped } from "./support";

function errorsOf(raw: unknown): Record<string, string[]> {
  const r = validateContent(raw, 3);
  if (r.ok) throw new Error("expected validation to fail");
  return r.fieldErrors;
}

describe("validateContent", () => {
  test("accepts the shipped set and stamps the given version", () => {
    const r = validateContent(payload(shipped()), 3);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.content.ruleSet.version).toBe(3);
      expect(r.content.ruleSet.rules).toEqual(shipped().ruleSet.rules);
    }
  });

  test("names the offending field: a weight, a threshold, the ordering of thresholds", () => {
    const p = payload(shipped()) as { definition: Record<string, unknown>; marketRates: unknown };
    const def = p.definition as { rules: Record<string, { weight: number }>; bands: Record<string, number> };
    def.rules["payment-crypto"]!.weight = 140;
    def.bands.medium = 60;
    expect(errorsOf(p)).toEqual({
      "rules.payment-crypto.weight": ["Weight must be between 0 and 100"],
      bands: ["Band thresholds must increase strictly: medium (60) < high (50) < critical (75)"],
    });
  });

  test("a threshold that is not a whole number, or not a number at all", () => {
    const p = payload(shipped());
    const bands = (p.definition as { bands: Record<string, unknown> }).bands;
    bands.high = 50.5;
    bands.critical = null;
    expect(errorsOf(p)).toEqual({
      "bands.high": ["The high threshold must be a whole number"],
      "bands.critical": ["The critical threshold must be a number"],
    });
  });

  test("an unknown rule and an unknown hard stop", () => {
    const p = payload(shipped());
    const def = p.definition as { rules: Record<string, unknown>; hardStops: string[] };
    def.rules["made-up-rule"] = { enabled: true, weight: 10 };
    def.hardStops = ["sanctions-confirmed", "nope"];
    expect(errorsOf(p)).toEqual({
      "rules.made-up-rule": ['Unknown rule id "made-up-rule"'],
      "hardStops.1": ['Unknown hard-stop rule id "nope"'],
    });
  });

  test("market-rate problems are prefixed with marketRates.", () => {
    const p = payload(shipped());
    const rates = p.marketRates as {
      rates: Record<string, Record<string, number>>;
      countryFactors: Record<string, number>;
    };
    rates.rates.software_engineer!.senior = 0;
    rates.countryFactors.pl = 1;
    const e = errorsOf(p);
    expect(e["marketRates.rates.software_engineer.senior"]).toEqual(["Rates must be above zero"]);
    expect(Object.keys(e).some((k) => k.startsWith("marketRates.countryFactors"))).toBe(true);
  });

  test("not an object at all", () => {
    expect(errorsOf("weights")).toEqual({ _form: ["Expected a rule set and its market rates."] });
  });

  test("duplicate hard stops are kept once", () => {
    const p = payload(shipped());
    (p.definition as { hardStops: string[] }).hardStops = ["sanctions-confirmed", "sanctions-confirmed"];
    const r = validateContent(p, 1);
    expect(r.ok && r.content.ruleSet.hardStops).toEqual(["sanctions-confirmed"]);
  });
});

describe("parseImport", () => {
  const exported = () => ({
    format: RULE_SET_EXPORT_FORMAT,
    version: 4,
    note: "x",
    publishedAt: "2026-01-01T00:00:00Z",
    publishedBy: null,
    ...payload(shipped()),
  });

  test("reads back an export as a draft of the given version", () => {
    const r = parseImport(JSON.stringify(exported()), 9);
    expect(r.ok && r.content.ruleSet.version).toBe(9);
  });

  test("refuses text that is not JSON, a different format, and invalid content with field errors", () => {
    const notJson = parseImport("{ nope", 1);
    expect(!notJson.ok && notJson.fieldErrors._form?.[0]).toMatch(/^The file is not valid JSON/);
    const other = parseImport(JSON.stringify({ ...exported(), format: "something-else" }), 1);
    expect(!other.ok && other.fieldErrors._form?.[0]).toMatch(/not a Candor rule-set export/);
    const bad = exported();
    (bad.definition as { caseThreshold: string }).caseThreshold = "severe";
    const invalid = parseImport(JSON.stringify(bad), 1);
    expect(!invalid.ok && Object.keys(invalid.fieldErrors)).toEqual(["caseThreshold"]);
  });
});

describe("readStoredContent", () => {
  test("keeps a stored version readable even when it no longer validates", () => {
    const p = payload(shipped()) as { definition: { rules: Record<string, unknown> }; marketRates: unknown };
    p.definition.rules["retired-rule"] = { enabled: true, weight: 5 };
    const c = readStoredContent(p.definition, p.marketRates, 2);
    expect(c.ruleSet.version).toBe(2);
    expect(c.ruleSet.rules["retired-rule"]).toEqual({ enabled: true, weight: 5 });
  });
});
