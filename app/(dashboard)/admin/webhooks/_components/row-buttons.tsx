"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { deleteEndpointAction, resendDeliveryAction } from "@/lib/actions/webhooks";
import { Button } from "@/components/ui/button";

function useAction(run: () => Promise<{ ok: boolean; error?: string }>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    pending,
    error,
    go: async () => {
      setPending(true);
      const result = await run();
      setPending(false);
      setError(result.ok ? null : (result.error ?? "Failed."));
      if (result.ok) router.refresh();
    },
  };
}

export function ResendButton({ deliveryId }: { deliveryId: string }) {
  const { pending, error, go } = useAction(() => resendDeliveryAction(deliveryId));
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" className="px-2.5 py-1 text-xs" disabled={pending} onClick={go}>
        {pending ? "Queuing…" : "Resend"}
      </Button>
      {error && <span className="text-xs text-red-700">{error}</span>}
    </span>
  );
}

export function RemoveEndpointButton({ endpointId, url }: { endpointId: string; url: string }) {
  const { pending, error, go } = useAction(() => deleteEndpointAction(endpointId));
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="ghost"
        className="px-2.5 py-1 text-xs text-red-700 hover:text-red-800"
        disabled={pending}
        onClick={() => {
          if (
            window.confirm(
              `Remove ${url}? Its delivery history is deleted; the audit trail keeps the change.`,
            )
          )
            void go();
        }}
      >
        {pending ? "Removing…" : "Remove"}
      </Button>
      {error && <span className="text-xs text-red-700">{error}</span>}
    </span>
  );
}
