import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/guards";
import { roleHas } from "@/lib/auth/permissions";
import { listCandidates } from "@/lib/data/candidates";
import { candidateListQuerySchema } from "@/lib/schemas/candidate";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { CandidateFilters } from "./_components/candidate-filters";
import { CandidateTable } from "./_components/candidate-table";
import { Pagination } from "./_components/pagination";

export const metadata: Metadata = { title: "Candidates" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CandidatesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("candidate:read");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const query = candidateListQuerySchema.parse(raw);
  const page = await listCandidates(actor, query);
  const canCreate = roleHas(actor.role, "candidate:create");
  const filtered = Boolean(query.q || query.band);

  return (
    <>
      <PageHeader
        title="Candidates"
        description="Every applicant with their current risk score. Open one to see why it scored as it did."
        actions={
          canCreate ? (
            <>
              <ButtonLink href="/candidates/import" variant="secondary">
                Import CSV
              </ButtonLink>
              <ButtonLink href="/candidates/new">New candidate</ButtonLink>
            </>
          ) : undefined
        }
      />
      <CandidateFilters query={query} />
      {page.items.length === 0 ? (
        filtered ? (
          <EmptyState title="No candidates match these filters">
            <Link href="/candidates" className="font-medium text-brand-700 hover:underline">
              Clear the filters
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No candidates yet">
            {canCreate
              ? "Add the first one with “New candidate”."
              : "Recruiters add candidates; they will appear here."}
          </EmptyState>
        )
      ) : (
        <>
          <CandidateTable items={page.items} />
          <Pagination
            query={query}
            page={page.page}
            pageCount={page.pageCount}
            total={page.total}
            pageSize={page.pageSize}
          />
        </>
      )}
    </>
  );
}
