import type { RuleSetDiff } from "@/lib/rules-admin";
import { getRule } from "@/lib/scoring";
import { ROLE_TITLES } from "@/lib/format/labels";
import { BAND_LABELS, marketRateLabel } from "./format";

const setting = (s: { enabled: boolean; weight: number } | null) =>
  s === null ? "absent (off)" : s.enabled ? `on, weight ${s.weight}` : `off (weight ${s.weight})`;
const value = (n: number | null) => (n === null ? "—" : String(n));
const title = (id: string) => getRule(id)?.title ?? id;

function Row({ label, before, after }: { label: string; before: string; after: string }) {
  return (
    <tr>
      <td className="py-1.5 pr-4 text-slate-800">{label}</td>
      <td className="py-1.5 pr-4 whitespace-nowrap text-slate-500 line-through decoration-slate-300">
        {before}
      </td>
      <td className="py-1.5 font-medium whitespace-nowrap text-slate-900">{after}</td>
    </tr>
  );
}

/** A rule-set diff as a before/after table; "before" and "after" are named by the caller. */
export function DiffView({
  diff,
  beforeLabel,
  afterLabel,
}: {
  diff: RuleSetDiff;
  beforeLabel: string;
  afterLabel: string;
}) {
  if (diff.changes === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="diff-empty">
        No differences: both score every candidate the same way.
      </p>
    );
  return (
    <table className="min-w-full text-sm" data-testid="rule-set-diff">
      <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="py-2 pr-4">Setting</th>
          <th className="py-2 pr-4">{beforeLabel}</th>
          <th className="py-2">{afterLabel}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {diff.rules.map((r) => (
          <Row key={r.ruleId} label={r.title} before={setting(r.before)} after={setting(r.after)} />
        ))}
        {diff.bands.map((b) => (
          <Row
            key={b.path}
            label={`${BAND_LABELS[b.path.split(".")[1] as keyof typeof BAND_LABELS] ?? b.path} band from`}
            before={value(b.before)}
            after={value(b.after)}
          />
        ))}
        {diff.caseThreshold && (
          <Row
            label="A case opens from"
            before={BAND_LABELS[diff.caseThreshold.before]}
            after={BAND_LABELS[diff.caseThreshold.after]}
          />
        )}
        {diff.hardStops.added.map((id) => (
          <Row key={`+${id}`} label={`Hard stop: ${title(id)}`} before="no" after="yes" />
        ))}
        {diff.hardStops.removed.map((id) => (
          <Row key={`-${id}`} label={`Hard stop: ${title(id)}`} before="yes" after="no" />
        ))}
        {diff.marketRates.map((m) => (
          <Row
            key={m.path}
            label={marketRateLabel(m.path, ROLE_TITLES)}
            before={value(m.before)}
            after={value(m.after)}
          />
        ))}
      </tbody>
    </table>
  );
}
