"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deactivateInternalItemAction } from "@/lib/actions/watchlist";

/** Takes an item off the internal watchlist (it stays in the audit trail); candidates are re-screened. */
export function RemoveItemButton({ id, value }: { id: string; value: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        aria-label={`Remove ${value}`}
        onClick={() =>
          start(async () => {
            const r = await deactivateInternalItemAction(id);
            setError(r.ok ? (r.data.rescreenFailed ?? null) : r.error);
            router.refresh();
          })
        }
        className="rounded-md border border-red-300 px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        {pending ? "Removing…" : "Remove"}
      </button>
      {error && (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
