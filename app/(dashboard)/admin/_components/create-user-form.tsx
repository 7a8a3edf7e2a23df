"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createUserAction } from "@/lib/actions/users";
import { ROLE_LABELS, ROLE_NAMES } from "@/lib/auth/permissions";
import type { FieldErrors } from "@/lib/errors";
import { options, SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormError, ShownOnce } from "@/components/forms/notices";

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
      <FormError message={message} />
      {created && (
        <ShownOnce secret={created.password}>
          Created <strong>{created.email}</strong>. One-time password:
        </ShownOnce>
      )}
      <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} />
      <TextField label="Name" value={name} onChange={setName} error={errors.name} hint="Optional" />
      <SelectField
        label="Role"
        value={role}
        onChange={setRole}
        error={errors.role}
        options={options(ROLE_NAMES, ROLE_LABELS)}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
