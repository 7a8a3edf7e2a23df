import type { Band } from "@/lib/scoring";
import type { CaseOutcome } from "@/lib/cases/policy";

/** Hex equivalents of the BandBadge tones (emerald, amber, orange, red), for SVG fills. */
export const BAND_COLOURS: Record<Band, string> = {
  low: "#10b981",
  medium: "#f59e0b",
  high: "#f97316",
  critical: "#dc2626",
};
export const BAND_LABELS: Record<Band, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export const OUTCOME_COLOURS: Record<CaseOutcome, string> = {
  cleared: "#059669",
  rejected: "#b91c1c",
  escalated: "#d97706",
  reported: "#7c3aed",
};

export const SERIES_COLOURS = { opened: "#2f54d6", decided: "#0d9488", rules: "#2f54d6" } as const;

/** Shared axis and grid styling (slate-600 ticks, slate-200 grid). */
export const TICK = { fontSize: 12, fill: "#475569" } as const;
export const GRID_STROKE = "#e2e8f0";

export const percent = (share: number) => `${Math.round(share * 100)}%`;
