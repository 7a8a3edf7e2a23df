"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createDraftAction } from "@/lib/actions/rules";
import { Button } from "@/components/ui/button";

export function NewDraftButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await createDraftAction();
            if (!r.ok) return setMessage(r.error);
            router.push(`/admin/rules/draft/${r.data.id}`);
          })
        }
      >
        {pending ? "Starting…" : "Start a draft"}
      </Button>
      {message && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
