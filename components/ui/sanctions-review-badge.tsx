/** Shown wherever a candidate has a possible sanctions or watchlist match that nobody has reviewed. */
export function SanctionsReviewBadge() {
  return (
    <span
      className="inline-flex items-center rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900 ring-1 ring-amber-600/30 ring-inset"
      data-testid="sanctions-review-pending"
    >
      Pending sanctions review
    </span>
  );
}
