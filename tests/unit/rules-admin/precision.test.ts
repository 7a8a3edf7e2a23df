import { describe, expect, test } from "vitest";
import { flagged, groundTruthOf, precisionRecall, type GroundTruth } from "@/lib/rules-admin";

const item = (predictedPositive: boolean, actual: GroundTruth) => ({ predictedPositive, actual });

describe("groundTruthOf", () => {
  test("rejected and reported are fraud, cleared is honest, escalated and undecided say nothing", () => {
    expect(groundTruthOf("rejected")).toBe("fraud");
    expect(groundTruthOf("reported")).toBe("fraud");
    expect(groundTruthOf("cleared")).toBe("honest");
    expect(groundTruthOf("escalated")).toBeNull();
    expect(groundTruthOf(null)).toBeNull();
  });

  test("high or critical counts as flagged", () => {
    expect([flagged("low"), flagged("medium"), flagged("high"), flagged("critical")]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("precisionRecall", () => {
  test("3 caught, 1 false alarm, 2 missed, 4 correctly passed: precision 3/4, recall 3/5", () => {
    const items = [
      ...Array.from({ length: 3 }, () => item(true, "fraud")),
      item(true, "honest"),
      ...Array.from({ length: 2 }, () => item(false, "fraud")),
      ...Array.from({ length: 4 }, () => item(false, "honest")),
    ];
    expect(precisionRecall(items)).toEqual({
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 2,
      trueNegatives: 4,
      decided: 10,
      precision: 0.75,
      recall: 0.6,
    });
  });

  test("undefined ratios are null rather than 0 or NaN", () => {
    expect(precisionRecall([])).toMatchObject({ precision: null, recall: null, decided: 0 });
    // Nothing flagged: no precision; one fraud missed: recall 0.
    expect(precisionRecall([item(false, "fraud"), item(false, "honest")])).toMatchObject({
      precision: null,
      recall: 0,
    });
    // Only honest candidates: no recall; one false alarm: precision 0.
    expect(precisionRecall([item(true, "honest")])).toMatchObject({ precision: 0, recall: null });
  });
});
