import type { Band } from "@/lib/scoring";
import { DEFAULT_SETTINGS, slaByPriority } from "@/lib/schemas/settings";

/** Pure case policy: which band opens a case, its priority, and when it is due. */
export const BAND_RANK: Record<Band, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function reachesThreshold(band: Band, threshold: Band): boolean {
  return BAND_RANK[band] >= BAND_RANK[threshold];
}

/** 1 is the most urgent. */
export function priorityFor(band: Band): number {
  return 4 - BAND_RANK[band];
}

export const PRIORITY_LABELS: Record<number, string> = {
  1: "P1 · critical",
  2: "P2 · high",
  3: "P3 · medium",
  4: "P4 · low",
};

/** Hours to decide, per priority, until an admin changes them in the settings. */
export const DEFAULT_SLA_HOURS: Record<number, number> = slaByPriority(DEFAULT_SETTINGS);

export function dueAtFor(
  priority: number,
  from: Date,
  sla: Record<number, number> = DEFAULT_SLA_HOURS,
): Date {
  const hours = sla[priority] ?? DEFAULT_SLA_HOURS[4]!;
  return new Date(from.getTime() + hours * 3_600_000);
}

/** Rule ids that fired now but not in the score a decision was based on: new red flags reopen a decided case. */
export function newRedFlags(decidedOn: readonly string[], now: readonly string[]): string[] {
  const before = new Set(decidedOn);
  return now.filter((id) => !before.has(id));
}

export const CASE_STATUS_LABELS = {
  open: "Open",
  in_review: "In review",
  awaiting_approval: "Awaiting approval",
  decided: "Decided",
  reopened: "Reopened",
} as const;

export const OUTCOME_LABELS = {
  cleared: "Cleared",
  rejected: "Rejected",
  escalated: "Escalated",
  reported: "Reported to authorities",
} as const;

export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export type CaseOutcome = keyof typeof OUTCOME_LABELS;
