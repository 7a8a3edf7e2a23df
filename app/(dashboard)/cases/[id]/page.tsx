import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/guards";
import { getCase } from "@/lib/data/case-detail";
import { CASE_STATUS_LABELS, OUTCOME_LABELS, PRIORITY_LABELS } from "@/lib/cases/policy";
import { REASON_CODES } from "@/lib/cases/reason-codes";
import { loadSettings } from "@/lib/data/settings";
import { EVIDENCE_TYPE_CATALOGUE } from "@/lib/schemas/settings";
import { NotFoundError } from "@/lib/errors";
import { Card, PageHeader } from "@/components/ui/card";
import { ProfileSummary } from "@/components/candidates/profile-summary";
import { formatDateTime } from "@/lib/format/labels";
import { ScoreComparison } from "../_components/score-comparison";
import { AssignButton } from "../_components/assign-button";
import { DecisionForm, PendingReview } from "../_components/decision-form";
import { NoteForm } from "../_components/note-form";
import { EvidenceUpload } from "../_components/evidence-upload";

export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("case:read");
  const { id } = await params;
  const c = await getCase(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { evidenceMaxMb, evidenceTypes } = await loadSettings();
  const open = c.status !== "decided" && c.status !== "awaiting_approval";
  const fired = c.latestScore.fired.map((f) => f.ruleId);
  return (
    <>
      <PageHeader
        title={`Case: ${c.candidate.profile.fullName}`}
        description={c.openReason}
        actions={
          <div className="flex items-center gap-4 text-sm font-medium">
            <Link href={`/audit?target=${c.id}`} className="text-brand-700 hover:underline">
              History
            </Link>
            <Link href={`/cases/${c.id}/report`} className="text-brand-700 hover:underline">
              Printable report
            </Link>
            <Link href={`/candidates/${c.candidate.id}`} className="text-brand-700 hover:underline">
              Candidate profile →
            </Link>
          </div>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-x-8 gap-y-2 rounded-xl border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm">
        <span>
          <span className="text-slate-500">Status </span>
          <strong data-testid="case-status">{CASE_STATUS_LABELS[c.status]}</strong>
        </span>
        <span>
          <span className="text-slate-500">Priority </span>
          <strong>{PRIORITY_LABELS[c.priority]}</strong>
        </span>
        {c.status !== "decided" && (
          <span className={c.overdue ? "font-semibold text-red-700" : ""}>
            <span className="text-slate-500">Due </span>
            {formatDateTime(c.dueAt)}
            {c.overdue && " · overdue"}
          </span>
        )}
        <span>
          <span className="text-slate-500">Opened </span>
          {formatDateTime(c.openedAt)}
        </span>
        <span className="flex items-center gap-2">
          <span className="text-slate-500">Assignee</span>{" "}
          {c.assignee ? <strong>{c.assignedToMe ? "Me" : c.assignee}</strong> : "nobody"}
          {c.canWork && open && !c.assignedToMe && <AssignButton caseId={c.id} version={c.version} />}
        </span>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {c.decision && (
            <Card title="Decision">
              <p className="text-base font-semibold" data-testid="case-outcome">
                {OUTCOME_LABELS[c.decision.outcome]}
              </p>
              <p className="text-sm text-slate-700">{c.decision.reasonLabel}</p>
              <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700">{c.decision.rationale}</p>
              <p className="mt-2 text-xs text-slate-500">
                By {c.decision.decidedBy ?? "unknown"}, {formatDateTime(c.decision.decidedAt)}
              </p>
            </Card>
          )}
          {c.pending && (
            <PendingReview caseId={c.id} version={c.version} pending={c.pending} canWork={c.canWork} />
          )}
          <ScoreComparison opened={c.openedScore} latest={c.latestScore} />
          {c.canWork && open && (
            <DecisionForm
              caseId={c.id}
              version={c.version}
              band={c.band}
              firedRuleIds={fired}
              reasonCodes={REASON_CODES}
            />
          )}
          <Card title="Notes" description="Markdown; visible to security leads and admins only.">
            {c.notes.length === 0 ? (
              <p className="text-sm text-slate-500">No notes yet.</p>
            ) : (
              <ul className="space-y-4">
                {c.notes.map((n) => (
                  <li key={n.id} className="border-l-2 border-slate-200 pl-3">
                    <div className="text-xs text-slate-500">
                      {n.author} · {formatDateTime(n.at)}
                    </div>
                    <div
                      className="prose-note text-sm text-slate-800"
                      dangerouslySetInnerHTML={{ __html: n.html }}
                    />
                  </li>
                ))}
              </ul>
            )}
            {c.canWork && <NoteForm caseId={c.id} />}
          </Card>
          <Card
            title="Evidence"
            description={`Up to ${evidenceMaxMb} MB: ${evidenceTypes.map((t) => EVIDENCE_TYPE_CATALOGUE[t]).join(", ")}.`}
          >
            {c.evidence.length === 0 ? (
              <p className="text-sm text-slate-500">No evidence files yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {c.evidence.map((e) => (
                  <li key={e.id} className="py-2">
                    <a href={`/api/evidence/${e.id}`} className="font-medium text-brand-700 hover:underline">
                      {e.fileName}
                    </a>
                    <span className="ml-2 text-slate-500">
                      {e.size < 1024 ? `${e.size} bytes` : `${(e.size / 1024).toFixed(1)} KB`} · {e.uploader}{" "}
                      · {formatDateTime(e.at)}
                    </span>
                    <div className="font-mono text-xs break-all text-slate-500" data-testid="evidence-sha256">
                      SHA-256 {e.sha256}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {c.canWork && (
              <EvidenceUpload caseId={c.id} accept={evidenceTypes.join(",")} maxMb={evidenceMaxMb} />
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Timeline">
            <ol className="space-y-3 text-sm">
              {c.timeline.map((t) => (
                <li key={t.seq}>
                  <div className="font-mono text-xs text-slate-900">{t.action}</div>
                  <div className="text-xs text-slate-500">
                    {formatDateTime(t.at)} · {t.actor ?? "system"}
                  </div>
                  {t.detail && <div className="text-xs break-words text-slate-600">{t.detail}</div>}
                </li>
              ))}
            </ol>
          </Card>
          <ProfileSummary profile={c.candidate.profile} />
        </div>
      </div>
    </>
  );
}
