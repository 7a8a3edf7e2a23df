import { describe, expect, test } from "vitest";
import { BANDS, DEFAULT_RULE_SET, RULES, bandAtLeast, bandFor, score, type RuleSet } from "@/lib/scoring";
import { CORRELATED_SHARE } from "@/lib/scoring/engine";
import { cleanProfile, testContext } from "./support";

const BANDS_DEFAULT = DEFAULT_RULE_SET.bands;

function withRules(
  patch: Partial<RuleSet> & { set?: Record<string, { enabled: boolean; weight: number }> },
): RuleSet {
  return { ...DEFAULT_RULE_SET, ...patch, rules: { ...DEFAULT_RULE_SET.rules, ...patch.set } };
}

describe("bandFor", () => {
  const { medium, high, critical } = BANDS_DEFAULT;
  test.each([
    [0, "low"],
    [medium - 1, "low"],
    [medium, "medium"],
    [medium + 1, "medium"],
    [high - 1, "medium"],
    [high, "high"],
    [high + 1, "high"],
    [critical - 1, "high"],
    [critical, "critical"],
    [critical + 1, "critical"],
    [100, "critical"],
  ] as const)("total %i is %s", (total, band) => {
    expect(bandFor(total, BANDS_DEFAULT)).toBe(band);
  });

  test("custom thresholds", () => {
    expect(bandFor(10, { medium: 10, high: 20, critical: 30 })).toBe("medium");
    expect(bandFor(29, { medium: 10, high: 20, critical: 30 })).toBe("high");
  });

  test("bandAtLeast orders bands", () => {
    expect(bandAtLeast("critical", "high")).toBe(true);
    expect(bandAtLeast("high", "high")).toBe(true);
    expect(bandAtLeast("medium", "high")).toBe(false);
    expect(BANDS).toEqual(["low", "medium", "high", "critical"]);
  });
});

describe("formula", () => {
  test("one rule: total is weight × strength", () => {
    const r = score(cleanProfile({ videoCallOutcome: "camera_off" }), testContext());
    expect(r.total).toBe(36); // 40 × 0.9
    expect(r.band).toBe("medium");
    expect(r.fired).toHaveLength(1);
    expect(r.fired[0]?.points).toBe(36);
  });

  test("noisy-OR of rules from different families, points add up to the total", () => {
    // face swap 55 (communication), crypto 40 (payment), VPN 35 (equipment): 1 - 0.45 × 0.6 × 0.65 = 0.8245
    const r = score(
      cleanProfile({ faceSwapSuspected: true, paymentMethod: "crypto", vpnOrHostingIpObserved: true }),
      testContext(),
    );
    expect(r.total).toBe(82);
    expect(r.band).toBe("critical");
    const sum = r.fired.reduce((s, f) => s + f.points, 0);
    expect(Math.abs(sum - 82.45)).toBeLessThan(0.2);
    expect(r.fired.map((f) => f.ruleId)).toEqual([
      "face-swap-suspected",
      "payment-crypto",
      "vpn-or-hosting-ip",
    ]);
  });

  test("a further flag of an already-flagged family counts at half its evidence", () => {
    // face swap 55 and VoIP 35 are both communication: e = −ln 0.45 + ½ × −ln 0.65
    const r = score(cleanProfile({ faceSwapSuspected: true, phoneType: "voip" }), testContext());
    const e = -Math.log(0.45) + CORRELATED_SHARE * -Math.log(0.65);
    expect(r.total).toBe(Math.round(100 * (1 - Math.exp(-e))));
    expect(r.total).toBeLessThan(Math.round(100 * (1 - 0.45 * 0.65)));
    const voip = r.fired.find((f) => f.ruleId === "voip-phone");
    expect(voip?.points).toBeCloseTo((100 * (1 - Math.exp(-e)) * CORRELATED_SHARE * -Math.log(0.65)) / e, 0);
  });

  test("an exact listed wallet opens a case at once, before anyone reviews it", () => {
    const hit = {
      list: "ofac",
      entryId: "SDN-1",
      entryName: "Listed Party",
      matchedField: "wallet",
      matchedValue: "0xabc",
      score: 1,
      status: "pending" as const,
    };
    const r = score(cleanProfile(), testContext({ watchlistHits: [hit] }));
    expect(bandAtLeast(r.band, DEFAULT_RULE_SET.caseThreshold)).toBe(true);
    expect(r.fired.map((f) => f.ruleId)).toEqual(["listed-identifier"]);
  });

  test("two moderate flags of different families reach the high band; either alone stays medium", () => {
    const vpn = { vpnOrHostingIpObserved: true } as const;
    const education = { educationVerification: "unverifiable" } as const;
    expect(score(cleanProfile(vpn), testContext()).band).toBe("medium");
    expect(score(cleanProfile(education), testContext()).band).toBe("medium");
    expect(score(cleanProfile({ ...vpn, ...education }), testContext()).band).toBe("high");
    // The same fact seen twice in one family (a VPN explains the foreign IP address) does not.
    expect(score(cleanProfile({ ...vpn, observedIpCountry: "RU" }), testContext()).band).toBe("medium");
  });

  test("a rule at weight 100 and full strength alone makes 100", () => {
    const rs = withRules({ set: { "document-inconsistent": { enabled: true, weight: 100 } } });
    const r = score(cleanProfile({ documentCheck: "inconsistent" }), testContext(), rs);
    expect(r.total).toBe(100);
    expect(r.fired[0]?.points).toBe(100);
  });

  test("breakdown carries the rule set version, the clock and the sources", () => {
    const rs = withRules({ version: 7 });
    const r = score(cleanProfile({ phoneType: "voip" }), testContext({ now: "2025-02-03" }), rs);
    expect(r.ruleSetVersion).toBe(7);
    expect(r.evaluatedAt).toBe("2025-02-03");
    expect(r.fired[0]?.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.fired[0]?.evidence[0]?.field).toBe("phoneType");
  });

  test("an unparseable now is rejected rather than guessed", () => {
    expect(() => score(cleanProfile(), testContext({ now: "yesterday" }))).toThrow(RangeError);
  });

  test("the profile is not modified", () => {
    const p = cleanProfile({ paymentMethod: "crypto", videoCallOutcome: "declined" });
    const before = JSON.stringify(p);
    score(p, testContext());
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe("hard stops", () => {
  const confirmed = testContext({
    watchlistHits: [
      {
        list: "OFAC SDN",
        entryId: "SDN-1",
        entryName: "Alias",
        matchedField: "email",
        matchedValue: "x",
        score: 1,
        status: "confirmed",
      },
    ],
  });

  test("a confirmed sanctions match forces critical", () => {
    const r = score(cleanProfile(), confirmed);
    expect(r.hardStop).toBe("sanctions-confirmed");
    expect(r.band).toBe("critical");
    expect(r.total).toBeGreaterThanOrEqual(BANDS_DEFAULT.critical);
  });

  test("forces critical even when its weight is low, lifting the total to the threshold", () => {
    const rs = withRules({ set: { "sanctions-confirmed": { enabled: true, weight: 5 } } });
    const r = score(cleanProfile(), confirmed, rs);
    expect(r.band).toBe("critical");
    expect(r.total).toBe(BANDS_DEFAULT.critical);
    expect(r.fired[0]?.points).toBe(BANDS_DEFAULT.critical);
  });

  test("any rule can be a hard stop", () => {
    const rs = withRules({ hardStops: ["voip-phone"] });
    const r = score(cleanProfile({ phoneType: "voip" }), testContext(), rs);
    expect(r.hardStop).toBe("voip-phone");
    expect(r.band).toBe("critical");
  });

  test("a hard stop that does not fire changes nothing", () => {
    const r = score(cleanProfile({ phoneType: "voip" }), testContext());
    expect(r.hardStop).toBeNull();
    expect(r.total).toBe(35);
    expect(r.band).toBe("medium");
  });

  test("a disabled hard stop does not force anything", () => {
    const rs = withRules({ set: { "sanctions-confirmed": { enabled: false, weight: 100 } } });
    const r = score(cleanProfile(), confirmed, rs);
    expect(r.hardStop).toBeNull();
    expect(r.total).toBe(0);
  });
});

describe("rule settings", () => {
  const flagged = cleanProfile({
    faceSwapSuspected: true,
    paymentMethod: "third_party",
    documentCheck: "inconsistent",
  });

  test.each(RULES.map((r) => [r.id]))("disabled %s never contributes or reports", (id) => {
    const rs = withRules({ set: { [id]: { enabled: false, weight: 100 } } });
    const r = score(
      cleanProfile({ faceSwapSuspected: null, videoCallOutcome: "not_attempted" }),
      testContext(),
      rs,
    );
    expect(r.fired.some((f) => f.ruleId === id)).toBe(false);
    expect(r.notEvaluated.some((n) => n.ruleId === id)).toBe(false);
    const fired = score(flagged, testContext(), rs);
    expect(fired.fired.some((f) => f.ruleId === id)).toBe(false);
  });

  test("rules absent from the set are treated as disabled", () => {
    const rules = { ...DEFAULT_RULE_SET.rules };
    delete rules["face-swap-suspected"];
    const r = score(flagged, testContext(), { ...DEFAULT_RULE_SET, rules });
    expect(r.fired.map((f) => f.ruleId)).not.toContain("face-swap-suspected");
  });

  test("weight 0 fires with no points", () => {
    const rs = withRules({ set: { "voip-phone": { enabled: true, weight: 0 } } });
    const r = score(cleanProfile({ phoneType: "voip" }), testContext(), rs);
    expect(r.total).toBe(0);
    expect(r.fired[0]).toMatchObject({ ruleId: "voip-phone", weight: 0, points: 0 });
  });

  test("different rule sets give different results for the same profile", () => {
    const heavy = withRules({ set: { "voip-phone": { enabled: true, weight: 90 } } });
    const p = cleanProfile({ phoneType: "voip" });
    expect(score(p, testContext()).total).toBe(35);
    expect(score(p, testContext(), heavy).total).toBe(90);
    expect(score(p, testContext()).total).toBe(35);
  });
});
