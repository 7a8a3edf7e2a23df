import Link from "next/link";

/** "—" without decisions; minutes under an hour, hours under two days, then days. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

export function KpiTile({
  id,
  label,
  value,
  note,
  href,
  tone = "plain",
}: {
  id: string;
  label: string;
  value: number | string;
  note?: string;
  href?: string;
  tone?: "plain" | "danger";
}) {
  const danger = tone === "danger";
  const body = (
    <>
      <div className={`text-xs font-medium ${danger ? "text-red-700" : "text-slate-500"}`}>{label}</div>
      <div
        className={`text-2xl font-semibold tabular-nums ${danger ? "text-red-800" : "text-slate-900"}`}
        data-testid={`kpi-${id}`}
      >
        {value}
      </div>
      {note && <div className={`mt-0.5 text-xs ${danger ? "text-red-700" : "text-slate-500"}`}>{note}</div>}
    </>
  );
  const box = `block rounded-xl border px-4 py-3 shadow-sm ${danger ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"}`;
  return href ? (
    <Link href={href} className={`${box} ${danger ? "hover:border-red-400" : "hover:border-brand-600"}`}>
      {body}
    </Link>
  ) : (
    <div className={box}>{body}</div>
  );
}
