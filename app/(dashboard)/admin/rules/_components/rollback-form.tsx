"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { rollbackAction } from "@/lib/actions/rules";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/** Publishes a copy of an earlier version as the next one, with a note saying why. */
export function RollbackForm({ version, nextVersion }: { version: number; nextVersion: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => setOpen(true)}>
        Restore v{version}
      </Button>
    );
  }
  return (
    <form
      noValidate
      className="mt-2 w-80 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await rollbackAction(version, { note });
          if (!r.ok) return setError(r.fieldErrors?.note ?? [r.error]);
          setOpen(false);
          setNote("");
          setError(undefined);
          router.push(`/admin/rules/versions?published=${r.data.version}`);
          router.refresh();
        });
      }}
    >
      <TextAreaField
        label={`Why restore v${version}?`}
        value={note}
        onChange={setNote}
        error={error}
        rows={2}
        hint={`Publishes a copy of v${version} as v${nextVersion}; nothing in the history changes.`}
      />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" className="px-2.5 py-1 text-xs" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" className="px-2.5 py-1 text-xs" disabled={pending}>
          {pending ? "Publishing…" : `Publish as v${nextVersion}`}
        </Button>
      </div>
    </form>
  );
}
