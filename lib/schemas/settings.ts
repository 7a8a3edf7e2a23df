import { z } from "zod";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";

/**
 * The organisation's settings: its name, how long each case priority has before it is overdue,
 * and which evidence files may be attached. One schema for the settings form, its server action
 * and the data layer.
 */

/** Evidence types Candor knows how to store and serve safely; admins choose a subset. */
export const EVIDENCE_TYPE_CATALOGUE = {
  "application/pdf": "PDF",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "text/plain": "text",
  "text/csv": "CSV",
  "message/rfc822": "email (.eml)",
} as const satisfies Record<string, string>;

export type EvidenceType = keyof typeof EVIDENCE_TYPE_CATALOGUE;
export const EVIDENCE_TYPES = Object.keys(EVIDENCE_TYPE_CATALOGUE) as EvidenceType[];

/** An upload is written to disk as it streams in; 50 MB bounds the disk and time one may take (and list files share the 60 MB body limits in next.config.ts). */
export const EVIDENCE_MAX_MB_LIMIT = 50;
/** Ninety days: a case left longer than that is not being worked, whatever the setting says. */
export const SLA_MAX_HOURS = 2_160;

export const SLA_FIELDS = ["slaCriticalHours", "slaHighHours", "slaMediumHours", "slaLowHours"] as const;
export type SlaField = (typeof SLA_FIELDS)[number];
export const SLA_LABELS: Record<SlaField, string> = {
  slaCriticalHours: "P1 · critical",
  slaHighHours: "P2 · high",
  slaMediumHours: "P3 · medium",
  slaLowHours: "P4 · low",
};

const hours = z.coerce
  .number({ error: "Enter a number of hours" })
  .int("Use whole hours")
  .min(1, "At least 1 hour")
  .max(SLA_MAX_HOURS, `At most ${SLA_MAX_HOURS.toLocaleString("en-US")} hours (90 days)`);

export const settingsSchema = z
  .object({
    organisationName: z
      .string({ error: "Enter the organisation's name" })
      .trim()
      .min(1, "Enter the organisation's name")
      .max(100, "At most 100 characters")
      .refine(isStorableText, UNSTORABLE_MESSAGE),
    slaCriticalHours: hours,
    slaHighHours: hours,
    slaMediumHours: hours,
    slaLowHours: hours,
    evidenceMaxMb: z.coerce
      .number({ error: "Enter a size in MB" })
      .int("Use whole megabytes")
      .min(1, "At least 1 MB")
      .max(EVIDENCE_MAX_MB_LIMIT, `At most ${EVIDENCE_MAX_MB_LIMIT} MB`),
    evidenceTypes: z
      .array(
        z.enum(EVIDENCE_TYPES as [EvidenceType, ...EvidenceType[]], {
          error: "Choose from the listed file types",
        }),
        { error: "Choose at least one file type" },
      )
      .min(1, "Choose at least one file type")
      .transform((types) => EVIDENCE_TYPES.filter((t) => types.includes(t))),
    /** The version the form was loaded with; a save based on an older one is refused. */
    version: z.coerce.number().int().min(0),
  })
  .superRefine((s, ctx) => {
    // A more urgent priority must never be given longer than a less urgent one.
    for (let i = 1; i < SLA_FIELDS.length; i++) {
      const more = SLA_FIELDS[i - 1]!;
      const less = SLA_FIELDS[i]!;
      if (s[less] < s[more]) {
        ctx.addIssue({
          code: "custom",
          path: [less],
          message: `Must be at least the ${SLA_LABELS[more]} time (${s[more]} hours)`,
        });
      }
    }
  });

export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsValues = Omit<z.output<typeof settingsSchema>, "version">;

export interface OrganisationSettings extends SettingsValues {
  /** 0 until the settings are first saved. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const DEFAULT_SETTINGS: SettingsValues = {
  organisationName: "Candor",
  slaCriticalHours: 24,
  slaHighHours: 72,
  slaMediumHours: 168,
  slaLowHours: 336,
  evidenceMaxMb: 10,
  evidenceTypes: [...EVIDENCE_TYPES],
};

/** Hours to decide a case, by priority (1 = critical), as lib/cases/policy.ts dueAtFor takes them. */
export function slaByPriority(s: Pick<SettingsValues, SlaField>): Record<number, number> {
  return { 1: s.slaCriticalHours, 2: s.slaHighHours, 3: s.slaMediumHours, 4: s.slaLowHours };
}
