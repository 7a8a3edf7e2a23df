import { z } from "zod";

/** Trimmed and lower-cased before the format check, so " Ann@Example.com " is accepted. */
export const emailSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email("Enter a valid email address").max(254, "At most 254 characters"),
);
