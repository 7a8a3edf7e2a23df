import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requestMeta, requirePageActor } from "@/lib/auth/guards";
import { roleHas } from "@/lib/auth/permissions";
import { getCandidate } from "@/lib/data/candidates";
import { caseOutcomeForCandidate } from "@/lib/data/case-detail";
import { CasePanel } from "../_components/case-panel";
import { WatchlistMatches } from "../_components/watchlist-matches";
import { NotFoundError } from "@/lib/errors";
import { BandBadge } from "@/components/ui/band-badge";
import { SanctionsReviewBadge } from "@/components/ui/sanctions-review-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime, label, ROLE_TITLES, SENIORITY_TITLES } from "@/lib/format/labels";
import { ScoreBreakdownView } from "@/components/candidates/score-breakdown";
import { ProfileSummary } from "@/components/candidates/profile-summary";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("candidate:read");
  const { id } = await params;
  const candidate = await getCandidate(actor, id, await requestMeta()).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const caseData = await caseOutcomeForCandidate(actor, id);
  const p = candidate.profile;
  const s = candidate.score;

  return (
    <>
      <PageHeader
        title={p.fullName}
        description={`${label(ROLE_TITLES, p.role)} (${label(SENIORITY_TITLES, p.seniority).toLowerCase()}) · ${p.email} · added by ${candidate.createdBy}`}
        actions={
          <>
            {roleHas(actor.role, "audit:read") && (
              <ButtonLink href={`/audit?target=${id}`} variant="ghost">
                History
              </ButtonLink>
            )}
            {roleHas(actor.role, "candidate:update") && (
              <ButtonLink href={`/candidates/${id}/edit`} variant="secondary">
                Edit
              </ButtonLink>
            )}
          </>
        }
      />
      {candidate.sanctionsReviewPending && (
        <p
          className="mb-4 flex flex-wrap items-center gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          role="status"
        >
          <SanctionsReviewBadge />A detail of this candidate resembles a sanctions or watchlist entry. A
          security lead must confirm or dismiss the match before any offer.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {s ? (
            <ScoreBreakdownView breakdown={s.breakdown} />
          ) : (
            <Card title="Risk score">
              <p className="text-sm text-slate-600">This candidate has not been scored.</p>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <Card title="Risk score">
            {s ? (
              <div className="flex items-center gap-4">
                <div className="text-5xl font-bold text-slate-900 tabular-nums" data-testid="score-total">
                  {s.total}
                </div>
                <div>
                  <div data-testid="score-band">
                    <BandBadge band={s.band} />
                  </div>
                  <p className="mt-1 text-xs text-slate-500">
                    out of 100 · rule set v{s.ruleSetVersion}
                    <br />
                    scored {formatDateTime(s.createdAt)}
                  </p>
                </div>
              </div>
            ) : (
              <p className="text-sm text-slate-600">Not scored.</p>
            )}
          </Card>
          {roleHas(actor.role, "case:read") && (
            <WatchlistMatches
              actor={actor}
              candidateId={id}
              canReview={roleHas(actor.role, "watchlist:review")}
            />
          )}
          <CasePanel candidateId={id} data={caseData} canOpen={roleHas(actor.role, "case:open")} />
          <ProfileSummary profile={p} />
          {candidate.history.length > 1 && (
            <Card title="Score history">
              <ul className="divide-y divide-slate-100 text-sm">
                {candidate.history.map((h, i) => (
                  <li key={i} className="flex items-center justify-between py-2">
                    <span className="text-slate-600">{formatDateTime(h.createdAt)}</span>
                    <span className="flex items-center gap-2">
                      <span className="text-xs text-slate-500">v{h.ruleSetVersion}</span>
                      <BandBadge band={h.band} score={h.total} />
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
