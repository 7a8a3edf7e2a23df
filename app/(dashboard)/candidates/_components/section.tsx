import type { ScalarField } from "./form-values";

export type SetField = (field: ScalarField, value: string) => void;

export function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="sr-only">{title}</legend>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-0.5 mb-4 text-sm text-slate-500">{description}</p>}
      <div className={`grid gap-4 sm:grid-cols-2 lg:grid-cols-3 ${description ? "" : "mt-4"}`}>
        {children}
      </div>
    </fieldset>
  );
}
