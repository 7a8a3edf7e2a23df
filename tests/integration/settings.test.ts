import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { getSettings, loadSettings, publishedMarketRates, updateSettings } from "@/lib/data/settings";
import { addEvidence } from "@/lib/data/case-evidence";
import { ConflictError, ForbiddenError, PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { DEFAULT_SETTINGS, type SettingsInput, type SettingsValues } from "@/lib/schemas/settings";
import { createActor, rejectionOf, requestMeta, uid, type TestActor } from "./support/fixtures";
import { candidateWithCase, createTeam, type Team } from "./support/case-fixtures";

/*
 * The organisation's settings: admin only, validated with field errors, saved with an audit
 * event only when the version is current, and applied to new case deadlines and evidence uploads.
 * Other test files share this database and expect the default SLA and evidence limits, so the
 * values found at the start are put back at the end.
 */

let admin: TestActor;
let team: Team;
let original: SettingsValues;

const snapshot = () => db.organisationSettings.findUnique({ where: { id: "organisation" } });
const settingsAudit = () => db.auditEvent.count({ where: { action: "settings.updated" } });

/** The current values and version as the settings form would submit them, with `changes` applied. */
async function current(changes: Partial<SettingsInput> = {}): Promise<SettingsInput> {
  const s = await getSettings(admin);
  const values: SettingsValues = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(values) as (keyof SettingsValues)[]) Object.assign(values, { [key]: s[key] });
  return { ...values, version: s.version, ...changes };
}

async function save(changes: Partial<SettingsInput>, actor: TestActor = admin) {
  return updateSettings(actor, await current(changes), requestMeta());
}

beforeAll(async () => {
  admin = await createActor("admin");
  team = await createTeam();
  original = await loadSettings();
});

afterAll(async () => {
  await save({ ...original });
  expect(await loadSettings()).toEqual(original);
});

describe("who may change the settings", () => {
  test.each(["recruiter", "security_lead"] as const)(
    "a %s can neither read nor change them, and nothing is written",
    async (role) => {
      const actor = await createActor(role);
      const before = await snapshot();
      await rejectionOf(getSettings(actor), ForbiddenError);
      await rejectionOf(publishedMarketRates(actor), ForbiddenError);
      await rejectionOf(
        updateSettings(
          actor,
          { ...DEFAULT_SETTINGS, organisationName: `Hijack ${uid()}`, version: 99 },
          requestMeta(),
        ),
        ForbiddenError,
      );
      expect(await snapshot()).toEqual(before);
    },
  );

  test("an admin sees the market rates of the published rule set", async () => {
    const { version, marketRates } = await publishedMarketRates(admin);
    const latest = await db.ruleSetVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    expect(version).toBe(latest.version);
    expect(marketRates.rates.backend_engineer.senior).toBeGreaterThan(0);
  });
});

describe("saving", () => {
  test("records who changed what, with the fields that changed, in the audit trail", async () => {
    const name = `Org ${uid()}`;
    const before = await getSettings(admin);
    const meta = requestMeta();
    const saved = await updateSettings(
      admin,
      {
        ...DEFAULT_SETTINGS,
        ...original,
        organisationName: `  ${name}  `,
        slaLowHours: original.slaLowHours + 1,
        version: before.version,
      },
      meta,
    );
    expect(saved).toMatchObject({
      organisationName: name,
      slaLowHours: original.slaLowHours + 1,
      version: before.version + 1,
      updatedBy: admin.name,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } });
    expect(event).toMatchObject({
      action: "settings.updated",
      actorId: admin.id,
      targetType: "settings",
      before: { organisationName: before.organisationName, slaLowHours: original.slaLowHours },
      after: { organisationName: name, slaLowHours: original.slaLowHours + 1 },
    });
    expect(Object.keys(event.after as object).sort()).toEqual(["organisationName", "slaLowHours"]);
  });

  test("saving unchanged values writes nothing", async () => {
    const before = await snapshot();
    const audits = await settingsAudit();
    await save({});
    expect(await snapshot()).toEqual(before);
    expect(await settingsAudit()).toBe(audits);
  });

  test("a save based on an older version is refused and changes nothing", async () => {
    const { version } = await getSettings(admin);
    await save({ organisationName: `First ${uid()}` });
    const before = await snapshot();
    const audits = await settingsAudit();
    const err = await rejectionOf(
      updateSettings(
        admin,
        { ...DEFAULT_SETTINGS, organisationName: `Stale ${uid()}`, version },
        requestMeta(),
      ),
      ConflictError,
    );
    expect(err.message).toMatch(/Another admin changed the settings/);
    expect(await snapshot()).toEqual(before);
    expect(await settingsAudit()).toBe(audits);
  });

  test("of two saves from the same version, exactly one applies", async () => {
    const base = await current();
    const version = base.version;
    const names = [`Racer A ${uid()}`, `Racer B ${uid()}`];
    const results = await Promise.allSettled(
      names.map((organisationName) => updateSettings(admin, { ...base, organisationName }, requestMeta())),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
    const now = await getSettings(admin);
    expect(now.version).toBe(Number(version) + 1);
    expect(names).toContain(now.organisationName);
  });

  test.each([
    { label: "an empty name", changes: { organisationName: "   " }, field: "organisationName" },
    {
      label: "a name over 100 characters",
      changes: { organisationName: "x".repeat(101) },
      field: "organisationName",
    },
    { label: "fractional hours", changes: { slaCriticalHours: 1.5 }, field: "slaCriticalHours" },
    { label: "zero hours", changes: { slaHighHours: 0 }, field: "slaHighHours" },
    { label: "more than 90 days", changes: { slaLowHours: 2_161 }, field: "slaLowHours" },
    { label: "hours that are not a number", changes: { slaMediumHours: "soon" }, field: "slaMediumHours" },
    {
      label: "high given longer than medium",
      changes: { slaHighHours: 200, slaMediumHours: 100, slaLowHours: 300 },
      field: "slaMediumHours",
    },
    { label: "a 0 MB limit", changes: { evidenceMaxMb: 0 }, field: "evidenceMaxMb" },
    { label: "a limit over 50 MB", changes: { evidenceMaxMb: 51 }, field: "evidenceMaxMb" },
    { label: "no file types", changes: { evidenceTypes: [] }, field: "evidenceTypes" },
    { label: "an unknown file type", changes: { evidenceTypes: ["text/html"] }, field: "evidenceTypes.0" },
  ])("$label → a field error on $field, and nothing is written", async ({ changes, field }) => {
    const before = await snapshot();
    const audits = await settingsAudit();
    const err = await rejectionOf(save(changes as Partial<SettingsInput>), ValidationError);
    expect(Object.keys(err.fieldErrors)).toEqual([field]);
    expect(await snapshot()).toEqual(before);
    expect(await settingsAudit()).toBe(audits);
  });
});

describe("the settings apply to new work", () => {
  test("a newly opened case is due after the configured hours; an open case keeps its deadline", async () => {
    const earlier = await candidateWithCase(team.recruiter, "critical");
    const earlierDue = (await db.case.findUniqueOrThrow({ where: { id: earlier.caseId } })).dueAt;
    await save({ slaCriticalHours: 6, slaHighHours: Math.max(6, original.slaHighHours) });
    const later = await candidateWithCase(team.recruiter, "critical");
    const row = await db.case.findUniqueOrThrow({ where: { id: later.caseId } });
    expect(row.priority).toBe(1);
    expect(row.dueAt.getTime() - row.openedAt.getTime()).toBe(6 * 3_600_000);
    expect((await db.case.findUniqueOrThrow({ where: { id: earlier.caseId } })).dueAt).toEqual(earlierDue);
    await save({ slaCriticalHours: original.slaCriticalHours, slaHighHours: original.slaHighHours });
  });

  test("evidence uploads follow the size limit and the allowed types", async () => {
    const { caseId } = await candidateWithCase(team.recruiter, "high");
    await save({ evidenceMaxMb: 1, evidenceTypes: ["application/pdf"] });
    // Over the limit is a 413 that names both sizes.
    const tooBig = await rejectionOf(
      addEvidence(
        team.lead,
        caseId,
        { name: "big.pdf", type: "application/pdf", bytes: Buffer.alloc(1024 * 1024 + 1, 0x25) },
        requestMeta(),
      ),
      PayloadTooLargeError,
    );
    expect(tooBig.message).toBe("The file is 1.1 MB; the largest allowed is 1 MB.");
    const wrongType = await rejectionOf(
      addEvidence(
        team.lead,
        caseId,
        { name: "note.txt", type: "text/plain", bytes: Buffer.from("notes") },
        requestMeta(),
      ),
      ValidationError,
    );
    expect(wrongType.fieldErrors.file).toEqual([
      "This file's content is text, which is not allowed. Allowed types: PDF",
    ]);
    expect(await db.caseEvidence.count({ where: { caseId } })).toBe(0);
    await save({ evidenceMaxMb: original.evidenceMaxMb, evidenceTypes: original.evidenceTypes });
  });
});
