import { RULE_FAMILIES, type ScoreBreakdown } from "@/lib/scoring";
import { BandBadge } from "@/components/ui/band-badge";
import { Card } from "@/components/ui/card";

function Column({
  title,
  breakdown,
  highlight,
}: {
  title: string;
  breakdown: ScoreBreakdown;
  highlight: Set<string>;
}) {
  return (
    <div className="min-w-0 flex-1">
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
        <span className="flex items-center gap-2 text-xs text-slate-500">
          v{breakdown.ruleSetVersion} <BandBadge band={breakdown.band} score={breakdown.total} />
        </span>
      </div>
      {breakdown.fired.length === 0 ? (
        <p className="text-sm text-slate-500">No red flags.</p>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {breakdown.fired.map((f) => (
            <li
              key={f.ruleId}
              className={`flex justify-between gap-3 rounded-md px-2 py-1 ${highlight.has(f.ruleId) ? "bg-amber-50 ring-1 ring-amber-300" : ""}`}
            >
              <span>
                <span className="text-slate-900">{f.title}</span>
                <span className="block text-xs text-slate-500">
                  {RULE_FAMILIES[f.family]} · {f.evidence[0]?.reason}
                </span>
              </span>
              <span className="shrink-0 font-mono text-xs font-semibold text-slate-800">+{f.points}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The score the case opened on beside the current one; red flags that appeared since are highlighted. */
export function ScoreComparison({ opened, latest }: { opened: ScoreBreakdown; latest: ScoreBreakdown }) {
  const before = new Set(opened.fired.map((f) => f.ruleId));
  const added = new Set(latest.fired.map((f) => f.ruleId).filter((id) => !before.has(id)));
  const same =
    opened === latest || (opened.evaluatedAt === latest.evaluatedAt && opened.total === latest.total);
  return (
    <Card
      title="Score breakdown"
      description={
        same
          ? "Unchanged since the case opened."
          : "When the case opened, and now. New red flags are highlighted."
      }
    >
      <div className="flex flex-col gap-6 md:flex-row">
        <Column title="When the case opened" breakdown={opened} highlight={new Set()} />
        {!same && <Column title="Now" breakdown={latest} highlight={added} />}
      </div>
    </Card>
  );
}
