"use client";

import { ROLES, SENIORITIES, type Role, type Seniority } from "@/lib/schemas/candidate";
import type { FieldErrors } from "@/lib/errors";
import { ROLE_TITLES, SENIORITY_TITLES } from "@/lib/format/labels";
import { TextAreaField } from "@/components/forms/fields";
import type { EditorState } from "./editor-state";
import { errorsUnder } from "./weights-fields";

/** The hourly US market rates the underpricing rule compares with, and the country factors applied to them. */
export function MarketRatesFields({
  state,
  errors,
  onRate,
  onCountryFactors,
}: {
  state: EditorState;
  errors: FieldErrors;
  onRate: (role: Role, seniority: Seniority, value: string) => void;
  onCountryFactors: (text: string) => void;
}) {
  const factorErrors = errorsUnder(errors, "marketRates.countryFactors");
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-slate-800">
        Market rates (USD per hour, US market)
      </legend>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead className="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th className="py-1 pr-3">Role</th>
              {SENIORITIES.map((s) => (
                <th key={s} className="py-1 pr-3 text-right">
                  {SENIORITY_TITLES[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROLES.map((role) => (
              <tr key={role}>
                <td className="py-1 pr-3 text-slate-700">{ROLE_TITLES[role]}</td>
                {SENIORITIES.map((s) => {
                  const errs = errors[`marketRates.rates.${role}.${s}`];
                  return (
                    <td key={s} className="w-28 py-1 pr-3">
                      <input
                        type="text"
                        inputMode="decimal"
                        className="field-input py-1 text-right tabular-nums"
                        aria-label={`Rate: ${ROLE_TITLES[role]}, ${SENIORITY_TITLES[s]}`}
                        aria-invalid={errs?.length ? true : undefined}
                        value={state.rates[role][s]}
                        onChange={(e) => onRate(role, s, e.target.value)}
                      />
                      {errs?.length ? (
                        <p className="field-error" role="alert">
                          {errs.join(" ")}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TextAreaField
        className="mt-4"
        label="Country factors"
        rows={6}
        value={state.countryFactors}
        onChange={onCountryFactors}
        error={factorErrors.length ? factorErrors : undefined}
        hint='One per line, e.g. "PL = 0.55": the local market level as a share of the US rate. A country not listed counts as 1.'
      />
    </fieldset>
  );
}
