import { z } from "zod";
import { RULES, getRule } from "./catalogue";
import { BANDS, type RuleSet } from "./types";

/**
 * Version 1: every catalogue rule enabled at its default weight; a confirmed sanctions
 * match is a hard stop; a case opens from the high band.
 */
export const DEFAULT_RULE_SET: RuleSet = {
  version: 1,
  rules: Object.fromEntries(RULES.map((r) => [r.id, { enabled: true, weight: r.defaultWeight }])),
  bands: { medium: 25, high: 50, critical: 75 },
  caseThreshold: "high",
  hardStops: ["sanctions-confirmed"],
};

const threshold = (band: string) =>
  z
    .number({ message: `The ${band} threshold must be a number` })
    .int(`The ${band} threshold must be a whole number`)
    .min(1, `The ${band} threshold must be between 1 and 100`)
    .max(100, `The ${band} threshold must be between 1 and 100`);

/**
 * Validates a rule set before it is published. Rules absent from `rules` are treated as
 * disabled, so a set published before a rule existed keeps scoring the same way; unknown
 * ids are rejected so a typo cannot silently switch a rule off.
 */
export const ruleSetSchema = z
  .object({
    version: z.number().int("Version must be a whole number").positive("Version must be 1 or more"),
    rules: z.record(
      z.string(),
      z.object({
        enabled: z.boolean({ message: "enabled must be true or false" }),
        weight: z
          .number({ message: "Weight must be a number" })
          .min(0, "Weight must be between 0 and 100")
          .max(100, "Weight must be between 0 and 100"),
      }),
    ),
    bands: z.object({
      medium: threshold("medium"),
      high: threshold("high"),
      critical: threshold("critical"),
    }),
    caseThreshold: z.enum(BANDS, { message: `caseThreshold must be one of ${BANDS.join(", ")}` }),
    hardStops: z.array(z.string()),
  })
  .superRefine((rs, ctx) => {
    for (const id of Object.keys(rs.rules)) {
      if (!getRule(id))
        ctx.addIssue({ code: "custom", message: `Unknown rule id "${id}"`, path: ["rules", id] });
    }
    rs.hardStops.forEach((id, i) => {
      if (!getRule(id))
        ctx.addIssue({
          code: "custom",
          message: `Unknown hard-stop rule id "${id}"`,
          path: ["hardStops", i],
        });
    });
    const { medium, high, critical } = rs.bands;
    if (!(medium < high && high < critical)) {
      ctx.addIssue({
        code: "custom",
        message: `Band thresholds must increase strictly: medium (${medium}) < high (${high}) < critical (${critical})`,
        path: ["bands"],
      });
    }
  });
