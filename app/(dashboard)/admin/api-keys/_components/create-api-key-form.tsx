"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { API_SCOPES, SCOPE_DESCRIPTIONS, type ApiScope } from "@/lib/api/scopes";
import type { FieldErrors } from "@/lib/errors";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormError, ShownOnce } from "@/components/forms/notices";

/** Creates a key and shows it once; it cannot be displayed again after this page is left. */
export function CreateApiKeyForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiScope[]>(["candidates:read", "candidates:write"]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [pending, setPending] = useState(false);

  const toggle = (scope: ApiScope) =>
    setScopes((current) =>
      current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope],
    );

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setCreated(null);
    const result = await createApiKeyAction({ name, scopes });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      return;
    }
    setErrors({});
    setMessage(null);
    setCreated({ name: result.data.name, token: result.data.token });
    setName("");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={message} />
      {created && (
        <ShownOnce secret={created.token} testId="new-api-key">
          Created <strong>{created.name}</strong>. Copy the key now; it will not be shown again:
        </ShownOnce>
      )}
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        error={errors.name}
        hint="Which system uses it, e.g. Greenhouse production"
      />
      <fieldset>
        <legend className="field-label">Scopes</legend>
        <div className="mt-1 space-y-2">
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={() => toggle(scope)}
                className="mt-0.5"
              />
              <span>
                <span className="font-mono text-xs text-slate-900">{scope}</span>
                <span className="block text-xs text-slate-500">{SCOPE_DESCRIPTIONS[scope]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.scopes?.length ? (
          <p className="field-error" role="alert">
            {errors.scopes.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create key"}
      </Button>
    </form>
  );
}
