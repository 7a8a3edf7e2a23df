"use client";

import { BANDS, type Band } from "@/lib/scoring";
import type { FieldErrors } from "@/lib/errors";
import { SelectField, TextField } from "@/components/forms/fields";
import type { EditorState } from "./editor-state";
import { BAND_LABELS } from "./format";

const BOUNDS = ["medium", "high", "critical"] as const;

/** Where each band starts on 0..100 and which band opens a case. */
export function ThresholdsFields({
  state,
  errors,
  onBand,
  onCaseThreshold,
}: {
  state: EditorState;
  errors: FieldErrors;
  onBand: (band: (typeof BOUNDS)[number], value: string) => void;
  onCaseThreshold: (band: Band) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-slate-800">Bands and cases</legend>
      <div className="grid gap-4 sm:grid-cols-4">
        {BOUNDS.map((b) => (
          <TextField
            key={b}
            label={`${BAND_LABELS[b]} from`}
            inputMode="numeric"
            value={state.bands[b]}
            onChange={(v) => onBand(b, v)}
            error={errors[`bands.${b}`]}
          />
        ))}
        <SelectField
          label="A case opens from"
          value={state.caseThreshold}
          onChange={(v) => onCaseThreshold(v as Band)}
          error={errors.caseThreshold}
          options={BANDS.map((b) => ({ value: b, label: BAND_LABELS[b] }))}
        />
      </div>
      {errors.bands?.length ? (
        <p className="field-error" role="alert" data-testid="bands-error">
          {errors.bands.join(" ")}
        </p>
      ) : (
        <p className="mt-1 text-xs text-slate-500">
          Scores run from 0 to 100; below the medium threshold is low. Thresholds must increase strictly.
        </p>
      )}
    </fieldset>
  );
}
