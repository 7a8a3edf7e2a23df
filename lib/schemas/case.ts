import { z } from "zod";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";
import { BANDS } from "@/lib/scoring";

const CASE_STATUSES = ["open", "in_review", "awaiting_approval", "decided", "reopened"] as const;
const OUTCOMES = ["cleared", "rejected", "escalated", "reported"] as const;
const FAMILIES = [
  "background",
  "payment",
  "communication",
  "pricing",
  "equipment",
  "identity_reuse",
  "watchlist",
  "interview",
] as const;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const caseQueueQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum([...CASE_STATUSES, "active"]).optional()).catch(undefined),
  band: z.preprocess(blankToUndefined, z.enum(BANDS).optional()).catch(undefined),
  assignee: z.preprocess(blankToUndefined, z.string().max(40).optional()).catch(undefined),
  olderThanDays: z
    .preprocess(blankToUndefined, z.coerce.number().int().min(1).max(365).optional())
    .catch(undefined),
  family: z.preprocess(blankToUndefined, z.enum(FAMILIES).optional()).catch(undefined),
  sort: z.enum(["priority", "oldest", "newest", "due"]).catch("priority"),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});
export type CaseQueueQuery = z.infer<typeof caseQueueQuerySchema>;

const version = z.coerce.number().int().min(1);

export const decisionSchema = z.object({
  version,
  outcome: z.enum(OUTCOMES, { message: "Choose an outcome" }),
  reasonCode: z.string().min(1, "Choose a reason code"),
  rationale: z
    .string()
    .trim()
    .min(20, "Explain the decision in at least 20 characters")
    .max(5000, "At most 5000 characters")
    .refine(isStorableText, UNSTORABLE_MESSAGE),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const noteSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write something first")
    .max(10_000, "At most 10,000 characters")
    .refine(isStorableText, UNSTORABLE_MESSAGE),
});

export const manualCaseSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, "Say in at least 10 characters why this needs a security review")
    .max(2000)
    .refine(isStorableText, UNSTORABLE_MESSAGE),
});

export const versionOnlySchema = z.object({ version });
