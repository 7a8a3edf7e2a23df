"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { uploadOfacAction, uploadUnAction, type ListImportSummary } from "@/lib/actions/watchlist";
import type { FieldErrors } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { FileField, formDataWithoutEmptyFiles } from "./file-field";

const FILES = {
  ofac: [
    {
      name: "sdn",
      file: "sdn.csv",
      required: true,
      hint: "The entries: names, types, programs and remarks.",
    },
    { name: "alt", file: "alt.csv", required: false, hint: "Aliases (a.k.a., f.k.a.)." },
    { name: "add", file: "add.csv", required: false, hint: "Addresses." },
    {
      name: "comments",
      file: "sdn_comments.csv",
      required: false,
      hint: "Remarks longer than 1,000 characters.",
    },
  ],
  un: [
    {
      name: "xml",
      file: "consolidated.xml",
      required: true,
      hint: "The Security Council consolidated list, as published.",
    },
  ],
} as const;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

function summary(r: ListImportSummary): string {
  const rescreened =
    r.rescreenFailed ??
    `Re-screened ${plural(r.screened, "candidate")}; ${r.rescored} re-scored because their matches changed.`;
  const warnings = r.warnings ? ` ${plural(r.warnings, "warning")} recorded with the snapshot.` : "";
  return `Imported ${plural(r.entries, "entry", "entries")}: ${r.added} added, ${r.removed} removed, ${r.changed} changed.${warnings} ${rescreened}`;
}

/** Uploads one published list; a rejected file is named with its line and reason, and nothing changes. */
export function ListUploadForm({ source }: { source: "ofac" | "un" }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = formDataWithoutEmptyFiles(event.currentTarget);
    setMessage(null);
    start(async () => {
      let r;
      try {
        r = await (source === "ofac" ? uploadOfacAction(data) : uploadUnAction(data));
      } catch {
        setErrors({});
        setMessage({
          ok: false,
          text: "The upload failed before Candor could check it: the files may be larger than the server accepts in one request. Nothing was imported; the command line (npm run cli -- watchlist import) takes files of any size.",
        });
        return;
      }
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setMessage({ ok: false, text: r.error });
        return;
      }
      setErrors({});
      setMessage({ ok: true, text: summary(r.data) });
      form.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" data-testid={`upload-${source}`}>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded-md px-3 py-2 text-sm ${message.ok ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      )}
      <div className={source === "ofac" ? "grid gap-4 sm:grid-cols-2" : ""}>
        {FILES[source].map((f) => (
          <FileField
            key={f.name}
            label={f.file}
            name={f.name}
            accept={source === "ofac" ? ".csv,text/csv" : ".xml,application/xml,text/xml"}
            hint={f.hint}
            required={f.required}
            error={errors[f.file]}
          />
        ))}
      </div>
      <div className="flex items-center justify-end gap-3">
        {pending && (
          <span className="text-xs text-slate-500">
            Checking the files, storing the snapshot and re-screening every candidate…
          </span>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : source === "ofac" ? "Import OFAC list" : "Import UN list"}
        </Button>
      </div>
    </form>
  );
}
