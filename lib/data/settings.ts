import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { OrganisationSettings as Row } from "@/lib/generated/sqlite/client";
import { appendAudit } from "@/lib/data/audit";
import { assertCan } from "@/lib/auth/permissions";
import { ConflictError, fieldErrorsFromIssues, isUniqueViolation, ValidationError } from "@/lib/errors";
import {
  DEFAULT_SETTINGS, EVIDENCE_TYPES, settingsSchema, slaByPriority,
  type EvidenceType, type OrganisationSettings, type SettingsValues,
} from "@/lib/schemas/settings";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import type { MarketRateTable } from "@/lib/scoring";
import type { Actor, RequestMeta } from "@/lib/data/types";

/*
 * The organisation's settings. Case due dates and evidence uploads read them inside their own
 * transaction, so a change applies from the next write on; cases already open keep the due date
 * they were given (changing the SLA is not a reason to move a deadline someone is working to).
 */

const ROW_ID = "organisation";

function toValues(row: Row | null): SettingsValues {
  if (!row) return { ...DEFAULT_SETTINGS, evidenceTypes: [...DEFAULT_SETTINGS.evidenceTypes] };
  const stored = new Set(row.evidenceTypes.split(","));
  return {
    organisationName: row.organisationName,
    slaCriticalHours: row.slaCriticalHours,
    slaHighHours: row.slaHighHours,
    slaMediumHours: row.slaMediumHours,
    slaLowHours: row.slaLowHours,
    evidenceMaxMb: row.evidenceMaxMb,
    // Types no longer in the catalogue are dropped rather than trusted.
    evidenceTypes: EVIDENCE_TYPES.filter((t: EvidenceType) => stored.has(t)),
  };
}

/**
 * The settings as the rest of the data layer applies them (no permission needed: every signed-in
 * user's actions are governed by them). Pass the transaction when the caller is inside one.
 */
export async function loadSettings(client: Tx | Db = db): Promise<SettingsValues> {
  return toValues(await client.organisationSettings.findUnique({ where: { id: ROW_ID } }));
}

/** The organisation's name for page headers and printed reports. */
export async function organisationName(): Promise<string> {
  return (await loadSettings()).organisationName;
}

/** The settings with who last changed them, for the admin's settings page. */
export async function getSettings(actor: Actor): Promise<OrganisationSettings> {
  assertCan(actor, "settings:manage");
  const row = await db.organisationSettings.findUnique({ where: { id: ROW_ID } });
  const updatedBy = row?.updatedById ? await db.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }) : null;
  return { ...toValues(row), version: row?.version ?? 0, updatedAt: row?.updatedAt.toISOString() ?? null, updatedBy: updatedBy?.name ?? null };
}

function changes(before: SettingsValues, after: SettingsValues): { before: Partial<SettingsValues>; after: Partial<SettingsValues> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof SettingsValues)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b as Partial<SettingsValues>, after: a as Partial<SettingsValues> };
}

const STALE = "Another admin changed the settings after you opened them. Reload the page to see their change, then make yours again.";

/**
 * Saves the settings if `version` is still the current one, with an audit event of what changed
 * in the same transaction. Saving unchanged values writes nothing.
 */
export async function updateSettings(actor: Actor, raw: unknown, meta: RequestMeta): Promise<OrganisationSettings> {
  assertCan(actor, "settings:manage");
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  const { version, ...values } = parsed.data;
  try {
    await db.$transaction(async (tx) => {
      const row = await tx.organisationSettings.findUnique({ where: { id: ROW_ID } });
      if ((row?.version ?? 0) !== version) throw new ConflictError(STALE);
      const diff = changes(toValues(row), values);
      if (Object.keys(diff.after).length === 0) return;
      const data = { ...values, evidenceTypes: values.evidenceTypes.join(","), updatedById: actor.id };
      if (row) {
        // Conditional on the version read above, so of two concurrent saves only one applies.
        const { count } = await tx.organisationSettings.updateMany({ where: { id: ROW_ID, version }, data: { ...data, version: { increment: 1 } } });
        if (count !== 1) throw new ConflictError(STALE);
      } else {
        await tx.organisationSettings.create({ data: { id: ROW_ID, ...data, version: 1 } });
      }
      await appendAudit(tx, actor, meta, { action: "settings.updated", targetType: "settings", targetId: ROW_ID, before: diff.before, after: diff.after });
    });
  } catch (e) {
    // Two first saves racing: the primary key lets one in.
    if (isUniqueViolation(e)) throw new ConflictError(STALE);
    throw e;
  }
  return getSettings(actor);
}

/** Hours to decide a case by priority, read in the transaction that sets a due date. */
export async function caseSlaHours(tx: Tx): Promise<Record<number, number>> {
  return slaByPriority(await loadSettings(tx));
}

/**
 * The market-rate table the underpricing rule uses now. It is part of the rule set, so it is
 * changed in a rule-set draft and versioned, previewed and rolled back with the weights.
 */
export async function publishedMarketRates(actor: Actor): Promise<{ version: number; marketRates: MarketRateTable }> {
  assertCan(actor, "settings:manage");
  const { ruleSet, marketRates } = await db.$transaction((tx) => publishedRuleSet(tx));
  return { version: ruleSet.version, marketRates };
}
