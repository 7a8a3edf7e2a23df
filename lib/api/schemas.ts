import { z } from "zod";
import { BANDS, RULE_FAMILIES, type RuleFamily } from "@/lib/scoring";
import { candidateInputSchema } from "@/lib/schemas/candidate";
import { screenRequestSchema } from "@/lib/schemas/screening";
import type { MatchedField, WatchlistList } from "@/lib/screening";
import { MAX_VERSION } from "@/lib/api/request";

/**
 * The API's request and response shapes. The route handlers build their answers to these
 * types, and lib/api/openapi.ts turns them into the OpenAPI document with z.toJSONSchema, so the
 * document and the answers come from one definition.
 */
const CASE_STATUSES = ["open", "in_review", "awaiting_approval", "decided", "reopened"] as const;
const OUTCOMES = ["cleared", "rejected", "escalated", "reported"] as const;
const FAMILIES = Object.keys(RULE_FAMILIES) as [RuleFamily, ...RuleFamily[]];

const timestamp = z.iso.datetime().meta({ description: "ISO 8601 date-time, UTC" });
const id = z.string().min(1);
const band = z.enum(BANDS);
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const limit = z
  .preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(25))
  .meta({ description: "Page size, 1 to 100 (default 25)" });
const cursor = z
  .preprocess(blankToUndefined, z.string().max(200).optional())
  .meta({ description: "The nextCursor of the previous page" });

// ── Queries ────────────────────────────────────────────────────────────────
export const candidateListQuery = z.object({
  q: z
    .preprocess(blankToUndefined, z.string().trim().max(120).optional())
    .meta({ description: "Matches name or email, case-insensitive" }),
  band: z
    .preprocess(blankToUndefined, band.optional())
    .meta({ description: "Only candidates whose latest score is in this band" }),
  cursor,
  limit,
});

export const caseListQuery = z.object({
  status: z
    .preprocess(blankToUndefined, z.enum([...CASE_STATUSES, "active"]).optional())
    .meta({ description: "A status, or active (every status but decided); default: all" }),
  band: z.preprocess(blankToUndefined, band.optional()).meta({ description: "Only cases in this band" }),
  cursor,
  limit,
});

// ── Requests ───────────────────────────────────────────────────────────────
export const candidateCreateBody = candidateInputSchema;

/** A JSON merge patch of the profile: fields given replace the stored ones, null clears one. */
export const candidatePatchBody = z
  .object(candidateInputSchema.shape)
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .min(1)
      .max(MAX_VERSION)
      .optional()
      .meta({ description: "The version being updated; or send If-Match" }),
  })
  .meta({
    description:
      "Fields to change (JSON merge patch: a field set to null is cleared). The merged profile must be valid as a whole.",
  });

// ── Scores ─────────────────────────────────────────────────────────────────
const evidence = z.object({
  field: z.string(),
  value: z.string(),
  reason: z.string(),
  candidateIds: z.array(z.string()).optional(),
});
const advisorySource = z.object({ advisory: z.string(), date: z.string(), url: z.string().optional() });

export const scoreBreakdown = z
  .object({
    total: z.number().int().min(0).max(100),
    band,
    ruleSetVersion: z.number().int(),
    hardStop: z.string().nullable(),
    fired: z.array(
      z.object({
        ruleId: z.string(),
        title: z.string(),
        family: z.enum(FAMILIES),
        weight: z.number(),
        strength: z.number(),
        points: z.number(),
        evidence: z.array(evidence),
        source: advisorySource,
      }),
    ),
    notEvaluated: z.array(
      z.object({
        ruleId: z.string(),
        title: z.string(),
        family: z.enum(FAMILIES),
        missing: z.array(z.string()),
      }),
    ),
    evaluatedAt: z.string(),
  })
  .meta({
    description: "Every red flag that fired, with evidence and source, and what could not be evaluated",
  });

const scoreSummary = z.object({
  total: z.number().int(),
  band,
  ruleSetVersion: z.number().int(),
  createdAt: timestamp,
});

export const latestScore = scoreSummary.extend({ breakdown: scoreBreakdown });

// ── Candidates ─────────────────────────────────────────────────────────────
export const candidateListItem = z.object({
  id,
  externalId: z.string().nullable(),
  fullName: z.string(),
  email: z.string(),
  role: z.string(),
  seniority: z.string(),
  claimedCountry: z.string(),
  score: z.number().int().nullable(),
  band: band.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
});

export const candidateList = z.object({
  data: z.array(candidateListItem),
  nextCursor: z.string().nullable(),
});

export const candidate = z.object({
  id,
  version: z.number().int().meta({ description: "Send it back (or If-Match) when updating" }),
  profile: candidateInputSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  createdBy: z.string(),
  score: latestScore.nullable(),
  history: z.array(scoreSummary).meta({ description: "Up to 50 scores, newest first" }),
});

export const candidateWriteResult = z.object({ id, version: z.number().int(), score: scoreBreakdown });

export const candidateScore = z.object({
  candidateId: id,
  version: z.number().int(),
  score: latestScore.nullable(),
  history: z.array(scoreSummary),
});

// ── Cases ──────────────────────────────────────────────────────────────────
export const caseListItem = z.object({
  id,
  status: z.enum(CASE_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(),
  priority: z.number().int().min(1).max(4),
  band,
  candidateId: id,
  candidateName: z.string(),
  score: z.number().int().nullable(),
  sanctionsReviewPending: z
    .boolean()
    .describe("The candidate has a possible sanctions or watchlist match that nobody has reviewed yet."),
  assignee: z.string().nullable(),
  openedAt: timestamp,
  dueAt: timestamp,
  overdue: z.boolean(),
  version: z.number().int(),
});

export const caseList = z.object({ data: z.array(caseListItem), nextCursor: z.string().nullable() });

const decision = z.object({
  outcome: z.enum(OUTCOMES),
  reasonCode: z.string(),
  reasonLabel: z.string(),
  rationale: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: timestamp,
});
const pending = z.object({
  outcome: z.enum(OUTCOMES),
  reasonCode: z.string(),
  reasonLabel: z.string(),
  rationale: z.string(),
  requestedBy: z.string().nullable(),
  at: timestamp,
});

export const caseDetail = z.object({
  id,
  version: z.number().int(),
  status: z.enum(CASE_STATUSES),
  priority: z.number().int().min(1).max(4),
  band,
  openReason: z.string(),
  openedAt: timestamp,
  dueAt: timestamp,
  overdue: z.boolean(),
  assignee: z.string().nullable(),
  candidate: z.object({ id, fullName: z.string(), email: z.string() }),
  openedScore: scoreBreakdown.nullable(),
  latestScore: scoreBreakdown.nullable(),
  decision: decision.nullable(),
  pending: pending.nullable(),
  notes: z.array(
    z.object({
      id,
      author: z.string(),
      at: timestamp,
      html: z.string().meta({ description: "The note's markdown, rendered to safe HTML" }),
    }),
  ),
  evidence: z.array(
    z.object({
      id,
      fileName: z.string(),
      mimeType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
      uploader: z.string(),
      at: timestamp,
    }),
  ),
});

// ── Screening ──────────────────────────────────────────────────────────────
const LISTS = ["ofac", "un", "internal"] as const satisfies readonly WatchlistList[];
const MATCHED_FIELDS = [
  "name",
  "company",
  "email",
  "phone",
  "wallet",
  "bank_account",
  "address",
] as const satisfies readonly MatchedField[];

export const screenRequestBody = screenRequestSchema;

export const screenMatch = z.object({
  list: z.enum(LISTS),
  entryId: id.meta({
    description: "The listed entry, prefixed with its list: ofac:12345, un:KPi.066, internal:…",
  }),
  entryName: z
    .string()
    .meta({ description: "The listed name (for an internal identifier-only item, the value)" }),
  matchedField: z.enum(MATCHED_FIELDS).meta({
    description: "Which of the subject's details matched; an organisation's name matches as company",
  }),
  matchedValue: z
    .string()
    .meta({ description: "The subject's value that matched; the listed one is in reasons" }),
  score: z.number().min(0).max(1).meta({
    description:
      "1 for an identifier listed as given; for names, the similarity after the date-of-birth adjustment",
  }),
  reasons: z.array(z.string()).meta({
    description:
      "Why it matched, in words: the names compared and their similarity, the dates of birth, the listed identifier",
  }),
});

export const screenResult = z.object({
  matches: z.array(screenMatch).meta({ description: "Best first, at most limit" }),
  lists: z
    .array(
      z.object({
        source: z.enum(LISTS),
        publishedAt: z
          .string()
          .nullable()
          .meta({ description: "As the publisher dated the list, when it says" }),
        importedAt: timestamp.nullable().meta({
          description:
            "When the snapshot was imported; for the internal list, when its newest item was added",
        }),
        entries: z.number().int().min(0),
      }),
    )
    .meta({
      description: "The lists searched: the active snapshot of each published list, and the internal list",
    }),
  threshold: z.number().meta({ description: "The name similarity threshold applied" }),
});

export const candidateMatches = z.object({
  candidateId: id,
  matches: z
    .array(
      screenMatch.extend({
        id: id.meta({ description: "The stored match" }),
        status: z
          .enum(["pending", "confirmed", "dismissed"])
          .meta({ description: "pending until a security lead confirms (a hard stop) or dismisses it" }),
        stillListed: z.boolean().meta({
          description:
            "False when the entry has left the active lists since; it then counts only if confirmed",
        }),
        listedKind: z
          .string()
          .nullable()
          .meta({ description: "For an internal-list match, the kind of item (name, wallet, email …)" }),
        reviewedBy: z.string().nullable(),
        reviewedAt: timestamp.nullable(),
      }),
    )
    .meta({ description: "Unreviewed first, then by score" }),
});

// ── Errors ─────────────────────────────────────────────────────────────────
export const apiErrorBody = z.object({
  error: z.object({
    code: z.string().meta({
      description:
        "Stable, machine-readable: validation_failed, unauthenticated, insufficient_scope, not_found, conflict, rate_limited …",
    }),
    message: z.string(),
    fields: z
      .record(z.string(), z.array(z.string()))
      .meta({ description: "Field (dotted path) → messages; {} when not about fields" }),
    requestId: z.string(),
  }),
});

export type CandidateListItem = z.infer<typeof candidateListItem>;
export type CandidateResource = z.infer<typeof candidate>;
export type CandidateScore = z.infer<typeof candidateScore>;
export type CaseListItem = z.infer<typeof caseListItem>;
export type CaseResource = z.infer<typeof caseDetail>;
export type ScreenResult = z.infer<typeof screenResult>;
export type CandidateMatches = z.infer<typeof candidateMatches>;
