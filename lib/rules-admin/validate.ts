import { z } from "zod";
import { fieldErrorsFromIssues, type FieldErrors } from "@/lib/errors";
import { marketRateTableSchema, ruleSetSchema, type MarketRateTable } from "@/lib/scoring";
import type { RuleSetContent } from "./types";

export type ContentValidation =
  { ok: true; content: RuleSetContent } | { ok: false; fieldErrors: FieldErrors };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks an edited rule set and market-rate table with the same schemas publication relies on.
 * Rule-set problems are keyed by their path in the rule set (`rules.payment-crypto.weight`,
 * `bands.medium`, `bands` for the ordering), market-rate problems by `marketRates.` and theirs.
 * The version is set here, never taken from the input.
 */
export function validateContent(raw: unknown, version: number): ContentValidation {
  if (!isObject(raw))
    return { ok: false, fieldErrors: { _form: ["Expected a rule set and its market rates."] } };
  const definition = isObject(raw.definition) ? { ...raw.definition, version } : raw.definition;
  const rs = ruleSetSchema.safeParse(definition);
  const mr = marketRateTableSchema.safeParse(raw.marketRates);
  const fieldErrors: FieldErrors = {};
  if (!rs.success) Object.assign(fieldErrors, fieldErrorsFromIssues(rs.error.issues));
  if (!mr.success) {
    for (const [key, messages] of Object.entries(fieldErrorsFromIssues(mr.error.issues))) {
      fieldErrors[key === "_form" ? "marketRates" : `marketRates.${key}`] = messages;
    }
  }
  if (!rs.success || !mr.success) return { ok: false, fieldErrors };
  // Hard stops are a set: keep the first of any duplicate so a diff stays readable.
  const ruleSet = { ...rs.data, hardStops: [...new Set(rs.data.hardStops)] };
  return { ok: true, content: { ruleSet, marketRates: mr.data as MarketRateTable } };
}

export const RULE_SET_EXPORT_FORMAT = "candor.rule-set/1";

/** The JSON file an admin downloads for a version and may import again as a draft. */
export interface RuleSetExport {
  format: typeof RULE_SET_EXPORT_FORMAT;
  version: number;
  note: string;
  publishedAt: string;
  publishedBy: string | null;
  definition: RuleSetContent["ruleSet"];
  marketRates: MarketRateTable;
}

const importShape = z.object({
  format: z
    .literal(RULE_SET_EXPORT_FORMAT, {
      message: `This is not a Candor rule-set export (expected format "${RULE_SET_EXPORT_FORMAT}").`,
    })
    .optional(),
  definition: z.unknown(),
  marketRates: z.unknown(),
});

/** Reads an uploaded export (or any `{ definition, marketRates }` object) and validates it as a draft for `version`. */
export function parseImport(text: string, version: number): ContentValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, fieldErrors: { _form: [`The file is not valid JSON: ${(e as Error).message}`] } };
  }
  const shape = importShape.safeParse(json);
  if (!shape.success) return { ok: false, fieldErrors: { _form: shape.error.issues.map((i) => i.message) } };
  return validateContent(shape.data, version);
}

/**
 * A stored definition read back for display: validated when it still passes today's schemas,
 * otherwise taken as stored (e.g. a version naming a rule the catalogue has since dropped), so
 * history stays readable.
 */
export function readStoredContent(
  definition: unknown,
  marketRates: unknown,
  version: number,
): RuleSetContent {
  const v = validateContent({ definition, marketRates }, version);
  if (v.ok) return v.content;
  return {
    ruleSet: { ...(definition as RuleSetContent["ruleSet"]), version },
    marketRates: marketRates as MarketRateTable,
  };
}

/** Every publication and rollback says why, in the version history and the audit trail. */
export const publishNoteSchema = z.object({
  note: z
    .string({ message: "Add a note" })
    .trim()
    .min(10, "Say what changed and why, in at least 10 characters")
    .max(2000, "At most 2000 characters"),
});
