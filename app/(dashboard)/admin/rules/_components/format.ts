import type { Band } from "@/lib/scoring";

export const BAND_LABELS: Record<Band, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export function percent(x: number | null): string {
  return x === null ? "—" : `${Math.round(x * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** "rates.backend_engineer.senior" → "Backend engineer, senior"; "countryFactors.PL" → "Country factor PL". */
export function marketRateLabel(path: string, roleTitles: Record<string, string>): string {
  const [kind, a, b] = path.split(".");
  if (kind === "countryFactors") return `Country factor ${a}`;
  return `${roleTitles[a ?? ""] ?? a}, ${b} (USD/hour)`;
}
