"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { revokeApiKeyAction } from "@/lib/actions/api-keys";

/** Revoking takes effect on the next request made with the key; it cannot be undone. */
export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const revoke = () => {
    if (!window.confirm(`Revoke the API key "${name}"? Systems using it will be refused at once.`)) return;
    start(async () => {
      const r = await revokeApiKeyAction(id);
      setError(r.ok ? null : r.error);
      router.refresh();
    });
  };
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={revoke}
        aria-label={`Revoke ${name}`}
        className="rounded-md border border-red-300 px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-40"
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
