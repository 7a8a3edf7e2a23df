"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createEndpointAction } from "@/lib/actions/webhooks";
import type { FieldErrors } from "@/lib/errors";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormError, ShownOnce } from "@/components/forms/notices";

/** Registers an endpoint and shows its signing secret once. */
export function EndpointForm({
  events,
  localhostAllowed,
}: {
  events: readonly string[];
  localhostAllowed: boolean;
}) {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [chosen, setChosen] = useState<string[]>([...events]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setSecret(null);
    const result = await createEndpointAction({ url, events: chosen });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      return;
    }
    setErrors({});
    setMessage(null);
    setSecret({ url, secret: result.data.secret });
    setUrl("");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={message} />
      {secret && (
        <ShownOnce secret={secret.secret} testId="webhook-secret">
          Added <strong className="break-all">{secret.url}</strong>. Signing secret (shown once; store it with
          the receiver):
        </ShownOnce>
      )}
      <TextField
        label="Endpoint URL"
        type="url"
        value={url}
        onChange={setUrl}
        error={errors.url}
        placeholder="https://hooks.example.com/candor"
        hint={localhostAllowed ? "https://, or http://localhost while developing" : "Must be https://"}
      />
      <fieldset>
        <legend className="field-label">Events</legend>
        <div className="space-y-1.5">
          {events.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                className="size-4 rounded border-slate-300 text-brand-600"
                checked={chosen.includes(e)}
                onChange={(ev) =>
                  setChosen(ev.target.checked ? [...chosen, e] : chosen.filter((c) => c !== e))
                }
              />
              <code className="text-xs">{e}</code>
            </label>
          ))}
        </div>
        {errors.events && (
          <p className="field-error" role="alert">
            {errors.events.join(" ")}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Adding…" : "Add endpoint"}
      </Button>
    </form>
  );
}
