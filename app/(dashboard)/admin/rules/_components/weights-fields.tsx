"use client";

import { RULES, RULE_FAMILIES, type RuleFamily } from "@/lib/scoring";
import type { FieldErrors } from "@/lib/errors";
import type { EditorState } from "./editor-state";

function errorsUnder(errors: FieldErrors, key: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .flatMap(([, v]) => v);
}

/** Each rule's switch, weight and hard-stop flag, grouped by family. */
export function WeightsFields({
  state,
  errors,
  onRule,
  onHardStop,
}: {
  state: EditorState;
  errors: FieldErrors;
  onRule: (id: string, patch: Partial<EditorState["rules"][string]>) => void;
  onHardStop: (id: string, on: boolean) => void;
}) {
  return (
    <div className="grid gap-x-10 gap-y-6 xl:grid-cols-2">
      {(Object.keys(RULE_FAMILIES) as RuleFamily[]).map((family) => (
        <fieldset key={family}>
          <legend className="mb-1 text-sm font-semibold text-slate-800">{RULE_FAMILIES[family]}</legend>
          <table className="min-w-full text-sm">
            <tbody className="divide-y divide-slate-100">
              {RULES.filter((r) => r.family === family).map((r) => {
                const setting = state.rules[r.id] ?? { enabled: false, weight: String(r.defaultWeight) };
                const errs = errorsUnder(errors, `rules.${r.id}`);
                const stop = state.hardStops.includes(r.id);
                return (
                  <tr key={r.id} className="align-top">
                    <td className="py-2 pr-3">
                      <label className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          className="mt-0.5"
                          checked={setting.enabled}
                          onChange={(e) => onRule(r.id, { enabled: e.target.checked })}
                          aria-label={`On: ${r.title}`}
                        />
                        <span className={setting.enabled ? "text-slate-900" : "text-slate-500"}>
                          {r.title}
                        </span>
                      </label>
                    </td>
                    <td className="w-36 py-2 pr-3">
                      <input
                        type="text"
                        inputMode="decimal"
                        className="field-input py-1 text-right tabular-nums"
                        aria-label={`Weight: ${r.title}`}
                        aria-invalid={errs.length ? true : undefined}
                        value={setting.weight}
                        onChange={(e) => onRule(r.id, { weight: e.target.value })}
                      />
                      {errs.length > 0 && (
                        <p className="field-error" role="alert">
                          {errs.join(" ")}
                        </p>
                      )}
                      {Number(setting.weight) !== r.defaultWeight && (
                        <p className="mt-0.5 text-right text-xs text-slate-500">default {r.defaultWeight}</p>
                      )}
                    </td>
                    <td className="w-28 py-2 text-xs">
                      <label className="flex items-center gap-1.5 text-slate-600">
                        <input
                          type="checkbox"
                          checked={stop}
                          onChange={(e) => onHardStop(r.id, e.target.checked)}
                          aria-label={`Hard stop: ${r.title}`}
                        />
                        Hard stop
                      </label>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      ))}
    </div>
  );
}

export { errorsUnder };
