import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { createCandidateAction } from "@/lib/actions/candidates";
import { PageHeader } from "@/components/ui/card";
import { CandidateForm } from "../_components/candidate-form";
import { emptyValues } from "../_components/form-values";

export const metadata: Metadata = { title: "New candidate" };

export default async function NewCandidatePage() {
  await requirePageActor("candidate:create");
  return (
    <>
      <PageHeader
        title="New candidate"
        description="Record what you know. Empty fields are not held against anyone, but they are listed as not evaluated."
      />
      <CandidateForm
        initial={emptyValues()}
        submit={createCandidateAction}
        submitLabel="Save and score"
        cancelHref="/candidates"
        timezones={Intl.supportedValuesOf("timeZone")}
      />
    </>
  );
}
