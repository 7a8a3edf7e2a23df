import type { Band } from "@/lib/scoring";

const STYLES: Record<Band, string> = {
  low: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  medium: "bg-amber-50 text-amber-800 ring-amber-600/20",
  high: "bg-orange-100 text-orange-900 ring-orange-600/30",
  critical: "bg-red-100 text-red-900 ring-red-600/30",
};

const LABELS: Record<Band, string> = { low: "Low", medium: "Medium", high: "High", critical: "Critical" };

export function BandBadge({ band, score }: { band: Band | null; score?: number | null }) {
  if (!band) return <span className="text-sm text-slate-500">Not scored</span>;
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[band]}`}
    >
      {LABELS[band]}
      {score !== undefined && score !== null && <span className="font-mono tabular-nums">{score}</span>}
    </span>
  );
}
