"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { changeUserRoleAction, setUserDisabledAction } from "@/lib/actions/users";
import { ROLE_LABELS, ROLE_NAMES, type RoleName } from "@/lib/auth/permissions";

/** Role and access controls for one user; the server refuses to demote or disable the last admin. */
export function UserActions({
  userId,
  email,
  role,
  disabled,
  isSelf,
}: {
  userId: string;
  email: string;
  role: RoleName;
  disabled: boolean;
  isSelf: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (work: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const r = await work();
      setError(r.ok ? null : (r.error ?? "Something went wrong."));
      router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role for {email}
      </label>
      <select
        id={`role-${userId}`}
        value={role}
        disabled={pending}
        onChange={(e) => run(() => changeUserRoleAction(userId, e.target.value))}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLE_NAMES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={pending || isSelf}
        title={isSelf ? "You cannot disable your own account" : undefined}
        onClick={() => run(() => setUserDisabledAction(userId, !disabled))}
        className={`rounded-md border px-2.5 py-1 text-xs font-medium disabled:opacity-40 ${disabled ? "border-emerald-600 text-emerald-700" : "border-red-300 text-red-700"}`}
      >
        {disabled ? "Enable" : "Disable"}
      </button>
      {error && (
        <span role="alert" className="w-full text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
