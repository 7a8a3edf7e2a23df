import type { BuildContext } from "./base-profile";
import type { SourceId } from "./sources";

/** Signal families, as the advisories group them; reuse across applicants is left out (one profile cannot show it). */
export const FAMILIES = ["identity", "history", "payment", "communication", "location", "skills"] as const;
export type Family = (typeof FAMILIES)[number];

export interface FraudFlag {
  id: string;
  family: Family;
  /** "moderate" flags alone are what a subtle profile may carry. */
  strength: "moderate" | "strong";
  sources: readonly SourceId[];
  /** Flags that set the same field another way cannot be combined with this one. */
  excludes?: readonly string[];
  /** Some signals only mean something for some profiles (odd hours need a claimed zone far from Korea). */
  applies?: (ctx: BuildContext) => boolean;
  apply: (ctx: BuildContext) => void;
  /** What a recruiter might have written down when it happened; used on some profiles only. */
  note?: string;
}
