import { z } from "zod";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";
import { INTERNAL_KIND_VALUES } from "@/lib/schemas/watchlist-kinds";

export const internalItemSchema = z.object({
  kind: z.enum(INTERNAL_KIND_VALUES, { message: `Kind must be one of ${INTERNAL_KIND_VALUES.join(", ")}` }),
  value: z
    .string()
    .trim()
    .min(2, "Enter the value to watch for")
    .max(300, "At most 300 characters")
    .refine(isStorableText, UNSTORABLE_MESSAGE),
  reason: z
    .string()
    .trim()
    .min(5, "Say why this is on the list")
    .max(1000)
    .refine(isStorableText, UNSTORABLE_MESSAGE),
  source: z
    .string()
    .trim()
    .min(2, "Say where this came from (e.g. FBI PSA, own investigation)")
    .max(300)
    .refine(isStorableText, UNSTORABLE_MESSAGE),
});
export type InternalItemInput = z.infer<typeof internalItemSchema>;

export const hitReviewSchema = z.object({
  decision: z.enum(["confirmed", "dismissed"], { message: "Confirm or dismiss the match" }),
  note: z
    .string()
    .trim()
    .min(10, "Explain the review in at least 10 characters")
    .max(2000)
    .refine(isStorableText, UNSTORABLE_MESSAGE),
});
