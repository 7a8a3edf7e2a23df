export const NON_DISCRIMINATION =
  "Candor never scores who a person is: no rule reads nationality, ethnicity, native language, name origin, religion, age or any other protected characteristic; a claimed location is only compared with what was observed.";

export function NonDiscriminationStatement() {
  return (
    <section
      aria-labelledby="fairness-heading"
      className="mb-6 rounded-xl border border-brand-100 bg-brand-50 px-5 py-4"
    >
      <h2 id="fairness-heading" className="text-sm font-semibold text-brand-900">
        What the rules never look at
      </h2>
      <p className="mt-1 text-sm text-slate-800" data-testid="non-discrimination">
        {NON_DISCRIMINATION}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        Weights and thresholds change how much observed behaviour counts, never what is observed.
      </p>
    </section>
  );
}
