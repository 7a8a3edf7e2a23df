"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addInternalItemAction } from "@/lib/actions/watchlist";
import { INTERNAL_KIND_VALUES } from "@/lib/schemas/watchlist-kinds";
import type { FieldErrors } from "@/lib/errors";
import { options, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { KIND_LABELS } from "./labels";

/** Adds one item to the internal watchlist; every candidate is re-screened against it at once. */
export function InternalItemForm() {
  const router = useRouter();
  const [kind, setKind] = useState("");
  const [value, setValue] = useState("");
  const [reason, setReason] = useState("");
  const [source, setSource] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    start(async () => {
      const r = await addInternalItemAction({ kind, value, reason, source });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage({ ok: false, text: r.error });
        return;
      }
      setErrors({});
      setMessage({
        ok: true,
        text:
          r.data.rescreenFailed ??
          `Added. Re-screened ${r.data.screened} candidates; ${r.data.rescored} re-scored.`,
      });
      setValue("");
      setReason("");
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="add-internal-item">
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded-md px-3 py-2 text-sm ${message.ok ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      )}
      <SelectField
        label="Kind"
        value={kind}
        onChange={setKind}
        error={errors.kind}
        placeholder="Choose what to watch for"
        options={options(INTERNAL_KIND_VALUES, KIND_LABELS)}
      />
      <TextField
        label="Value"
        value={value}
        onChange={setValue}
        error={errors.value}
        hint="Exactly as it appears; emails, phones and wallets are compared after normalising."
      />
      <TextAreaField label="Reason" value={reason} onChange={setReason} error={errors.reason} rows={2} />
      <TextField
        label="Source"
        value={source}
        onChange={setSource}
        error={errors.source}
        hint="e.g. FBI PSA 2024-05-16, own investigation"
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Adding and re-screening…" : "Add to the watchlist"}
      </Button>
    </form>
  );
}
