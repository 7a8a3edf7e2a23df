import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { appendAudit } from "@/lib/data/audit";
import { enqueueRescore } from "@/lib/data/jobs";
import { ruleFiringStats } from "@/lib/data/what-if";
import { publishedRuleSet } from "@/lib/data/rule-sets";
import { ConflictError, fieldErrorsFromIssues, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { RULES, RULE_FAMILIES, type AdvisorySource, type RuleFamily, type RuleSet } from "@/lib/scoring";
import {
  diffRuleSets, parseImport, publishNoteSchema, readStoredContent, validateContent,
  RULE_SET_EXPORT_FORMAT, type ContentValidation, type RuleFiringStats, type RuleSetContent, type RuleSetDiff, type RuleSetExport,
} from "@/lib/rules-admin";
import type { Actor, RequestMeta } from "@/lib/data/types";
import { couldBeStoredId } from "@/lib/schemas/storable";

const PERMISSION = "admin:access";

export interface RuleOverview {
  id: string;
  title: string;
  description: string;
  source: AdvisorySource;
  defaultWeight: number;
  enabled: boolean;
  weight: number;
  hardStop: boolean;
  stats: RuleFiringStats;
}

export interface RulesOverview {
  version: number;
  note: string;
  publishedAt: string | null;
  bands: RuleSet["bands"];
  caseThreshold: RuleSet["caseThreshold"];
  families: { family: RuleFamily; label: string; rules: RuleOverview[] }[];
  decidedCandidates: number;
}

/**
 * Every rule by family with its setting in the published version, how often it fired in the
 * last 30 and 90 days, and its observed precision: of the decided candidates whose deciding
 * score fired it, the share rejected or reported rather than cleared. Breakdowns are read in
 * pages and counted in JavaScript, so this works the same on SQLite and PostgreSQL.
 */
export async function getRulesOverview(actor: Actor, now = new Date()): Promise<RulesOverview> {
  assertCan(actor, PERMISSION);
  const { ruleSet } = await db.$transaction((tx) => publishedRuleSet(tx));
  const row = await db.ruleSetVersion.findUnique({ where: { version: ruleSet.version }, select: { note: true, publishedAt: true } });
  const { tally, decided } = await ruleFiringStats(now, ruleSet.version);
  const stops = new Set(ruleSet.hardStops);
  const families = (Object.keys(RULE_FAMILIES) as RuleFamily[]).map((family) => ({
    family,
    label: RULE_FAMILIES[family],
    rules: RULES.filter((r) => r.family === family).map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      source: r.source,
      defaultWeight: r.defaultWeight,
      enabled: ruleSet.rules[r.id]?.enabled ?? false,
      weight: ruleSet.rules[r.id]?.weight ?? 0,
      hardStop: stops.has(r.id),
      stats: tally.statsFor(r.id),
    })),
  }));
  return {
    version: ruleSet.version,
    note: row?.note ?? "",
    publishedAt: row?.publishedAt.toISOString() ?? null,
    bands: ruleSet.bands,
    caseThreshold: ruleSet.caseThreshold,
    families,
    decidedCandidates: decided,
  };
}

async function published(tx: Tx): Promise<RuleSetContent> {
  const { ruleSet, marketRates } = await publishedRuleSet(tx);
  return { ruleSet, marketRates };
}

function mustBeValid(v: ContentValidation): RuleSetContent {
  if (!v.ok) throw new ValidationError(v.fieldErrors);
  return v.content;
}

function parseNote(raw: unknown): string {
  const r = publishNoteSchema.safeParse(raw);
  if (!r.success) throw new ValidationError(fieldErrorsFromIssues(r.error.issues));
  return r.data.note;
}

/** The diff as recorded in the audit trail: only what changed. */
const auditDiff = (d: RuleSetDiff) => ({ rules: d.rules, bands: d.bands, caseThreshold: d.caseThreshold, hardStops: d.hardStops, marketRates: d.marketRates });

// ---- drafts ----------------------------------------------------------------------------------

export interface DraftSummary {
  id: string;
  baseVersion: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DraftDetail extends DraftSummary {
  content: RuleSetContent;
  publishedVersion: number;
  /** From the published version to this draft. */
  diff: RuleSetDiff;
}

async function creatorNames(ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

type DraftRow = NonNullable<Awaited<ReturnType<typeof db.ruleSetDraft.findUnique>>>;

function summary(d: DraftRow, names: Map<string, string>): DraftSummary {
  return { id: d.id, baseVersion: d.baseVersion, createdBy: names.get(d.createdById) ?? "Unknown user", createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() };
}

async function loadDraft(id: string): Promise<DraftRow> {
  const row = couldBeStoredId(id) ? await db.ruleSetDraft.findUnique({ where: { id } }) : null;
  if (!row) throw new NotFoundError("This draft no longer exists (it may have been published or discarded).");
  return row;
}

export async function listDrafts(actor: Actor): Promise<DraftSummary[]> {
  assertCan(actor, PERMISSION);
  const rows = await db.ruleSetDraft.findMany({ orderBy: { updatedAt: "desc" } });
  const names = await creatorNames(rows.map((r) => r.createdById));
  return rows.map((r) => summary(r, names));
}

export async function getDraft(actor: Actor, id: string): Promise<DraftDetail> {
  assertCan(actor, PERMISSION);
  const row = await loadDraft(id);
  const current = await db.$transaction(published);
  const content = readStoredContent(row.definition, row.marketRates, row.baseVersion);
  const names = await creatorNames([row.createdById]);
  return { ...summary(row, names), content, publishedVersion: current.ruleSet.version, diff: diffRuleSets(current, content) };
}

async function insertDraft(tx: Tx, actor: Actor, meta: RequestMeta, content: RuleSetContent, action: string): Promise<{ id: string }> {
  const created = await tx.ruleSetDraft.create({
    data: { baseVersion: content.ruleSet.version, definition: content.ruleSet as unknown as object, marketRates: content.marketRates as unknown as object, createdById: actor.id },
    select: { id: true },
  });
  await appendAudit(tx, actor, meta, { action, targetType: "rule_set_draft", targetId: created.id, after: { baseVersion: content.ruleSet.version } });
  return created;
}

/** A new draft, a copy of the published version. */
export async function createDraft(actor: Actor, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, PERMISSION);
  return db.$transaction(async (tx) => insertDraft(tx, actor, meta, await published(tx), "ruleset.draft_created"));
}

/** A draft from an exported JSON file, checked by the same schemas; it is based on the published version. */
export async function importDraft(actor: Actor, json: string, meta: RequestMeta): Promise<{ id: string }> {
  assertCan(actor, PERMISSION);
  return db.$transaction(async (tx) => {
    const current = await published(tx);
    return insertDraft(tx, actor, meta, mustBeValid(parseImport(json, current.ruleSet.version)), "ruleset.draft_imported");
  });
}

/** Saves an edit: `raw` is `{ definition, marketRates }`; field errors name the offending path. */
export async function updateDraft(actor: Actor, id: string, raw: unknown, meta: RequestMeta): Promise<{ id: string; changes: number }> {
  assertCan(actor, PERMISSION);
  const row = await loadDraft(id);
  const next = mustBeValid(validateContent(raw, row.baseVersion));
  const change = diffRuleSets(readStoredContent(row.definition, row.marketRates, row.baseVersion), next);
  if (change.changes > 0) {
    await db.$transaction(async (tx) => {
      const r = await tx.ruleSetDraft.updateMany({ where: { id }, data: { definition: next.ruleSet as unknown as object, marketRates: next.marketRates as unknown as object } });
      if (r.count === 0) throw new NotFoundError("This draft no longer exists (it may have been published or discarded).");
      await appendAudit(tx, actor, meta, { action: "ruleset.draft_updated", targetType: "rule_set_draft", targetId: id, after: auditDiff(change) });
    });
  }
  return { id, changes: change.changes };
}

export async function discardDraft(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, PERMISSION);
  await db.$transaction(async (tx) => {
    const r = await tx.ruleSetDraft.deleteMany({ where: { id } });
    if (r.count === 0) throw new NotFoundError("This draft no longer exists (it may have been published or discarded).");
    await appendAudit(tx, actor, meta, { action: "ruleset.draft_discarded", targetType: "rule_set_draft", targetId: id });
  });
}

// ---- publishing ------------------------------------------------------------------------------

/** Records `content` as version max+1, audits it with the diff and queues the re-score, in the caller's transaction. */
async function publishVersion(tx: Tx, actor: Actor, meta: RequestMeta, input: { content: RuleSetContent; current: RuleSetContent; note: string; action: string; extra: object }) {
  const max = await tx.ruleSetVersion.aggregate({ _max: { version: true } });
  const version = (max._max.version ?? 0) + 1;
  await tx.ruleSetVersion.create({
    data: { version, definition: { ...input.content.ruleSet, version } as unknown as object, marketRates: input.content.marketRates as unknown as object, note: input.note, publishedBy: actor.email },
  });
  const job = await enqueueRescore(tx, version);
  await appendAudit(tx, actor, meta, {
    action: input.action,
    targetType: "rule_set",
    targetId: String(version),
    before: { version: input.current.ruleSet.version },
    after: { version, note: input.note, ...input.extra, diff: auditDiff(diffRuleSets(input.current, input.content)), rescoreJobId: job.id },
  });
  return { version, jobId: job.id };
}

async function publishing<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    if (isUniqueViolation(e)) throw new ConflictError("Someone else published a version at the same moment. Reload and check the history before trying again.");
    throw e;
  }
}

/**
 * Publishes a draft as the next version, in one transaction: the version (with who and why),
 * the audit event with the diff, the draft's removal and a queued re-score of every candidate.
 * The caller starts the job runner afterwards.
 */
export async function publishDraft(actor: Actor, id: string, raw: unknown, meta: RequestMeta): Promise<{ version: number; jobId: string }> {
  assertCan(actor, PERMISSION);
  const note = parseNote(raw);
  const row = await loadDraft(id);
  const content = mustBeValid(validateContent({ definition: row.definition, marketRates: row.marketRates }, row.baseVersion));
  return publishing(() =>
    db.$transaction(async (tx) => {
      const current = await published(tx);
      if (current.ruleSet.version !== row.baseVersion) {
        throw new ConflictError(`Version ${current.ruleSet.version} was published after this draft was started from v${row.baseVersion}. Start a new draft from v${current.ruleSet.version}, or export this one's changes and import them into it.`);
      }
      if (diffRuleSets(current, content).changes === 0) throw new ValidationError({ _form: [`This draft is the same as v${current.ruleSet.version}: there is nothing to publish.`] });
      const removed = await tx.ruleSetDraft.deleteMany({ where: { id } });
      if (removed.count === 0) throw new NotFoundError("This draft no longer exists (it may have been published or discarded).");
      return publishVersion(tx, actor, meta, { content, current, note, action: "ruleset.published", extra: { draftId: id } });
    }),
  );
}

/** Publishes a copy of an earlier version as the next version; history is never rewritten. */
export async function rollback(actor: Actor, version: number, raw: unknown, meta: RequestMeta): Promise<{ version: number; jobId: string }> {
  assertCan(actor, PERMISSION);
  const note = parseNote(raw);
  return publishing(() =>
    db.$transaction(async (tx) => {
      const target = await tx.ruleSetVersion.findUnique({ where: { version } });
      if (!target) throw new NotFoundError(`There is no version ${version}.`);
      const current = await published(tx);
      const v = validateContent({ definition: target.definition, marketRates: target.marketRates }, version);
      if (!v.ok) throw new ConflictError(`v${version} no longer passes today's checks (${Object.values(v.fieldErrors).flat().join(" ")}), so it cannot be published again.`);
      if (diffRuleSets(current, v.content).changes === 0) throw new ConflictError(`The published v${current.ruleSet.version} already scores exactly like v${version}.`);
      return publishVersion(tx, actor, meta, { content: v.content, current, note, action: "ruleset.rolled_back", extra: { copyOf: version } });
    }),
  );
}

// ---- history ---------------------------------------------------------------------------------

export interface VersionSummary {
  version: number;
  note: string;
  publishedAt: string;
  publishedBy: string | null;
  current: boolean;
  /** Set when this version was published as a copy of an earlier one. */
  copyOf: number | null;
}

export async function listVersions(actor: Actor): Promise<VersionSummary[]> {
  assertCan(actor, PERMISSION);
  await db.$transaction(published); // a database with no version yet gets v1
  const rows = await db.ruleSetVersion.findMany({ orderBy: { version: "desc" }, select: { version: true, note: true, publishedAt: true, publishedBy: true } });
  const rollbacks = await db.auditEvent.findMany({ where: { action: "ruleset.rolled_back", targetType: "rule_set" }, select: { targetId: true, after: true } });
  const copyOf = new Map(rollbacks.map((e) => [Number(e.targetId), Number((e.after as { copyOf?: unknown } | null)?.copyOf)]));
  return rows.map((r, i) => ({
    version: r.version,
    note: r.note,
    publishedAt: r.publishedAt.toISOString(),
    publishedBy: r.publishedBy,
    current: i === 0,
    copyOf: Number.isInteger(copyOf.get(r.version)) ? copyOf.get(r.version)! : null,
  }));
}

async function versionRow(version: number) {
  const row = await db.ruleSetVersion.findUnique({ where: { version } });
  if (!row) throw new NotFoundError(`There is no version ${version}.`);
  return row;
}

/** What changes from version `a` to version `b`. */
export async function compareVersions(actor: Actor, a: number, b: number): Promise<RuleSetDiff> {
  assertCan(actor, PERMISSION);
  const [ra, rb] = await Promise.all([versionRow(a), versionRow(b)]);
  return diffRuleSets(readStoredContent(ra.definition, ra.marketRates, a), readStoredContent(rb.definition, rb.marketRates, b));
}

/** A version as a JSON document that importDraft accepts back. */
export async function exportRuleSet(actor: Actor, version: number): Promise<RuleSetExport> {
  assertCan(actor, PERMISSION);
  const row = await versionRow(version);
  const content = readStoredContent(row.definition, row.marketRates, version);
  return {
    format: RULE_SET_EXPORT_FORMAT,
    version,
    note: row.note,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    definition: content.ruleSet,
    marketRates: content.marketRates,
  };
}
