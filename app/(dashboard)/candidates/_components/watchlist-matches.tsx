import { hitsForCandidate, type HitStatus, type HitView } from "@/lib/data/watchlist-views";
import type { Actor } from "@/lib/data/types";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { HitReviewForm } from "../../admin/watchlists/_components/hit-review-form";
import { kindLabel, listLabel } from "../../admin/watchlists/_components/labels";

const STATUS: Record<HitStatus, { label: string; className: string }> = {
  pending: { label: "Pending review", className: "bg-amber-50 text-amber-800 ring-amber-600/20" },
  confirmed: { label: "Confirmed", className: "bg-red-100 text-red-900 ring-red-600/30" },
  dismissed: { label: "Dismissed", className: "bg-slate-100 text-slate-700 ring-slate-500/20" },
};

const FIELD_LABELS: Record<string, string> = {
  name: "Name",
  email: "Email",
  phone: "Phone",
  wallet: "Crypto wallet",
  bank_account: "Bank account",
  address: "Address",
  company: "Employer",
};

function Match({ hit, candidateId, canReview }: { hit: HitView; candidateId: string; canReview: boolean }) {
  const status = STATUS[hit.status];
  // Identifier items (a wallet, an email...) have no name of their own: say what they are instead of repeating the value.
  const title =
    hit.listedKind && hit.entryName === hit.matchedValue
      ? `${kindLabel(hit.listedKind)} on the internal watchlist`
      : hit.entryName;
  return (
    <li className="py-3 first:pt-0 last:pb-0" data-testid="watchlist-match">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-medium break-words text-slate-900">{title}</p>
          <p className="font-mono text-xs break-all text-slate-500">
            {listLabel(hit.list)} · {hit.entryId}
          </p>
        </div>
        <span
          className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${status.className}`}
          data-testid="match-status"
        >
          {status.label}
        </span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-500">Field</dt>
        <dd className="text-slate-800">{FIELD_LABELS[hit.matchedField] ?? hit.matchedField}</dd>
        <dt className="text-slate-500">Value</dt>
        <dd className="font-mono break-all text-slate-800">{hit.matchedValue}</dd>
        <dt className="text-slate-500">Score</dt>
        <dd className="text-slate-800 tabular-nums">{Math.round(hit.score * 100)}%</dd>
        {hit.listedBecause && (
          <>
            <dt className="text-slate-500">Listed</dt>
            <dd className="break-words text-slate-800">{hit.listedBecause}</dd>
          </>
        )}
      </dl>
      {hit.reasons.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-4 text-xs break-words text-slate-600">
          {hit.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      {!hit.stillListed && hit.status !== "confirmed" && (
        <p className="mt-2 text-xs text-slate-500">
          The entry is no longer on the active lists, so this match no longer counts.
        </p>
      )}
      {hit.status !== "pending" && (
        <div className="mt-2 border-l-2 border-slate-200 pl-2 text-xs">
          <p className="whitespace-pre-wrap text-slate-800" data-testid="review-note">
            {hit.reviewNote}
          </p>
          <p className="mt-0.5 text-slate-500">
            {hit.reviewedBy ?? "unknown"}
            {hit.reviewedAt && `, ${formatDateTime(hit.reviewedAt)}`}
          </p>
        </div>
      )}
      {hit.status === "pending" && hit.stillListed && canReview && (
        <HitReviewForm hitId={hit.id} candidateId={candidateId} />
      )}
    </li>
  );
}

/** The candidate's sanctions and watchlist matches; security leads confirm or dismiss the pending ones. */
export async function WatchlistMatches({
  actor,
  candidateId,
  canReview,
}: {
  actor: Actor;
  candidateId: string;
  canReview: boolean;
}) {
  const hits = await hitsForCandidate(actor, candidateId);
  const pending = hits.filter((h) => h.status === "pending" && h.stillListed).length;
  const description =
    hits.length === 0 ? undefined : pending ? `${pending} waiting for review` : "All reviewed";
  return (
    <Card title="Watchlist matches" description={description}>
      <div data-testid="watchlist-matches" id="watchlist" className="scroll-mt-6">
        {hits.length === 0 ? (
          <p className="text-sm text-slate-600">
            No matches against the sanctions lists or the internal watchlist.
          </p>
        ) : (
          <>
            <ul className="divide-y divide-slate-100">
              {hits.map((h) => (
                <Match key={h.id} hit={h} candidateId={candidateId} canReview={canReview} />
              ))}
            </ul>
            {pending > 0 && !canReview && (
              <p className="mt-3 text-xs text-slate-500">Security leads confirm or dismiss matches.</p>
            )}
          </>
        )}
      </div>
    </Card>
  );
}
