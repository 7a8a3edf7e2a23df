"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { discardDraftAction, publishDraftAction } from "@/lib/actions/rules";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Publishing saves the form first, then records the draft as the next version with the note. */
export function PublishForm({
  draftId,
  publishedVersion,
  save,
}: {
  draftId: string;
  publishedVersion: number;
  save: () => Promise<boolean>;
}) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string[] | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const publish = () =>
    start(async () => {
      setMessage(null);
      if (!(await save())) return setMessage("Fix the draft before publishing.");
      const r = await publishDraftAction(draftId, { note });
      if (!r.ok) {
        setNoteError(r.fieldErrors?.note);
        return setMessage(r.fieldErrors?._form?.join(" ") ?? r.error);
      }
      router.push(`/admin/rules/versions?published=${r.data.version}`);
    });

  const discard = () =>
    start(async () => {
      if (!window.confirm("Discard this draft? Its changes are lost; published versions are not affected."))
        return;
      const r = await discardDraftAction(draftId);
      if (!r.ok) return setMessage(r.error);
      router.push("/admin/rules");
    });

  return (
    <Card
      title="Publish"
      description={`The draft becomes v${publishedVersion + 1}; every candidate is then re-scored in the background. v${publishedVersion} stays in the history and can be restored.`}
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          publish();
        }}
      >
        {message && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {message}
          </p>
        )}
        <TextAreaField
          label="Note"
          value={note}
          onChange={setNote}
          error={noteError}
          rows={3}
          hint="What changed and why. It is shown in the version history and recorded in the audit trail."
        />
        <div className="flex justify-between gap-3">
          <Button type="button" variant="ghost" disabled={pending} onClick={discard}>
            Discard draft
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Publishing…" : `Publish as v${publishedVersion + 1}`}
          </Button>
        </div>
      </form>
    </Card>
  );
}
