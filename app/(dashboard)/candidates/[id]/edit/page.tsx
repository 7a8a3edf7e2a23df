import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requestMeta, requirePageActor } from "@/lib/auth/guards";
import { updateCandidateAction } from "@/lib/actions/candidates";
import { getCandidate } from "@/lib/data/candidates";
import { NotFoundError } from "@/lib/errors";
import { PageHeader } from "@/components/ui/card";
import { CandidateForm } from "../../_components/candidate-form";
import { valuesFromProfile } from "../../_components/form-values";

export const metadata: Metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("candidate:update");
  const { id } = await params;
  const candidate = await getCandidate(actor, id, await requestMeta()).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const save = updateCandidateAction.bind(null, candidate.id, candidate.version);
  return (
    <>
      <PageHeader
        title={`Edit ${candidate.profile.fullName}`}
        description="Saving re-scores the candidate; the earlier score stays in the history."
      />
      <CandidateForm
        initial={valuesFromProfile(candidate.profile)}
        submit={save}
        submitLabel="Save and re-score"
        cancelHref={`/candidates/${id}`}
        timezones={Intl.supportedValuesOf("timeZone")}
      />
    </>
  );
}
