import type { CandidateProfile, Role, Seniority } from "@/lib/schemas/candidate";

export type { CandidateProfile };

export const BANDS = ["low", "medium", "high", "critical"] as const;
export type Band = (typeof BANDS)[number];

export type RuleFamily =
  | "background"
  | "payment"
  | "communication"
  | "pricing"
  | "equipment"
  | "location"
  | "identity_reuse"
  | "watchlist"
  | "interview";

/** Display order and recruiter-facing labels. */
export const RULE_FAMILIES: Readonly<Record<RuleFamily, string>> = {
  background: "Background and identity",
  payment: "Payment arrangements",
  communication: "Communication and availability",
  pricing: "Rate and skills",
  equipment: "Equipment and remote access",
  location: "Where they really are",
  identity_reuse: "Details shared with other candidates",
  watchlist: "Sanctions and watchlists",
  interview: "Interview integrity",
};

export interface Evidence {
  field: string;
  value: string;
  reason: string;
  /** Other candidates this evidence links to (identity reuse), so a reader can follow it. */
  candidateIds?: string[];
}

export interface RuleOutcome {
  fired: boolean;
  /** 0..1: how strongly the evidence matches the red flag. */
  strength: number;
  evidence: Evidence[];
  /**
   * Fields the rule needs but that were not recorded. When nothing could be evaluated,
   * fired is false and missing is non-empty. Outcomes may be shared frozen objects.
   */
  missing: string[];
}

export interface AdvisorySource {
  advisory: string;
  date: string;
  url?: string;
}

export type ReuseKind = "email" | "phone" | "wallet" | "bank_account" | "address" | "resume_text";

export interface ReuseMatch {
  kind: ReuseKind;
  value: string;
  otherCandidateIds: string[];
}

export interface WatchlistHit {
  list: string;
  entryId: string;
  entryName: string;
  matchedField: string;
  matchedValue: string;
  score: number;
  status: "confirmed" | "pending" | "dismissed";
}

export interface MarketRateTable {
  currency: "USD";
  /** Hourly USD, US market. */
  rates: Record<Role, Record<Seniority, number>>;
  /** ISO2 -> multiplier on the US rate; 1 when a country is absent. */
  countryFactors: Record<string, number>;
}

export interface ScoringContext {
  /** ISO date or date-time; the engine never reads the clock. */
  now: string;
  marketRates: MarketRateTable;
  reuse: ReuseMatch[];
  watchlistHits: WatchlistHit[];
}

export interface RuleDefinition {
  id: string;
  title: string;
  family: RuleFamily;
  defaultWeight: number;
  /** Plain language for recruiters. */
  description: string;
  source: AdvisorySource;
  /** Every profile field (dotted for nested arrays) and `ctx.*` field the rule reads. */
  inputs: readonly string[];
  evaluate(profile: CandidateProfile, ctx: ScoringContext): RuleOutcome;
}

export interface RuleSet {
  version: number;
  rules: Record<string, { enabled: boolean; weight: number }>;
  /** Lower bounds on 0..100, strictly increasing. */
  bands: { medium: number; high: number; critical: number };
  caseThreshold: Band;
  /** Rule ids that force the critical band when they fire. */
  hardStops: string[];
}

export interface FiredRule {
  ruleId: string;
  title: string;
  family: RuleFamily;
  weight: number;
  strength: number;
  /** This rule's share of the total, rounded to 1 decimal. */
  points: number;
  evidence: Evidence[];
  source: AdvisorySource;
}

export interface NotEvaluatedRule {
  ruleId: string;
  title: string;
  family: RuleFamily;
  missing: string[];
}

export interface ScoreBreakdown {
  /** Integer 0..100. */
  total: number;
  band: Band;
  ruleSetVersion: number;
  hardStop: string | null;
  fired: FiredRule[];
  notEvaluated: NotEvaluatedRule[];
  evaluatedAt: string;
}
