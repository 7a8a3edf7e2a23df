import { bandAtLeast, type Band } from "@/lib/scoring";

export type GroundTruth = "fraud" | "honest";

/**
 * What a decided case says about the candidate: rejected or reported means fraud, cleared
 * means honest. Escalated (handed on, not resolved) and undecided cases say nothing.
 */
export function groundTruthOf(outcome: string | null | undefined): GroundTruth | null {
  if (outcome === "rejected" || outcome === "reported") return "fraud";
  if (outcome === "cleared") return "honest";
  return null;
}

/** The what-if counts "high or critical" as the set flagging a candidate. */
export function flagged(band: Band): boolean {
  return bandAtLeast(band, "high");
}

export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** Candidates with a ground truth that were counted. */
  decided: number;
  /** Of those flagged, the share that were fraud; null when nothing was flagged. */
  precision: number | null;
  /** Of the frauds, the share that were flagged; null when there were none. */
  recall: number | null;
}

export function precisionRecall(
  items: readonly { predictedPositive: boolean; actual: GroundTruth }[],
): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predictedPositive, actual } of items) {
    if (predictedPositive) {
      if (actual === "fraud") tp += 1;
      else fp += 1;
    } else if (actual === "fraud") fn += 1;
    else tn += 1;
  }
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    decided: items.length,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  };
}
