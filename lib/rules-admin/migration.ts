import { BANDS, bandAtLeast, type Band } from "@/lib/scoring";

/** counts[before][after], rows and columns in BANDS order (low, medium, high, critical). */
export type MigrationMatrix = number[][];

export interface BandPair {
  before: Band;
  after: Band;
}

const INDEX: Readonly<Record<Band, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

export function emptyMatrix(): MigrationMatrix {
  return BANDS.map(() => BANDS.map(() => 0));
}

/** Adds one candidate to a matrix in place (the what-if accumulates 100,000 of these). */
export function addToMatrix(matrix: MigrationMatrix, before: Band, after: Band): void {
  matrix[INDEX[before]]![INDEX[after]]! += 1;
}

/** How many candidates move from each band (row) to each band (column). */
export function migrationMatrix(pairs: readonly BandPair[]): MigrationMatrix {
  const m = emptyMatrix();
  for (const p of pairs) addToMatrix(m, p.before, p.after);
  return m;
}

/** Candidates who end in a different band: everything off the diagonal. */
export function movedCount(matrix: MigrationMatrix): number {
  let moved = 0;
  matrix.forEach((row, i) => row.forEach((n, j) => (moved += i === j ? 0 : n)));
  return moved;
}

export function isDiagonal(matrix: MigrationMatrix): boolean {
  return movedCount(matrix) === 0;
}

export interface CaseThresholds {
  before: Band;
  after: Band;
}

/**
 * Whether a candidate would now reach the case threshold and did not before ("opens"), or
 * reached it before and would no longer ("drops"). Each side uses its own rule set's threshold,
 * so raising the threshold alone can drop candidates without any score changing.
 */
export function caseChange(pair: BandPair, thresholds: CaseThresholds): "opens" | "drops" | null {
  const was = bandAtLeast(pair.before, thresholds.before);
  const is = bandAtLeast(pair.after, thresholds.after);
  if (was === is) return null;
  return is ? "opens" : "drops";
}
