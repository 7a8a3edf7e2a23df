import Link from "next/link";
import { SanctionsReviewBadge } from "@/components/ui/sanctions-review-badge";
import type { CaseQueueItem } from "@/lib/data/case-queue";
import { CASE_STATUS_LABELS, OUTCOME_LABELS, PRIORITY_LABELS } from "@/lib/cases/policy";
import { BandBadge } from "@/components/ui/band-badge";
import { formatDateTime } from "@/lib/format/labels";
import { AssignButton } from "./assign-button";

export function CaseTable({ items, canWork }: { items: CaseQueueItem[]; canWork: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th className="px-4 py-3">Priority</th>
            <th className="px-4 py-3">Candidate</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3">Assignee</th>
            <th className="px-4 py-3">Opened</th>
            <th className="px-4 py-3">Due</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr
              key={c.id}
              className={c.overdue ? "bg-red-50/60" : "hover:bg-slate-50"}
              data-testid="case-row"
            >
              <td className="px-4 py-3 whitespace-nowrap">
                <div className="font-medium text-slate-800">{PRIORITY_LABELS[c.priority]}</div>
                <BandBadge band={c.band} score={c.score} />
              </td>
              <td className="px-4 py-3">
                <Link href={`/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.candidateName}
                </Link>
                {c.sanctionsReviewPending && (
                  <div className="mt-1">
                    <SanctionsReviewBadge />
                  </div>
                )}
              </td>
              <td className="px-4 py-3 text-slate-700">
                {CASE_STATUS_LABELS[c.status]}
                {c.outcome && <div className="text-slate-500">{OUTCOME_LABELS[c.outcome]}</div>}
              </td>
              <td className="px-4 py-3">
                {c.assignee ? (
                  <span className="text-slate-700">{c.assignedToMe ? "Me" : c.assignee}</span>
                ) : canWork && c.status !== "decided" ? (
                  <AssignButton caseId={c.id} version={c.version} />
                ) : (
                  <span className="text-slate-400">Unassigned</span>
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDateTime(c.openedAt)}</td>
              <td
                className={`px-4 py-3 whitespace-nowrap ${c.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}
              >
                {c.status === "decided" ? "—" : formatDateTime(c.dueAt)}
                {c.overdue && <div className="text-xs uppercase">Overdue</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
