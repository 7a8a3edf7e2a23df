"use client";

import { useId } from "react";

interface BaseProps {
  label: string;
  error?: string[];
  hint?: string;
  className?: string;
}

function Messages({ id, error, hint }: { id: string; error?: string[]; hint?: string }) {
  return (
    <>
      {hint && !error?.length && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error?.length ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  ...input
}: BaseProps & { value: string; onChange: (v: string) => void } & Omit<
    React.InputHTMLAttributes<HTMLInputElement>,
    "value" | "onChange"
  >) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${id}-error` : undefined}
        className="field-input"
        {...input}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  rows = 4,
}: BaseProps & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        className="field-input"
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  options,
  placeholder,
}: BaseProps & {
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${id}-error` : undefined}
        className="field-input"
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

const YES_NO = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
] as const;

/** A yes/no observation where "not recorded" is a real third answer, not a silent "no". */
export function ObservationField(props: BaseProps & { value: string; onChange: (v: string) => void }) {
  return <SelectField {...props} options={YES_NO} placeholder="Not recorded" />;
}

export function options<T extends string>(values: readonly T[], titles: Record<T, string>) {
  return values.map((value) => ({ value, label: titles[value] }));
}
