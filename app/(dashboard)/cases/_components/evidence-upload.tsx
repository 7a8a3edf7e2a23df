"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { uploadEvidenceAction } from "@/lib/actions/cases";
import { Button } from "@/components/ui/button";

export function EvidenceUpload({ caseId, accept }: { caseId: string; accept: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      ref={form}
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        start(async () => {
          const r = await uploadEvidenceAction(caseId, data);
          if (!r.ok) return setMessage({ ok: false, text: r.fieldErrors?.file?.join(" ") ?? r.error });
          setMessage({ ok: true, text: `Stored. SHA-256 ${r.data.sha256}` });
          form.current?.reset();
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor="evidence-file" className="field-label">Add evidence</label>
        <input id="evidence-file" name="file" type="file" accept={accept} className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium" />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Uploading…" : "Upload"}</Button>
      {message && <p role={message.ok ? "status" : "alert"} className={`w-full text-sm break-all ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>}
    </form>
  );
}
