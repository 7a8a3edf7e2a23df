"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { updateSettingsAction } from "@/lib/actions/settings";
import type { FieldErrors } from "@/lib/errors";
import {
  EVIDENCE_MAX_MB_LIMIT,
  EVIDENCE_TYPE_CATALOGUE,
  EVIDENCE_TYPES,
  SLA_FIELDS,
  SLA_LABELS,
  SLA_MAX_HOURS,
  type EvidenceType,
  type OrganisationSettings,
  type SlaField,
} from "@/lib/schemas/settings";
import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/notices";

type Draft = { organisationName: string; evidenceMaxMb: string; evidenceTypes: EvidenceType[] } & Record<
  SlaField,
  string
>;

function draftOf(s: OrganisationSettings): Draft {
  return {
    organisationName: s.organisationName,
    slaCriticalHours: String(s.slaCriticalHours),
    slaHighHours: String(s.slaHighHours),
    slaMediumHours: String(s.slaMediumHours),
    slaLowHours: String(s.slaLowHours),
    evidenceMaxMb: String(s.evidenceMaxMb),
    evidenceTypes: [...s.evidenceTypes],
  };
}

const days = (hours: string) => {
  const h = Number(hours);
  return Number.isInteger(h) && h >= 24 ? `${+(h / 24).toFixed(1)} days` : undefined;
};

/** The organisation's settings; saved with the version it was loaded at, so a concurrent change is not overwritten. */
export function SettingsForm({ settings }: { settings: OrganisationSettings }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [version, setVersion] = useState(settings.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  // The version the server last rendered. When a refresh brings a version this form did not save
  // (someone else's change), the form takes it; its own save's refresh changes nothing here, so
  // the confirmation stays on screen however fast the refresh comes back.
  const [rendered, setRendered] = useState(settings.version);
  if (settings.version !== rendered) {
    setRendered(settings.version);
    if (settings.version > version) {
      setDraft(draftOf(settings));
      setVersion(settings.version);
      setSaved(false);
    }
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const toggleType = (t: EvidenceType) =>
    set(
      "evidenceTypes",
      draft.evidenceTypes.includes(t)
        ? draft.evidenceTypes.filter((x) => x !== t)
        : [...draft.evidenceTypes, t],
    );

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await updateSettingsAction({ ...draft, version });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.fieldErrors ? "Some settings need fixing; nothing was saved." : result.error);
      setSaved(false);
      return;
    }
    setErrors({});
    setMessage(null);
    setDraft(draftOf(result.data));
    setVersion(result.data.version);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormError message={message} />
      {saved && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Settings saved.
        </p>
      )}
      <section aria-labelledby="org-heading" className="space-y-3">
        <h3 id="org-heading" className="text-sm font-semibold text-slate-800">
          Organisation
        </h3>
        <TextField
          label="Organisation name"
          value={draft.organisationName}
          onChange={(v) => set("organisationName", v)}
          error={errors.organisationName}
          hint="Shown in the header of every page and on printed case reports."
          maxLength={100}
          className="max-w-md"
        />
      </section>

      <section aria-labelledby="sla-heading" className="space-y-3">
        <div>
          <h3 id="sla-heading" className="text-sm font-semibold text-slate-800">
            Case deadlines (SLA)
          </h3>
          <p className="mt-1 text-xs text-slate-500">
            Hours a security lead has to decide a case, by priority. New and reopened cases get the new
            deadline; cases already open keep theirs.
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {SLA_FIELDS.map((f) => (
            <TextField
              key={f}
              label={`${SLA_LABELS[f]} (hours)`}
              inputMode="numeric"
              value={draft[f]}
              onChange={(v) => set(f, v)}
              error={errors[f]}
              hint={days(draft[f]) ?? `1 to ${SLA_MAX_HOURS.toLocaleString("en-US")}`}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="evidence-heading" className="space-y-3">
        <div>
          <h3 id="evidence-heading" className="text-sm font-semibold text-slate-800">
            Evidence files
          </h3>
          <p className="mt-1 text-xs text-slate-500">
            What security leads may attach to a case. Files already attached are kept.
          </p>
        </div>
        <TextField
          label="Largest file (MB)"
          inputMode="numeric"
          value={draft.evidenceMaxMb}
          onChange={(v) => set("evidenceMaxMb", v)}
          error={errors.evidenceMaxMb}
          hint={`1 to ${EVIDENCE_MAX_MB_LIMIT}`}
          className="max-w-[12rem]"
        />
        <fieldset>
          <legend className="field-label">Allowed file types</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {EVIDENCE_TYPES.map((t) => (
              <label key={t} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={draft.evidenceTypes.includes(t)}
                  onChange={() => toggleType(t)}
                />
                <span>
                  {EVIDENCE_TYPE_CATALOGUE[t]} <span className="font-mono text-xs text-slate-500">{t}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.evidenceTypes?.length ? (
            <p className="field-error" role="alert">
              {errors.evidenceTypes.join(" ")}
            </p>
          ) : null}
        </fieldset>
      </section>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
