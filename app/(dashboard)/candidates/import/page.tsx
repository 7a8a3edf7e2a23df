import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guards";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { ImportWizard } from "./_components/import-wizard";

export const metadata: Metadata = { title: "Import candidates" };

export default async function ImportCandidatesPage() {
  await requirePageActor("candidate:create");
  return (
    <>
      <PageHeader
        title="Import candidates"
        description="Add or update many candidates from your ATS export. Every row is checked like the new-candidate form and scored at once; rows with problems come back in an error file you can fix and import again."
        actions={
          <ButtonLink href="/candidates" variant="secondary">
            Back to candidates
          </ButtonLink>
        }
      />
      <ImportWizard />
    </>
  );
}
