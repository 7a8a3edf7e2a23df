import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { listCases } from "@/lib/data/case-queue";
import { CASE_STATUS_LABELS, type CaseStatus } from "@/lib/cases/policy";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CaseFilters } from "./_components/case-filters";
import { CaseTable } from "./_components/case-table";

export const metadata: Metadata = { title: "Case queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CasesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("case:read");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const queue = await listCases(actor, raw);
  const q = queue.query;
  const href = (patch: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    const merged = {
      status: q.status,
      band: q.band,
      assignee: q.assignee,
      olderThanDays: q.olderThanDays,
      family: q.family,
      sort: q.sort,
      page: q.page,
      ...patch,
    };
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "") p.set(k, String(v));
    return `/cases?${p.toString()}`;
  };
  const statuses = Object.keys(CASE_STATUS_LABELS) as CaseStatus[];
  return (
    <>
      <PageHeader
        title="Case queue"
        description="Flagged candidates waiting for a security decision, most urgent first."
      />
      <div
        className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6"
        aria-label="Cases per status"
      >
        {statuses.map((s) => (
          <Link
            key={s}
            href={href({ status: s, page: 1 })}
            className={`rounded-xl border bg-white px-4 py-3 shadow-sm hover:border-brand-600 ${q.status === s ? "border-brand-600" : "border-slate-200"}`}
          >
            <div className="text-xs font-medium text-slate-500">{CASE_STATUS_LABELS[s]}</div>
            <div className="text-2xl font-semibold text-slate-900 tabular-nums" data-testid={`count-${s}`}>
              {queue.counts[s] ?? 0}
            </div>
          </Link>
        ))}
        <Link
          href={href({ status: "active", sort: "due", page: 1 })}
          className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 shadow-sm hover:border-red-400"
        >
          <div className="text-xs font-medium text-red-700">Overdue</div>
          <div className="text-2xl font-semibold text-red-800 tabular-nums" data-testid="count-overdue">
            {queue.overdue}
          </div>
        </Link>
      </div>
      <CaseFilters query={q} />
      {queue.items.length === 0 ? (
        <EmptyState title="No cases match these filters">
          <Link href="/cases" className="font-medium text-brand-700 hover:underline">
            Show all active cases
          </Link>
        </EmptyState>
      ) : (
        <CaseTable items={queue.items} canWork={actor.role === "security_lead"} />
      )}
      <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pagination">
        <span className="text-slate-600">
          {queue.total} case{queue.total === 1 ? "" : "s"}
        </span>
        <span className="flex items-center gap-2">
          {queue.page > 1 && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={href({ page: queue.page - 1 })}
            >
              Previous
            </Link>
          )}
          <span className="text-slate-600">
            Page {queue.page} of {queue.pageCount}
          </span>
          {queue.page < queue.pageCount && (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={href({ page: queue.page + 1 })}
            >
              Next
            </Link>
          )}
        </span>
      </nav>
    </>
  );
}
