import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { roleHas } from "@/lib/auth/permissions";
import { listPendingMatches } from "@/lib/data/watchlist-review";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Watchlist matches" };

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1">
      <dt className="text-slate-500">{term}</dt>
      <dd className="col-span-2 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export default async function WatchlistMatchesPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const actor = await requirePageActor("case:read");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { items, total, pageCount } = await listPendingMatches(actor, page);
  const canReview = roleHas(actor.role, "watchlist:review");
  return (
    <>
      <PageHeader
        title="Watchlist matches"
        description={`${total} possible match${total === 1 ? "" : "es"} waiting for review. A match is not a verdict: compare the records, then confirm or dismiss it on the candidate's page.`}
      />
      {items.length === 0 ? (
        <EmptyState title="No matches waiting for review" />
      ) : (
        <ul className="space-y-4">
          {items.map((m) => (
            <li
              key={m.id}
              className="rounded-xl border border-slate-200 bg-white shadow-sm"
              data-testid="pending-match"
            >
              <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-5 py-3 text-sm">
                <span>
                  <strong>{Math.round(m.score * 100)}%</strong> on{" "}
                  <span className="font-mono">{m.matchedField}</span> · {m.reasons.join("; ")}
                </span>
                <span className="text-slate-500">found {formatDateTime(m.createdAt)}</span>
              </div>
              <div className="grid gap-6 px-5 py-4 text-sm md:grid-cols-2">
                <section>
                  <h2 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    Candidate
                  </h2>
                  <dl>
                    <Field term="Name">
                      <Link
                        href={`/candidates/${m.candidate.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {m.candidate.fullName}
                      </Link>
                    </Field>
                    <Field term="Email">{m.candidate.email}</Field>
                    <Field term="Phone">{m.candidate.phone}</Field>
                    {m.candidate.wallet && (
                      <Field term="Wallet">
                        <span className="font-mono text-xs">{m.candidate.wallet}</span>
                      </Field>
                    )}
                    {m.candidate.employers.length > 0 && (
                      <Field term="Employers">{m.candidate.employers.join(", ")}</Field>
                    )}
                  </dl>
                </section>
                <section>
                  <h2 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    Listed entry ({m.entry.list.toUpperCase()})
                  </h2>
                  <dl>
                    <Field term="Name">{m.entry.name}</Field>
                    <Field term="Entry">
                      {m.entry.id}
                      {m.entry.type ? ` · ${m.entry.type}` : ""}
                    </Field>
                    {m.entry.programs.length > 0 && (
                      <Field term="Programs">{m.entry.programs.join(", ")}</Field>
                    )}
                    {m.entry.aliases.length > 0 && (
                      <Field term="Aliases">{m.entry.aliases.slice(0, 6).join("; ")}</Field>
                    )}
                    {m.entry.datesOfBirth.length > 0 && (
                      <Field term="Born">{m.entry.datesOfBirth.join(", ")}</Field>
                    )}
                    {m.entry.identifiers.length > 0 && (
                      <Field term="Identifiers">
                        <span className="font-mono text-xs">
                          {m.entry.identifiers.slice(0, 4).join("; ")}
                        </span>
                      </Field>
                    )}
                    {m.entry.remarks && (
                      <Field term="Remarks">
                        <span className="line-clamp-3">{m.entry.remarks}</span>
                      </Field>
                    )}
                  </dl>
                </section>
              </div>
              {canReview && (
                <div className="border-t border-slate-100 px-5 py-3 text-right">
                  <Link
                    href={`/candidates/${m.candidate.id}#watchlist`}
                    className="text-sm font-medium text-brand-700 hover:underline"
                  >
                    Review on the candidate&apos;s page →
                  </Link>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav className="mt-4 flex justify-end gap-2 text-sm" aria-label="Pagination">
          {page > 1 && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={`/watchlist-matches?page=${page - 1}`}
            >
              Previous
            </Link>
          )}
          <span className="px-2 py-1.5 text-slate-600">
            Page {page} of {pageCount}
          </span>
          {page < pageCount && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={`/watchlist-matches?page=${page + 1}`}
            >
              Next
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
