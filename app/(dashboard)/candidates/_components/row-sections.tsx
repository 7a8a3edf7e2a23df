"use client";

import type { Dispatch, SetStateAction } from "react";
import type { FieldErrors } from "@/lib/errors";
import { DOCUMENT_CHECKS, PROFILE_KINDS, REFERENCE_STATUSES, VERIFICATION_STATUSES } from "@/lib/schemas/candidate";
import { VERIFICATION_TITLES } from "@/lib/format/labels";
import { options, SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { EMPTY_PROFILE, EMPTY_REFERENCE, EMPTY_WORK, type FormValues } from "./form-values";
import { Section, type SetField } from "./section";

type RowKey = "workHistory" | "references" | "onlineProfiles";
type SetValues = Dispatch<SetStateAction<FormValues>>;

function useRows<K extends RowKey>(key: K, setValues: SetValues) {
  type Row = FormValues[K][number];
  return {
    update: (index: number, patch: Partial<Row>) =>
      setValues((v) => ({ ...v, [key]: v[key].map((row, i) => (i === index ? { ...row, ...patch } : row)) })),
    add: (row: Row) => setValues((v) => ({ ...v, [key]: [...v[key], { ...row }] })),
    remove: (index: number) => setValues((v) => ({ ...v, [key]: v[key].filter((_, i) => i !== index) })),
  };
}

function RowFrame({ label, onRemove, children }: { label: string; onRemove: () => void; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:col-span-2 lg:col-span-3" role="group" aria-label={label}>
      <div className="mb-3 flex items-center justify-between">
        <span className="text-sm font-medium text-slate-700">{label}</span>
        <Button type="button" variant="ghost" onClick={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>
          Remove
        </Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">{children}</div>
    </div>
  );
}

export function WorkHistorySection({ values, setValues, errors }: { values: FormValues; setValues: SetValues; errors: FieldErrors }) {
  const rows = useRows("workHistory", setValues);
  const e = (i: number, f: string) => errors[`workHistory.${i}.${f}`];
  return (
    <Section title="Work history" description="Each position the candidate claims, and whether you could confirm it with the employer.">
      {values.workHistory.length === 0 && <p className="text-sm text-slate-500 sm:col-span-2 lg:col-span-3">No positions recorded.</p>}
      {values.workHistory.map((w, i) => (
        <RowFrame key={i} label={`Position ${i + 1}`} onRemove={() => rows.remove(i)}>
          <TextField label="Employer" value={w.employer} onChange={(v) => rows.update(i, { employer: v })} error={e(i, "employer")} />
          <TextField label="Title" value={w.title} onChange={(v) => rows.update(i, { title: v })} error={e(i, "title")} />
          <TextField label="Start" type="date" value={w.startDate} onChange={(v) => rows.update(i, { startDate: v })} error={e(i, "startDate")} />
          <TextField label="End" type="date" value={w.endDate} onChange={(v) => rows.update(i, { endDate: v })} error={e(i, "endDate")} hint="Empty if current" />
          <SelectField label="Verification" value={w.verification} onChange={(v) => rows.update(i, { verification: v })} error={e(i, "verification")} options={options(VERIFICATION_STATUSES, VERIFICATION_TITLES)} />
        </RowFrame>
      ))}
      {errors.workHistory && <p className="field-error sm:col-span-3">{errors.workHistory.join(" ")}</p>}
      <div className="sm:col-span-2 lg:col-span-3">
        <Button type="button" variant="secondary" onClick={() => rows.add(EMPTY_WORK)}>
          Add position
        </Button>
      </div>
    </Section>
  );
}

const DOCUMENT_TITLES = { consistent: "Consistent", inconsistent: "Inconsistent", not_checked: "Not checked yet" } as const;
const REFERENCE_TITLES = { reached: "Reached", unreachable: "Could not be reached", not_contacted: "Not contacted yet" } as const;
const PROFILE_TITLES = { linkedin: "LinkedIn", github: "GitHub", freelance: "Freelance platform", other: "Other" } as const;

export function BackgroundSection({ values, setValues, set, errors }: { values: FormValues; setValues: SetValues; set: SetField; errors: FieldErrors }) {
  const refs = useRows("references", setValues);
  const profiles = useRows("onlineProfiles", setValues);
  return (
    <Section title="Background checks" description="References, education, documents and online profiles.">
      <SelectField label="Education" value={values.educationVerification} onChange={(v) => set("educationVerification", v)} error={errors.educationVerification} options={options(VERIFICATION_STATUSES, VERIFICATION_TITLES)} />
      <SelectField label="Name, location and documents" value={values.documentCheck} onChange={(v) => set("documentCheck", v)} error={errors.documentCheck} options={options(DOCUMENT_CHECKS, DOCUMENT_TITLES)} hint="Do the ID documents agree with the name and claimed location?" />
      <div className="hidden lg:block" />
      {values.references.map((r, i) => (
        <RowFrame key={`ref-${i}`} label={`Reference ${i + 1}`} onRemove={() => refs.remove(i)}>
          <TextField label="Name" value={r.name} onChange={(v) => refs.update(i, { name: v })} error={errors[`references.${i}.name`]} />
          <TextField label="Email" value={r.email} onChange={(v) => refs.update(i, { email: v })} error={errors[`references.${i}.email`]} />
          <TextField label="Phone" value={r.phone} onChange={(v) => refs.update(i, { phone: v })} error={errors[`references.${i}.phone`]} />
          <SelectField label="Status" value={r.status} onChange={(v) => refs.update(i, { status: v })} error={errors[`references.${i}.status`]} options={options(REFERENCE_STATUSES, REFERENCE_TITLES)} />
        </RowFrame>
      ))}
      {values.onlineProfiles.map((o, i) => (
        <RowFrame key={`profile-${i}`} label={`Online profile ${i + 1}`} onRemove={() => profiles.remove(i)}>
          <SelectField label="Kind" value={o.kind} onChange={(v) => profiles.update(i, { kind: v })} error={errors[`onlineProfiles.${i}.kind`]} options={options(PROFILE_KINDS, PROFILE_TITLES)} />
          <TextField label="URL" value={o.url} onChange={(v) => profiles.update(i, { url: v })} error={errors[`onlineProfiles.${i}.url`]} />
          <TextField label="Created on" type="date" value={o.createdOn} onChange={(v) => profiles.update(i, { createdOn: v })} error={errors[`onlineProfiles.${i}.createdOn`]} />
          <TextField label="Connections" inputMode="numeric" value={o.connections} onChange={(v) => profiles.update(i, { connections: v })} error={errors[`onlineProfiles.${i}.connections`]} />
        </RowFrame>
      ))}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="button" variant="secondary" onClick={() => refs.add(EMPTY_REFERENCE)}>
          Add reference
        </Button>
        <Button type="button" variant="secondary" onClick={() => profiles.add(EMPTY_PROFILE)}>
          Add online profile
        </Button>
      </div>
    </Section>
  );
}
