import { describe, expect, test } from "vitest";
import { diffRuleSets } from "@/lib/rules-admin";
import { shipped } from "./support";

describe("diffRuleSets", () => {
  test("two copies of the same set differ in nothing", () => {
    const d = diffRuleSets(shipped(), shipped());
    expect(d).toEqual({
      rules: [],
      bands: [],
      caseThreshold: null,
      hardStops: { added: [], removed: [] },
      marketRates: [],
      changes: 0,
    });
  });

  test("lists each changed weight, switch, threshold, hard stop and market-rate cell", () => {
    const a = shipped();
    const b = shipped();
    b.ruleSet.rules["payment-crypto"] = { enabled: true, weight: 60 };
    b.ruleSet.rules["video-call-avoided"] = { enabled: false, weight: 35 };
    b.ruleSet.bands = { medium: 30, high: 50, critical: 80 };
    b.ruleSet.caseThreshold = "medium";
    b.ruleSet.hardStops = ["identity-reuse"];
    b.marketRates.rates.backend_engineer.senior = 90;
    b.marketRates.countryFactors.PL = 0.6;
    b.marketRates.countryFactors.IS = 0.9;
    delete b.marketRates.countryFactors.UY;

    const d = diffRuleSets(a, b);
    expect(d.rules).toEqual([
      {
        ruleId: "payment-crypto",
        title: "Asks to be paid in cryptocurrency",
        before: { enabled: true, weight: 40 },
        after: { enabled: true, weight: 60 },
      },
      {
        ruleId: "video-call-avoided",
        title: expect.any(String),
        before: a.ruleSet.rules["video-call-avoided"],
        after: { enabled: false, weight: 35 },
      },
    ]);
    expect(d.bands).toEqual([
      { path: "bands.medium", before: 25, after: 30 },
      { path: "bands.critical", before: 75, after: 80 },
    ]);
    expect(d.caseThreshold).toEqual({ before: "high", after: "medium" });
    expect(d.hardStops).toEqual({ added: ["identity-reuse"], removed: ["sanctions-confirmed"] });
    expect(d.marketRates).toEqual([
      { path: "rates.backend_engineer.senior", before: 85, after: 90 },
      { path: "countryFactors.IS", before: null, after: 0.9 },
      { path: "countryFactors.PL", before: 0.55, after: 0.6 },
      { path: "countryFactors.UY", before: 0.4, after: null },
    ]);
    // 2 rules + 2 bands + threshold + 1 added + 1 removed hard stop + 4 market-rate cells
    expect(d.changes).toBe(11);
  });

  test("a rule absent from one set (scored as off) shows as null on that side", () => {
    const a = shipped();
    const b = shipped();
    delete b.ruleSet.rules["voip-phone"];
    expect(diffRuleSets(a, b).rules).toEqual([
      { ruleId: "voip-phone", title: expect.any(String), before: a.ruleSet.rules["voip-phone"], after: null },
    ]);
    expect(diffRuleSets(b, a).rules[0]).toMatchObject({ ruleId: "voip-phone", before: null });
  });

  test("the version number alone is not a change", () => {
    const b = shipped();
    b.ruleSet.version = 7;
    expect(diffRuleSets(shipped(), b).changes).toBe(0);
  });
});
