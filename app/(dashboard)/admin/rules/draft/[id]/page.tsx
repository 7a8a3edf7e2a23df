import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/guards";
import { getDraft } from "@/lib/data/rule-admin";
import { NotFoundError } from "@/lib/errors";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/labels";
import { DiffView } from "../../_components/diff-view";
import { DraftEditor } from "../../_components/draft-editor";
import { RulesTabs } from "../../_components/rules-tabs";
import { NonDiscriminationStatement } from "../../_components/statement";

export const metadata: Metadata = { title: "Rule-set draft" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("admin:access");
  const { id } = await params;
  const draft = await getDraft(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const stale = draft.baseVersion !== draft.publishedVersion;
  return (
    <>
      <PageHeader
        title={`Draft from v${draft.baseVersion}`}
        description={`Started by ${draft.createdBy}; last saved ${formatDateTime(draft.updatedAt)}. Candidates are scored with v${draft.publishedVersion} until this is published.`}
      />
      <RulesTabs current={null} />
      {stale && (
        <p
          role="alert"
          className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          v{draft.publishedVersion} was published after this draft was started from v{draft.baseVersion}, so
          it can no longer be published. The changes below are against v{draft.publishedVersion}; start a new
          draft to carry them over.
        </p>
      )}
      <NonDiscriminationStatement />
      <Card title={`Saved changes from v${draft.publishedVersion}`} className="mb-6">
        <DiffView diff={draft.diff} beforeLabel={`v${draft.publishedVersion}`} afterLabel="Draft" />
      </Card>
      <DraftEditor draftId={draft.id} content={draft.content} publishedVersion={draft.publishedVersion} />
    </>
  );
}
