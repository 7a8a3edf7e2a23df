"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { evidenceUploadUrl, FILE_NAME_HEADER, tooLargeMessage } from "@/lib/evidence/limits";
import { Button } from "@/components/ui/button";

type UploadAnswer = { data: { id: string; sha256: string } } | { error: { message: string } };

/**
 * Sends the file itself as the request body to the upload route, which streams it (a server
 * action buffers the whole body and was cut at 10 MB). A file over the organisation's limit is
 * refused here before any byte is sent, with the same words the server would use.
 */
export function EvidenceUpload({ caseId, accept, maxMb }: { caseId: string; accept: string; maxMb: number }) {
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
        const file = new FormData(e.currentTarget).get("file");
        if (!(file instanceof File) || file.size === 0)
          return setMessage({ ok: false, text: "Choose a file to upload" });
        if (file.size > maxMb * 1024 * 1024)
          return setMessage({ ok: false, text: tooLargeMessage(file.size, maxMb) });
        start(async () => {
          const answer = await fetch(evidenceUploadUrl(caseId), {
            method: "POST",
            headers: {
              [FILE_NAME_HEADER]: encodeURIComponent(file.name),
              "content-type": file.type || "application/octet-stream",
            },
            body: file,
          })
            .then(
              async (r) =>
                ((await r.json().catch(() => null)) as UploadAnswer | null) ?? {
                  error: { message: `The upload failed (HTTP ${r.status}).` },
                },
            )
            .catch(
              () =>
                ({
                  error: {
                    message: "The upload did not reach the server. Check the connection and try again.",
                  },
                }) as UploadAnswer,
            );
          if ("error" in answer) return setMessage({ ok: false, text: answer.error.message });
          setMessage({ ok: true, text: `Stored. SHA-256 ${answer.data.sha256}` });
          form.current?.reset();
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor="evidence-file" className="field-label">
          Add evidence
        </label>
        <input
          id="evidence-file"
          name="file"
          type="file"
          accept={accept}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Uploading…" : "Upload"}
      </Button>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`w-full text-sm break-all ${message.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
