"use client";

import type { PreviewRow } from "@/lib/data/candidate-import";

const STATUS: Record<PreviewRow["status"], { label: string; className: string }> = {
  new: { label: "New", className: "bg-emerald-50 text-emerald-800 ring-emerald-600/20" },
  update: { label: "Update", className: "bg-brand-50 text-brand-700 ring-brand-600/20" },
  unchanged: { label: "Unchanged", className: "bg-slate-100 text-slate-700 ring-slate-500/20" },
  invalid: { label: "Not imported", className: "bg-red-50 text-red-800 ring-red-600/20" },
};

/**
 * The first rows as the import would treat them, with each row's problems. For an error file,
 * `earlierRow` gives a row's number in the file it was rejected from, which is how the recruiter knows it.
 */
export function PreviewTable({
  rows,
  earlierRow,
}: {
  rows: PreviewRow[];
  earlierRow?: ReadonlyMap<number, string>;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              Row
            </th>
            <th scope="col" className="px-3 py-2">
              Candidate
            </th>
            <th scope="col" className="px-3 py-2">
              Result
            </th>
            <th scope="col" className="px-3 py-2">
              Problems
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.row} data-testid="preview-row" data-status={r.status} className="align-top">
              <td className="px-3 py-2 font-mono text-slate-600 tabular-nums">
                {r.row}
                {earlierRow?.get(r.row) && (
                  <div className="font-sans text-xs whitespace-nowrap text-slate-400">
                    was row {earlierRow.get(r.row)}
                  </div>
                )}
              </td>
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900">
                  {r.fullName || <span className="text-slate-400">(no name)</span>}
                </div>
                <div className="text-slate-500">{r.email}</div>
              </td>
              <td className="px-3 py-2">
                <span
                  className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${STATUS[r.status].className}`}
                >
                  {STATUS[r.status].label}
                </span>
              </td>
              <td className="px-3 py-2 text-slate-700">
                {r.issues.length === 0 ? (
                  <span className="text-slate-400">None</span>
                ) : (
                  <ul className="space-y-0.5">
                    {r.issues.map((i, k) => (
                      <li key={k}>
                        {i.file === "work-history" && (
                          <span className="text-slate-500">Work history row {i.row}: </span>
                        )}
                        {(i.column || i.field) && (
                          <span className="font-medium">{i.column || i.field}: </span>
                        )}
                        {i.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
