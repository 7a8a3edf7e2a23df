"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { assignToMeAction } from "@/lib/actions/cases";

export function AssignButton({ caseId, version }: { caseId: string; version: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await assignToMeAction(caseId, version);
            if (!r.ok) setError(r.error);
            router.refresh();
          })
        }
        className="rounded-md border border-brand-600 px-2.5 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "Assigning…" : "Assign to me"}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
