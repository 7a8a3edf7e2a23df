"use client";

import { useId } from "react";

/** A labelled file input with its hint and field error, in the style of components/forms/fields. */
export function FileField({
  label,
  name,
  accept,
  hint,
  error,
  required,
}: {
  label: string;
  name: string;
  accept: string;
  hint?: string;
  error?: string[];
  required?: boolean;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
        {!required && <span className="ml-1 font-normal text-slate-500">(optional)</span>}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${id}-error` : undefined}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-200"
      />
      {hint && !error?.length && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error?.length ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The form's data without the empty entries that file inputs left blank still submit. */
export function formDataWithoutEmptyFiles(form: HTMLFormElement): FormData {
  const data = new FormData(form);
  for (const [key, value] of [...data.entries()])
    if (value instanceof File && value.size === 0) data.delete(key);
  return data;
}
