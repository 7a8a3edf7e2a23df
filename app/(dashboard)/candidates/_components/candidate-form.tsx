"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import type { FieldErrors } from "@/lib/errors";
import { PHONE_TYPES, ROLES, SENIORITIES } from "@/lib/schemas/candidate";
import { ROLE_TITLES, SENIORITY_TITLES } from "@/lib/format/labels";
import { options, SelectField, TextField } from "@/components/forms/fields";
import { Button, ButtonLink } from "@/components/ui/button";
import { payloadFromValues, type FormValues } from "./form-values";
import { Section, type SetField } from "./section";
import { BackgroundSection, WorkHistorySection } from "./row-sections";
import { ObservationSections } from "./observation-sections";

const PHONE_TYPE_TITLES = {
  mobile: "Mobile",
  landline: "Landline",
  voip: "VoIP / virtual number",
  unknown: "Unknown",
} as const;

export function CandidateForm({
  initial,
  submit,
  submitLabel,
  cancelHref,
  timezones,
}: {
  initial: FormValues;
  submit: (payload: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;
  submitLabel: string;
  cancelHref: string;
  /** Passed from the server so the server and browser render the same list. */
  timezones: string[];
}) {
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const set: SetField = (field, value) => setValues((v) => ({ ...v, [field]: value }));
  const err = (path: string) => errors[path];

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setFormError(null);
    const result = await submit(payloadFromValues(values));
    if (result.ok) {
      router.push(`/candidates/${result.data.id}`);
      router.refresh();
      return;
    }
    setPending(false);
    setErrors(result.fieldErrors ?? {});
    setFormError(result.error);
    window.scrollTo({ top: 0, behavior: "smooth" });
  }

  const errorCount = Object.keys(errors).length;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && (
        <div
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <p className="font-medium">{formError}</p>
          {errorCount > 0 && (
            <p className="mt-1">
              Nothing was saved. {errorCount === 1 ? "One field needs" : `${errorCount} fields need`}{" "}
              attention below.
            </p>
          )}
        </div>
      )}
      <Section title="Identity and contact">
        <TextField
          label="Full name"
          value={values.fullName}
          onChange={(v) => set("fullName", v)}
          error={err("fullName")}
          autoComplete="off"
        />
        <TextField
          label="Email"
          type="email"
          value={values.email}
          onChange={(v) => set("email", v)}
          error={err("email")}
        />
        <TextField
          label="Phone"
          type="tel"
          value={values.phone}
          onChange={(v) => set("phone", v)}
          error={err("phone")}
          hint="With country code"
        />
        <SelectField
          label="Phone type"
          value={values.phoneType}
          onChange={(v) => set("phoneType", v)}
          error={err("phoneType")}
          options={options(PHONE_TYPES, PHONE_TYPE_TITLES)}
        />
        <TextField
          label="Claimed country"
          value={values.claimedCountry}
          onChange={(v) => set("claimedCountry", v)}
          error={err("claimedCountry")}
          hint="Two letters, e.g. US"
          maxLength={2}
        />
        <TextField
          label="Claimed city"
          value={values.claimedCity}
          onChange={(v) => set("claimedCity", v)}
          error={err("claimedCity")}
        />
        <TextField
          label="Time zone"
          value={values.timezone}
          onChange={(v) => set("timezone", v)}
          error={err("timezone")}
          hint="IANA name, e.g. America/Chicago"
          list="timezones"
        />
        <TextField
          label="External id (ATS)"
          value={values.externalId}
          onChange={(v) => set("externalId", v)}
          error={err("externalId")}
          hint="Optional"
        />
      </Section>
      <Section title="Role and rate">
        <SelectField
          label="Role"
          value={values.role}
          onChange={(v) => set("role", v)}
          error={err("role")}
          options={options(ROLES, ROLE_TITLES)}
          placeholder="Choose a role"
        />
        <SelectField
          label="Seniority"
          value={values.seniority}
          onChange={(v) => set("seniority", v)}
          error={err("seniority")}
          options={options(SENIORITIES, SENIORITY_TITLES)}
          placeholder="Choose a seniority"
        />
        <TextField
          label="Requested rate (USD per hour)"
          inputMode="decimal"
          value={values.requestedRate}
          onChange={(v) => set("requestedRate", v)}
          error={err("requestedRate")}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Posted rate from"
            inputMode="decimal"
            value={values.postedRateMin}
            onChange={(v) => set("postedRateMin", v)}
            error={err("postedRateMin")}
            hint="USD/h, as advertised"
          />
          <TextField
            label="Posted rate to"
            inputMode="decimal"
            value={values.postedRateMax}
            onChange={(v) => set("postedRateMax", v)}
            error={err("postedRateMax")}
            hint="Both or neither"
          />
        </div>
        <TextField
          label="Years of experience claimed"
          inputMode="numeric"
          value={values.yearsExperienceClaimed}
          onChange={(v) => set("yearsExperienceClaimed", v)}
          error={err("yearsExperienceClaimed")}
          hint="As the candidate states it"
        />
        <TextField
          className="sm:col-span-2 lg:col-span-3"
          label="Skills"
          value={values.skills}
          onChange={(v) => set("skills", v)}
          error={err("skills")}
          hint="Comma-separated, e.g. TypeScript, React, PostgreSQL"
        />
      </Section>
      <WorkHistorySection values={values} setValues={setValues} errors={errors} />
      <BackgroundSection values={values} setValues={setValues} set={set} errors={errors} />
      <ObservationSections values={values} set={set} errors={errors} />
      <datalist id="timezones">
        {timezones.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-6">
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving and scoring…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
