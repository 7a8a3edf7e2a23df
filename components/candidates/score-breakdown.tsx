import { RULE_FAMILIES, type FiredRule, type RuleFamily, type ScoreBreakdown } from "@/lib/scoring";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { fieldTitles } from "@/lib/format/labels";

function groupByFamily<T extends { family: RuleFamily }>(items: T[]): [RuleFamily, T[]][] {
  const order = Object.keys(RULE_FAMILIES) as RuleFamily[];
  return order
    .map((f) => [f, items.filter((i) => i.family === f)] as [RuleFamily, T[]])
    .filter(([, list]) => list.length > 0);
}

function FiredRuleItem({ rule }: { rule: FiredRule }) {
  return (
    <li className="py-3" data-testid="fired-rule" data-rule-id={rule.ruleId}>
      <div className="flex items-start justify-between gap-4">
        <div>
          <p className="font-medium text-slate-900">{rule.title}</p>
          <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
            {rule.evidence.map((e, i) => (
              <li key={i}>
                {e.reason}
                {e.value && (
                  <span className="ml-1 text-slate-500">
                    (<span className="font-mono text-xs">{e.field}</span>: {e.value})
                  </span>
                )}
                {e.candidateIds?.map((id, n) => (
                  <Link key={id} href={`/candidates/${id}`} className="ml-2 text-brand-700 hover:underline">
                    other candidate {n + 1}
                  </Link>
                ))}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500">
            Source: {rule.source.advisory}, {rule.source.date}
          </p>
        </div>
        <div className="shrink-0 text-right">
          <div className="font-mono text-sm font-semibold text-slate-900">+{rule.points}</div>
          <div className="text-xs text-slate-500">
            weight {rule.weight}
            {rule.strength < 1 && ` × ${Math.round(rule.strength * 100)}%`}
          </div>
        </div>
      </div>
    </li>
  );
}

/** Why the candidate scored as they did: the red flags that fired, by family, and what could not be checked. */
export function ScoreBreakdownView({ breakdown }: { breakdown: ScoreBreakdown }) {
  const families = groupByFamily(breakdown.fired);
  const missing = groupByFamily(breakdown.notEvaluated);
  return (
    <>
      {breakdown.hardStop && (
        <div
          role="alert"
          className="rounded-xl border border-red-300 bg-red-50 px-5 py-4 text-sm text-red-900"
        >
          <p className="font-semibold">Hard stop: critical regardless of other points</p>
          <p className="mt-1">
            The rule “
            {breakdown.fired.find((f) => f.ruleId === breakdown.hardStop)?.title ?? breakdown.hardStop}”
            fired. Do not proceed without a security review.
          </p>
        </div>
      )}
      <Card
        title="Red flags"
        description={
          breakdown.fired.length
            ? `${breakdown.fired.length} rule${breakdown.fired.length === 1 ? "" : "s"} fired`
            : undefined
        }
      >
        {families.length === 0 ? (
          <p className="text-sm text-slate-600">No red flags fired on the information recorded.</p>
        ) : (
          <div className="space-y-5">
            {families.map(([family, rules]) => (
              <div key={family}>
                <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {RULE_FAMILIES[family]}
                </h3>
                <ul className="divide-y divide-slate-100">
                  {rules.map((r) => (
                    <FiredRuleItem key={r.ruleId} rule={r} />
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Card>
      {missing.length > 0 && (
        <Card
          title="Not evaluated"
          description="These checks need information that was not recorded. An empty field is not a clean bill of health."
        >
          <ul className="space-y-2 text-sm">
            {missing.flatMap(([, rules]) =>
              rules.map((r) => (
                <li key={r.ruleId} className="flex justify-between gap-4" data-testid="not-evaluated">
                  <span className="text-slate-800">{r.title}</span>
                  <span className="text-right text-slate-500">needs {fieldTitles(r.missing)}</span>
                </li>
              )),
            )}
          </ul>
        </Card>
      )}
    </>
  );
}
