"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reviewHitAction } from "@/lib/actions/watchlist";
import type { FieldErrors } from "@/lib/errors";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/notices";

/** A security lead confirms (a hard stop) or dismisses one pending match, with a note; the page then shows the new score. */
export function HitReviewForm({ hitId, candidateId }: { hitId: string; candidateId: string }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const review = (decision: "confirmed" | "dismissed") =>
    start(async () => {
      const r = await reviewHitAction(hitId, candidateId, { decision, note });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage(r.fieldErrors?.note ? null : r.error);
        return;
      }
      setErrors({});
      setMessage(null);
      setNote("");
      router.refresh();
    });

  return (
    <form noValidate className="mt-3 space-y-2" onSubmit={(e) => e.preventDefault()}>
      <FormError message={message} />
      <TextAreaField
        label="Review note"
        value={note}
        onChange={setNote}
        error={errors.note ?? errors.decision}
        rows={2}
        hint="What you compared and why it is, or is not, the same person."
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" disabled={pending} onClick={() => review("dismissed")}>
          Dismiss
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => review("confirmed")}>
          {pending ? "Saving…" : "Confirm match"}
        </Button>
      </div>
    </form>
  );
}
