"use client";

import type { Dispatch, SetStateAction } from "react";
import type { FieldErrors } from "@/lib/errors";
import {
  DOCUMENT_CHECKS,
  PROFILE_KINDS,
  PROFILE_RESUME_CHECKS,
  REFERENCE_STATUSES,
  REGISTRY_STATUSES,
  VERIFICATION_STATUSES,
} from "@/lib/schemas/candidate";
import { PROFILE_RESUME_TITLES, REGISTRY_TITLES, VERIFICATION_TITLES } from "@/lib/format/labels";
import { options, SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import {
  EMPTY_PROFILE,
  EMPTY_REFERENCE,
  EMPTY_WORK,
  type EducationRow,
  type FormValues,
} from "./form-values";
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

function RowFrame({
  label,
  onRemove,
  children,
}: {
  label: string;
  onRemove: () => void;
  children: React.ReactNode;
}) {
  return (
    <div
      className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:col-span-2 lg:col-span-3"
      role="group"
      aria-label={label}
    >
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

export function WorkHistorySection({
  values,
  setValues,
  errors,
}: {
  values: FormValues;
  setValues: SetValues;
  errors: FieldErrors;
}) {
  const rows = useRows("workHistory", setValues);
  const e = (i: number, f: string) => errors[`workHistory.${i}.${f}`];
  return (
    <Section
      title="Work history"
      description="Each position the candidate claims, whether the employer confirmed it, and what the company registry of its country says."
    >
      {values.workHistory.length === 0 && (
        <p className="text-sm text-slate-500 sm:col-span-2 lg:col-span-3">No positions recorded.</p>
      )}
      {values.workHistory.map((w, i) => (
        <RowFrame key={i} label={`Position ${i + 1}`} onRemove={() => rows.remove(i)}>
          <TextField
            label="Employer"
            value={w.employer}
            onChange={(v) => rows.update(i, { employer: v })}
            error={e(i, "employer")}
          />
          <TextField
            label="Title"
            value={w.title}
            onChange={(v) => rows.update(i, { title: v })}
            error={e(i, "title")}
          />
          <TextField
            label="Start"
            type="date"
            value={w.startDate}
            onChange={(v) => rows.update(i, { startDate: v })}
            error={e(i, "startDate")}
          />
          <TextField
            label="End"
            type="date"
            value={w.endDate}
            onChange={(v) => rows.update(i, { endDate: v })}
            error={e(i, "endDate")}
            hint="Empty if current"
          />
          <SelectField
            label="Verification"
            value={w.verification}
            onChange={(v) => rows.update(i, { verification: v })}
            error={e(i, "verification")}
            options={options(VERIFICATION_STATUSES, VERIFICATION_TITLES)}
          />
          <TextField
            label="Employer country"
            value={w.country}
            onChange={(v) => rows.update(i, { country: v })}
            error={e(i, "country")}
            hint="Two letters, e.g. GB"
            maxLength={2}
          />
          <SelectField
            label="Company registry"
            value={w.registryStatus}
            onChange={(v) => rows.update(i, { registryStatus: v })}
            error={e(i, "registryStatus")}
            options={options(REGISTRY_STATUSES, REGISTRY_TITLES)}
            placeholder="Not recorded"
            hint="Look the employer up in its country's registry"
          />
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

/** The highest degree claimed, as the resume states it; the years are compared with the work history. */
function EducationFields({
  education,
  setValues,
  errors,
}: {
  education: EducationRow;
  setValues: SetValues;
  errors: FieldErrors;
}) {
  const update = (patch: Partial<EducationRow>) =>
    setValues((v) => ({ ...v, education: { ...v.education, ...patch } }));
  const e = (f: keyof EducationRow) => errors[`education.${f}`];
  return (
    <div
      className="rounded-lg border border-slate-200 bg-slate-50/60 p-4 sm:col-span-2 lg:col-span-3"
      role="group"
      aria-label="Education claimed"
    >
      <span className="mb-3 block text-sm font-medium text-slate-700">Education claimed</span>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <TextField
          label="Institution"
          value={education.institution}
          onChange={(v) => update({ institution: v })}
          error={e("institution")}
        />
        <TextField
          label="Country"
          value={education.country}
          onChange={(v) => update({ country: v })}
          error={e("country")}
          hint="Two letters"
          maxLength={2}
        />
        <TextField
          label="Degree"
          value={education.degree}
          onChange={(v) => update({ degree: v })}
          error={e("degree")}
        />
        <TextField
          label="Start year"
          inputMode="numeric"
          value={education.startYear}
          onChange={(v) => update({ startYear: v })}
          error={e("startYear")}
        />
        <TextField
          label="Graduation year"
          inputMode="numeric"
          value={education.endYear}
          onChange={(v) => update({ endYear: v })}
          error={e("endYear")}
          hint="Empty if not finished"
        />
      </div>
    </div>
  );
}

const DOCUMENT_TITLES = {
  consistent: "Consistent",
  inconsistent: "Inconsistent",
  not_checked: "Not checked yet",
} as const;
const REFERENCE_TITLES = {
  reached: "Reached",
  unreachable: "Could not be reached",
  not_contacted: "Not contacted yet",
} as const;
const PROFILE_TITLES = {
  linkedin: "LinkedIn",
  github: "GitHub",
  freelance: "Freelance platform",
  other: "Other",
} as const;

export function BackgroundSection({
  values,
  setValues,
  set,
  errors,
}: {
  values: FormValues;
  setValues: SetValues;
  set: SetField;
  errors: FieldErrors;
}) {
  const refs = useRows("references", setValues);
  const profiles = useRows("onlineProfiles", setValues);
  return (
    <Section title="Background checks" description="References, education, documents and online profiles.">
      <SelectField
        label="Education"
        value={values.educationVerification}
        onChange={(v) => set("educationVerification", v)}
        error={errors.educationVerification}
        options={options(VERIFICATION_STATUSES, VERIFICATION_TITLES)}
      />
      <SelectField
        label="Name, location and documents"
        value={values.documentCheck}
        onChange={(v) => set("documentCheck", v)}
        error={errors.documentCheck}
        options={options(DOCUMENT_CHECKS, DOCUMENT_TITLES)}
        hint="Do the ID documents agree with the name and claimed location?"
      />
      <SelectField
        label="Online profiles against the resume"
        value={values.onlineProfilesMatchResume}
        onChange={(v) => set("onlineProfilesMatchResume", v)}
        error={errors.onlineProfilesMatchResume}
        options={options(PROFILE_RESUME_CHECKS, PROFILE_RESUME_TITLES)}
        placeholder="Not recorded"
        hint="Same employers, dates and picture as on the resume?"
      />
      <EducationFields education={values.education} setValues={setValues} errors={errors} />
      {values.references.map((r, i) => (
        <RowFrame key={`ref-${i}`} label={`Reference ${i + 1}`} onRemove={() => refs.remove(i)}>
          <TextField
            label="Name"
            value={r.name}
            onChange={(v) => refs.update(i, { name: v })}
            error={errors[`references.${i}.name`]}
          />
          <TextField
            label="Email"
            value={r.email}
            onChange={(v) => refs.update(i, { email: v })}
            error={errors[`references.${i}.email`]}
          />
          <TextField
            label="Phone"
            value={r.phone}
            onChange={(v) => refs.update(i, { phone: v })}
            error={errors[`references.${i}.phone`]}
          />
          <SelectField
            label="Status"
            value={r.status}
            onChange={(v) => refs.update(i, { status: v })}
            error={errors[`references.${i}.status`]}
            options={options(REFERENCE_STATUSES, REFERENCE_TITLES)}
          />
        </RowFrame>
      ))}
      {values.onlineProfiles.map((o, i) => (
        <RowFrame key={`profile-${i}`} label={`Online profile ${i + 1}`} onRemove={() => profiles.remove(i)}>
          <SelectField
            label="Kind"
            value={o.kind}
            onChange={(v) => profiles.update(i, { kind: v })}
            error={errors[`onlineProfiles.${i}.kind`]}
            options={options(PROFILE_KINDS, PROFILE_TITLES)}
          />
          <TextField
            label="URL"
            value={o.url}
            onChange={(v) => profiles.update(i, { url: v })}
            error={errors[`onlineProfiles.${i}.url`]}
          />
          <TextField
            label="Created on"
            type="date"
            value={o.createdOn}
            onChange={(v) => profiles.update(i, { createdOn: v })}
            error={errors[`onlineProfiles.${i}.createdOn`]}
          />
          <TextField
            label="Connections"
            inputMode="numeric"
            value={o.connections}
            onChange={(v) => profiles.update(i, { connections: v })}
            error={errors[`onlineProfiles.${i}.connections`]}
          />
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
