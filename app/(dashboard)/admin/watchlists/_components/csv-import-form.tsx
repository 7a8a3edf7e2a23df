"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { importInternalCsvAction } from "@/lib/actions/watchlist";
import type { FieldErrors } from "@/lib/errors";
import { TextAreaField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FileField, formDataWithoutEmptyFiles } from "./file-field";
import { CSV_TEMPLATE } from "./labels";

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(CSV_TEMPLATE)}`;

/** Imports many internal items at once: every row is checked first, and one bad row imports nothing. */
export function CsvImportForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const rowErrors = Object.entries(errors).filter(([key]) => key !== "file");

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = formDataWithoutEmptyFiles(event.currentTarget);
    data.set("text", text);
    start(async () => {
      let r;
      try {
        r = await importInternalCsvAction(data);
      } catch {
        setErrors({});
        setMessage({
          ok: false,
          text: "The upload failed before Candor could check it (is the file very large?). Nothing was imported.",
        });
        return;
      }
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
          `Imported ${r.data.imported} items. Re-screened ${r.data.screened} candidates; ${r.data.rescored} re-scored.`,
      });
      setText("");
      form.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" data-testid="import-internal-csv">
      <p className="text-sm text-slate-600">
        Columns <code className="rounded bg-slate-100 px-1 font-mono text-xs">kind,value,reason,source</code>;
        kinds are name, email, phone, wallet, bank_account, address and company.{" "}
        <a
          href={TEMPLATE_HREF}
          download="candor-internal-watchlist-template.csv"
          className="font-medium text-brand-700 hover:underline"
        >
          Download the template
        </a>
      </p>
      {message && (
        <div
          role={message.ok ? "status" : "alert"}
          className={`rounded-md px-3 py-2 text-sm ${message.ok ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          <p>{message.text}</p>
          {rowErrors.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="csv-row-errors">
              {rowErrors.map(([key, messages]) => (
                <li key={key}>
                  <strong>{key === "_form" ? "Also" : key}</strong>: {messages.join(" ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FileField label="CSV file" name="file" accept=".csv,text/csv" error={errors.file} required />
      <TextAreaField
        label="…or paste the rows"
        value={text}
        onChange={setText}
        rows={4}
        hint="Used when no file is chosen. Include the header row."
      />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full">
        {pending ? "Importing…" : "Import CSV"}
      </Button>
    </form>
  );
}
