import Link from "next/link";
import { CASE_STATUS_LABELS, OUTCOME_LABELS, type CaseOutcome, type CaseStatus } from "@/lib/cases/policy";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { OpenCaseForm } from "./open-case-form";

export interface CasePanelData {
  id: string | null;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  reasonLabel: string | null;
  decidedAt: string | null;
  openedAt: string;
}

/** The security review as a recruiter may see it: status, outcome and reason code, never the notes. */
export function CasePanel({
  candidateId,
  data,
  canOpen,
}: {
  candidateId: string;
  data: CasePanelData | null;
  canOpen: boolean;
}) {
  const undecided = data && data.status !== "decided";
  return (
    <Card title="Security review">
      {!data && <p className="text-sm text-slate-600">No case has been opened for this candidate.</p>}
      {data && (
        <div className="text-sm" data-testid="case-panel">
          <p>
            <span className="text-slate-500">Status: </span>
            <strong>{CASE_STATUS_LABELS[data.status]}</strong>{" "}
            <span className="text-slate-500">since {formatDateTime(data.decidedAt ?? data.openedAt)}</span>
          </p>
          {data.outcome && (
            <p className="mt-1">
              <span className="text-slate-500">Outcome: </span>
              <strong>{OUTCOME_LABELS[data.outcome]}</strong>
              {data.reasonLabel && <span className="block text-slate-700">{data.reasonLabel}</span>}
            </p>
          )}
          {data.id && (
            <Link
              href={`/cases/${data.id}`}
              className="mt-2 inline-block font-medium text-brand-700 hover:underline"
            >
              Open the case →
            </Link>
          )}
        </div>
      )}
      {canOpen && !undecided && <OpenCaseForm candidateId={candidateId} reopen={Boolean(data)} />}
    </Card>
  );
}
