"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createUserAction } from "@/lib/actions/users";
import { ROLE_LABELS, ROLE_NAMES } from "@/lib/auth/permissions";
import type { FieldErrors } from "@/lib/errors";
import { options, SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

export function CreateUserForm() {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("recruiter");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setCreated(null);
    const result = await createUserAction({ email, name: name || undefined, role });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      return;
    }
    setErrors({});
    setMessage(null);
    setCreated(result.data);
    setEmail("");
    setName("");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{message}</p>}
      {created && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p>
            Created <strong>{created.email}</strong>. One-time password:
          </p>
          <p className="mt-1 font-mono text-base break-all select-all">{created.password}</p>
        </div>
      )}
      <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} />
      <TextField label="Name" value={name} onChange={setName} error={errors.name} hint="Optional" />
      <SelectField label="Role" value={role} onChange={setRole} error={errors.role} options={options(ROLE_NAMES, ROLE_LABELS)} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
