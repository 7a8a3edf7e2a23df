"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addNoteAction } from "@/lib/actions/cases";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

export function NoteForm({ caseId }: { caseId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  return (
    <form
      className="mt-4 space-y-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await addNoteAction(caseId, { body });
          if (!r.ok) return setError(r.fieldErrors?.body ?? [r.error]);
          setError(undefined);
          setBody("");
          router.refresh();
        });
      }}
    >
      <TextAreaField
        label="Add a note"
        value={body}
        onChange={setBody}
        error={error}
        rows={3}
        hint="Markdown: **bold**, lists, links. HTML is shown as text."
      />
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Adding…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
