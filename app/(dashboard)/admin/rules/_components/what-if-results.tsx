import Link from "next/link";
import { BANDS } from "@/lib/scoring";
import type { CandidateMove, WhatIfResult } from "@/lib/data/what-if";
import type { PrecisionRecall } from "@/lib/rules-admin";
import { BandBadge } from "@/components/ui/band-badge";
import { BAND_LABELS, percent, plural } from "./format";

function Matrix({ matrix, version }: { matrix: number[][]; version: number }) {
  const colTotals = BANDS.map((_, j) => matrix.reduce((s, row) => s + (row[j] ?? 0), 0));
  return (
    <table className="text-sm" data-testid="migration-matrix">
      <caption className="mb-1 text-left text-xs text-slate-500">
        Rows: band under v{version} now. Columns: band under the draft.
      </caption>
      <thead>
        <tr className="text-xs text-slate-500">
          <th className="px-3 py-1.5 text-left font-medium">v{version} ↓ / draft →</th>
          {BANDS.map((b) => (
            <th key={b} scope="col" className="px-3 py-1.5 text-right font-semibold">
              {BAND_LABELS[b]}
            </th>
          ))}
          <th scope="col" className="px-3 py-1.5 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {BANDS.map((b, i) => (
          <tr key={b} className="border-t border-slate-100">
            <th scope="row" className="px-3 py-1.5 text-left text-xs font-semibold text-slate-600">
              {BAND_LABELS[b]}
            </th>
            {BANDS.map((to, j) => {
              const n = matrix[i]?.[j] ?? 0;
              const tone =
                i === j
                  ? "bg-slate-50 text-slate-700"
                  : n === 0
                    ? "text-slate-300"
                    : j > i
                      ? "bg-orange-50 font-semibold text-orange-900"
                      : "bg-emerald-50 font-semibold text-emerald-900";
              return (
                <td
                  key={to}
                  className={`px-3 py-1.5 text-right tabular-nums ${tone}`}
                  data-testid={`cell-${b}-${to}`}
                >
                  {n.toLocaleString("en-US")}
                </td>
              );
            })}
            <td className="px-3 py-1.5 text-right text-slate-500 tabular-nums">
              {(matrix[i] ?? []).reduce((s, n) => s + n, 0).toLocaleString("en-US")}
            </td>
          </tr>
        ))}
        <tr className="border-t border-slate-200 text-slate-500">
          <th scope="row" className="px-3 py-1.5 text-left text-xs font-medium">
            Total
          </th>
          {colTotals.map((n, j) => (
            <td key={j} className="px-3 py-1.5 text-right tabular-nums">
              {n.toLocaleString("en-US")}
            </td>
          ))}
          <td />
        </tr>
      </tbody>
    </table>
  );
}

function Moves({
  title,
  moves,
  testId,
}: {
  title: string;
  moves: { count: number; items: CandidateMove[] };
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">
        {title}: {moves.count.toLocaleString("en-US")}
      </h3>
      {moves.items.length > 0 && (
        <ul className="mt-1 divide-y divide-slate-100 text-sm">
          {moves.items.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-3 py-1.5">
              <Link href={`/candidates/${m.id}`} className="text-brand-700 hover:underline">
                {m.name}
              </Link>
              <span className="flex items-center gap-1.5">
                <BandBadge band={m.before.band} score={m.before.total} /> →{" "}
                <BandBadge band={m.after.band} score={m.after.total} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {moves.count > moves.items.length && (
        <p className="mt-1 text-xs text-slate-500">
          Showing the {moves.items.length} with the largest score change.
        </p>
      )}
    </div>
  );
}

function PrecisionTable({
  published,
  draft,
  version,
}: {
  published: PrecisionRecall;
  draft: PrecisionRecall;
  version: number;
}) {
  const rows: [string, (p: PrecisionRecall) => string][] = [
    ["Precision (flagged who were fraud)", (p) => percent(p.precision)],
    ["Recall (fraud that was flagged)", (p) => percent(p.recall)],
    ["Fraud flagged", (p) => String(p.truePositives)],
    ["Honest flagged (false alarms)", (p) => String(p.falsePositives)],
    ["Fraud missed", (p) => String(p.falseNegatives)],
  ];
  return (
    <table className="text-sm" data-testid="precision-recall">
      <caption className="mb-1 text-left text-xs text-slate-500">
        &quot;Flagged&quot; is high or critical; truth is the {plural(published.decided, "decided case")}{" "}
        (rejected or reported = fraud, cleared = honest; escalated ones are left out).
      </caption>
      <thead className="text-xs text-slate-500">
        <tr>
          <th />
          <th className="px-3 py-1.5 text-right font-semibold">v{version}</th>
          <th className="px-3 py-1.5 text-right font-semibold">Draft</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, f]) => (
          <tr key={label} className="border-t border-slate-100">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
              {label}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums">{f(published)}</td>
            <td className="px-3 py-1.5 text-right font-semibold tabular-nums">{f(draft)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WhatIfResults({ result: r }: { result: WhatIfResult }) {
  return (
    <div className="space-y-6" data-testid="what-if-result">
      <p className="text-sm text-slate-700" role="status">
        Scored {plural(r.candidates, "candidate")} under both sets in {(r.elapsedMs / 1000).toFixed(1)} s:{" "}
        {plural(r.moved, "candidate")} would change band, {r.opening.count.toLocaleString("en-US")} would
        newly reach the case threshold ({BAND_LABELS[r.caseThreshold.after].toLowerCase()}) and{" "}
        {r.dropping.count.toLocaleString("en-US")} would fall below it.
      </p>
      <div className="grid gap-6 xl:grid-cols-2">
        <Matrix matrix={r.matrix} version={r.publishedVersion} />
        <PrecisionTable
          published={r.precision.published}
          draft={r.precision.draft}
          version={r.publishedVersion}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Moves title="Would change band" moves={r.changed} testId="changed" />
        <Moves title="Would newly reach the case threshold" moves={r.opening} testId="opening" />
        <Moves title="Would drop below the case threshold" moves={r.dropping} testId="dropping" />
      </div>
    </div>
  );
}
