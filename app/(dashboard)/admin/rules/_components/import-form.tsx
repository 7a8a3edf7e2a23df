"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { importDraftAction } from "@/lib/actions/rules";
import { Button } from "@/components/ui/button";

/** Reads an exported rule-set JSON file in the browser and sends its text to be checked as a new draft. */
export function ImportForm() {
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, start] = useTransition();
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return setErrors(["Choose a rule-set JSON file exported from Candor."]);
        start(async () => {
          const r = await importDraftAction(await file.text());
          if (!r.ok) {
            const fields = Object.entries(r.fieldErrors ?? {}).flatMap(([k, v]) =>
              v.map((m) => (k === "_form" || k === "file" ? m : `${k}: ${m}`)),
            );
            return setErrors(fields.length ? fields : [r.error]);
          }
          router.push(`/admin/rules/draft/${r.data.id}`);
        });
      }}
    >
      <label htmlFor={id} className="field-label">
        Import a rule set (JSON)
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="block w-full text-sm text-slate-600 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      {errors.length > 0 && (
        <ul role="alert" className="field-error list-disc pl-5">
          {errors.slice(0, 12).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Checking…" : "Import as a draft"}
      </Button>
    </form>
  );
}
