"use client";

import { CANDIDATE_FIELDS, FIELD_BY_KEY, isErrorFileColumn, type MappingProblems } from "@/lib/import/fields";
import { unescapeCell } from "@/lib/import/values";

const label = (key: string) => FIELD_BY_KEY.get(key)?.label ?? key;

/** One row per column of the file: a sample value and the field it feeds (recognised from the header, editable). */
export function MappingTable({
  header,
  sample,
  mapping,
  problems,
  onChange,
}: {
  header: string[];
  sample: string[];
  mapping: string[];
  problems: MappingProblems;
  onChange: (mapping: string[]) => void;
}) {
  const mapped = mapping.filter(Boolean).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {mapped} of {header.length} columns recognised. Fields marked * are required; columns set to “Ignore”
        are not imported.
      </p>
      {problems.duplicated.length > 0 && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          More than one column feeds {problems.duplicated.map(label).join(", ")}. Choose one.
        </p>
      )}
      {problems.missingRequired.length > 0 && (
        <p
          role="alert"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="missing-required"
        >
          No column for {problems.missingRequired.map(label).join(", ")}. Choose one below, or add the column
          to the file (see the column guide).
        </p>
      )}
      <div className="max-h-[36rem] overflow-y-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="sticky top-0 bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">
                Column in the file
              </th>
              <th scope="col" className="px-3 py-2">
                First row
              </th>
              <th scope="col" className="px-3 py-2">
                Imported as
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {header.map((h, i) => (
              <tr key={`${i}-${h}`} className={mapping[i] ? "" : "bg-slate-50/60"}>
                <td className="px-3 py-1.5 font-medium text-slate-900">
                  {h || <span className="text-slate-400">(no header)</span>}
                  {isErrorFileColumn(h) && (
                    <span className="ml-2 text-xs font-normal text-slate-500">
                      from an error file, not imported
                    </span>
                  )}
                </td>
                {/* As it will be read: an error file's formula guard ("'+1 512…") is not part of the value. */}
                <td
                  className="max-w-56 truncate px-3 py-1.5 text-slate-600"
                  title={unescapeCell(sample[i] ?? "")}
                >
                  {unescapeCell(sample[i] ?? "")}
                </td>
                <td className="px-3 py-1.5">
                  <select
                    aria-label={`Field for column ${h || i + 1}`}
                    value={mapping[i] ?? ""}
                    onChange={(e) => onChange(mapping.map((m, j) => (j === i ? e.target.value : m)))}
                    className="field-input py-1"
                  >
                    <option value="">Ignore</option>
                    {CANDIDATE_FIELDS.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.label}
                        {f.required ? " *" : ""}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
