import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requirePageActor } from "@/lib/auth/guards";
import { listJobs, startJobRunner } from "@/lib/data/jobs";
import { listDrafts, listVersions } from "@/lib/data/rule-admin";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { ImportForm } from "./_components/import-form";
import { JobsCard } from "./_components/jobs-card";
import { NewDraftButton } from "./_components/new-draft-button";
import { RulesOverview, RulesOverviewLoading } from "./_components/rules-overview";
import { RulesTabs } from "./_components/rules-tabs";
import { NonDiscriminationStatement } from "./_components/statement";

export const metadata: Metadata = { title: "Rules" };

export default async function RulesPage() {
  const actor = await requirePageActor("admin:access");
  const [versions, drafts, jobs] = await Promise.all([
    listVersions(actor),
    listDrafts(actor),
    listJobs(actor),
  ]);
  const current = versions[0]!;
  // A re-score left unfinished by a restart resumes as soon as an admin looks (the runner ignores a second start).
  if (jobs.some((j) => j.status === "queued" || j.status === "running")) startJobRunner();
  return (
    <>
      <PageHeader
        title="Rules"
        description={`Published version v${current.version}, ${formatDateTime(current.publishedAt)}${current.publishedBy ? ` by ${current.publishedBy}` : ""}: ${current.note}`}
        actions={<NewDraftButton />}
      />
      <RulesTabs current="rules" />
      <NonDiscriminationStatement />
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <Card
          title="Drafts"
          description="Unpublished edits. Nothing changes for candidates until a draft is published."
          className="lg:col-span-2"
        >
          {drafts.length === 0 ? (
            <p className="text-sm text-slate-600">
              No drafts. Start one from the published version, or import a rule set exported earlier.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="drafts">
              {drafts.map((d) => (
                <li key={d.id} className="flex items-center justify-between gap-4 py-2 text-sm">
                  <div>
                    <Link
                      href={`/admin/rules/draft/${d.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      Draft from v{d.baseVersion}
                    </Link>
                    <span className="text-slate-500">
                      {" "}
                      · {d.createdBy} · last saved {formatDateTime(d.updatedAt)}
                    </span>
                  </div>
                  {d.baseVersion !== current.version && (
                    <span className="text-xs text-amber-700">v{current.version} was published since</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ImportForm />
          </div>
        </Card>
        <JobsCard initial={jobs} />
      </div>
      <Suspense fallback={<RulesOverviewLoading />}>
        <RulesOverview actor={actor} />
      </Suspense>
    </>
  );
}
