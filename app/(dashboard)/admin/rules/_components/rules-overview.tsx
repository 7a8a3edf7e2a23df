import { getRulesOverview, type RuleOverview } from "@/lib/data/rule-admin";
import type { Actor } from "@/lib/data/types";
import { Card } from "@/components/ui/card";
import { percent } from "./format";

function Fired({ count }: { count: { scores: number; candidates: number } }) {
  return (
    <span title={`${count.scores} score${count.scores === 1 ? "" : "s"} (re-scores count again)`}>
      {count.candidates.toLocaleString("en-US")}
    </span>
  );
}

function RuleRow({ r }: { r: RuleOverview }) {
  const decided = r.stats.fraud + r.stats.honest;
  return (
    <tr className={r.enabled ? "" : "bg-slate-50 text-slate-500"} data-testid="rule-row" data-rule={r.id}>
      <td className="py-2.5 pr-4 align-top">
        <div className="font-medium text-slate-900">{r.title}</div>
        <div className="mt-0.5 max-w-xl text-xs text-slate-600">{r.description}</div>
        <div className="mt-0.5 text-xs text-slate-500">
          Source:{" "}
          {r.source.url ? (
            <a
              href={r.source.url}
              className="text-brand-700 hover:underline"
              target="_blank"
              rel="noreferrer"
            >
              {r.source.advisory}
            </a>
          ) : (
            r.source.advisory
          )}{" "}
          ({r.source.date})
        </div>
      </td>
      <td className="py-2.5 pr-4 align-top whitespace-nowrap">
        {r.enabled ? <span className="text-emerald-700">On</span> : <span>Off</span>}
      </td>
      <td className="py-2.5 pr-4 text-right align-top tabular-nums">
        {r.weight}
        {r.weight !== r.defaultWeight && (
          <div className="text-xs text-slate-500">default {r.defaultWeight}</div>
        )}
        {r.hardStop && <div className="text-xs font-semibold text-red-700">hard stop</div>}
      </td>
      <td className="py-2.5 pr-4 text-right align-top tabular-nums">
        <Fired count={r.stats.last30} />
      </td>
      <td className="py-2.5 pr-4 text-right align-top tabular-nums">
        <Fired count={r.stats.last90} />
      </td>
      <td className="py-2.5 text-right align-top tabular-nums">
        {percent(r.stats.precision)}
        <div className="text-xs text-slate-500">
          {decided === 0 ? "no decisions" : `${r.stats.fraud} of ${decided} decided`}
        </div>
      </td>
    </tr>
  );
}

/** Rules by family with their published setting and what they did; streamed in after the page shell. */
export async function RulesOverview({ actor }: { actor: Actor }) {
  const o = await getRulesOverview(actor);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Fired: candidates with a score in the window on which the rule fired (hover for the number of scores).
        Observed precision: of the {o.decidedCandidates.toLocaleString("en-US")} candidates with a decided
        case, those whose deciding score fired the rule and who were rejected or reported rather than cleared.
        Counts are refreshed every two minutes.
      </p>
      {o.families.map((f) => (
        <Card key={f.family} title={f.label}>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[56rem] table-fixed text-sm">
              <colgroup>
                <col />
                <col className="w-20" />
                <col className="w-24" />
                <col className="w-28" />
                <col className="w-28" />
                <col className="w-36" />
              </colgroup>
              <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4">Rule</th>
                  <th className="py-2 pr-4">Status</th>
                  <th className="py-2 pr-4 text-right">Weight</th>
                  <th className="py-2 pr-4 text-right">Fired, 30 days</th>
                  <th className="py-2 pr-4 text-right">Fired, 90 days</th>
                  <th className="py-2 text-right">Observed precision</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {f.rules.map((r) => (
                  <RuleRow key={r.id} r={r} />
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </div>
  );
}

export function RulesOverviewLoading() {
  return (
    <div
      role="status"
      className="rounded-xl border border-slate-200 bg-white px-5 py-8 text-center text-sm text-slate-600 shadow-sm"
    >
      Counting how often each rule fired in the last 90 days…
    </div>
  );
}
