/** The form-level error above a form's fields. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

/** A secret (password, API key, signing secret) shown once, right after it was created. */
export function ShownOnce({
  children,
  secret,
  testId,
}: {
  children: React.ReactNode;
  secret: string;
  testId?: string;
}) {
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
    >
      <p>{children}</p>
      <p data-testid={testId} className="mt-1 font-mono text-sm break-all select-all">
        {secret}
      </p>
    </div>
  );
}
