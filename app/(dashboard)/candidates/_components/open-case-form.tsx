"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { openCaseAction } from "@/lib/actions/cases";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

export function OpenCaseForm({ candidateId, reopen }: { candidateId: string; reopen: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  return (
    <form
      noValidate
      className="mt-4 space-y-2 border-t border-slate-100 pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await openCaseAction(candidateId, { reason });
          if (!r.ok) return setError(r.fieldErrors?.reason ?? [r.error]);
          setError(undefined);
          setReason("");
          router.refresh();
        });
      }}
    >
      <TextAreaField
        label={reopen ? "Ask for another review" : "Ask security to review"}
        value={reason}
        onChange={setReason}
        error={error}
        rows={3}
        hint="What worries you about this candidate?"
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full">
        {pending ? "Opening…" : "Open a case"}
      </Button>
    </form>
  );
}
