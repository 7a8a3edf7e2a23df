import { z } from "zod";
import { DEFAULT_NAME_THRESHOLD, parseSubjectDob } from "@/lib/screening";
import { isStorableText, UNSTORABLE_MESSAGE } from "@/lib/schemas/storable";

/**
 * A name and its details to screen against the watchlists without storing a candidate (what an
 * applicant tracking system asks before it creates anyone). Identifiers are always arrays, so a
 * client never has to guess whether one value or several are expected; an optional field may be
 * left out or sent as null.
 */
export const SCREEN_KINDS = ["person", "organisation"] as const;
export const MAX_SCREEN_LIMIT = 50;
export const MIN_SCREEN_THRESHOLD = 0.7;
const MAX_VALUES = 20;

const text = (max: number, empty: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? empty : "Must be a string") })
    .trim()
    .min(1, empty)
    .max(max, `At most ${max} characters`)
    .refine(isStorableText, UNSTORABLE_MESSAGE);
const values = (what: string) =>
  z
    .array(text(300, "Leave out empty values"), { message: `Send ${what} as an array of strings` })
    .max(MAX_VALUES, `At most ${MAX_VALUES} values`)
    .nullish();

const FIELDS =
  "name, kind, dateOfBirth, emails, phones, wallets, bankAccounts, addresses, limit and threshold";
// A misspelt field ("email" for "emails") would otherwise be dropped, and the answer would be
// "no match" for a detail that was never screened, so unknown fields are refused.

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DOB_MESSAGE = "Use a date of birth like 1985-04-25, 1985-04 or 1985, from 1900 to today";
/**
 * The engine also reads "25 Apr 1965", but the API takes ISO 8601 only: one format is easy to
 * document and to produce. A year before 1900 or a date in the future is a typing slip, and a
 * wrong date of birth lowers the score of a true match, so it is refused rather than used.
 */
function plausibleDob(v: string): boolean {
  if (!ISO_PARTIAL.test(v) || parseSubjectDob(v) === null) return false;
  const today = new Date().toISOString().slice(0, v.length);
  return v.slice(0, 4) >= "1900" && v <= today;
}

export const screenRequestSchema = z
  .strictObject(
    {
      name: text(200, "Name is required").meta({
        description: "The person's full name, or the organisation's name",
      }),
      kind: z.enum(SCREEN_KINDS, { message: "Kind is person or organisation" }).default("person").meta({
        description: "person (default) or organisation; an organisation is compared with listed entities",
      }),
      dateOfBirth: z
        .string({ message: DOB_MESSAGE })
        .trim()
        .refine(plausibleDob, DOB_MESSAGE)
        .nullish()
        .meta({
          description:
            "ISO 8601: 1985-04-25, 1985-04 or 1985. Raises a name match that agrees with a listed date, lowers one that does not.",
        }),
      emails: values("emails").meta({ description: "Email addresses" }),
      phones: values("phones").meta({ description: "Phone numbers, best with the country code" }),
      wallets: values("wallets").meta({ description: "Cryptocurrency addresses" }),
      bankAccounts: values("bank accounts").meta({ description: "Bank account numbers or IBANs" }),
      addresses: values("addresses").meta({ description: "Postal addresses, one line each" }),
      limit: z
        .number({ message: `Limit is a whole number from 1 to ${MAX_SCREEN_LIMIT}` })
        .int(`Limit is a whole number from 1 to ${MAX_SCREEN_LIMIT}`)
        .min(1, `Limit is a whole number from 1 to ${MAX_SCREEN_LIMIT}`)
        .max(MAX_SCREEN_LIMIT, `Limit is a whole number from 1 to ${MAX_SCREEN_LIMIT}`)
        .default(10)
        .meta({ description: `Most matches to return, best first: 1 to ${MAX_SCREEN_LIMIT} (default 10)` }),
      threshold: z
        .number({ message: `Threshold is a number from ${MIN_SCREEN_THRESHOLD} to 1` })
        .min(MIN_SCREEN_THRESHOLD, `Threshold is a number from ${MIN_SCREEN_THRESHOLD} to 1`)
        .max(1, `Threshold is a number from ${MIN_SCREEN_THRESHOLD} to 1`)
        .default(DEFAULT_NAME_THRESHOLD)
        .meta({
          description: `Lowest name similarity reported, ${MIN_SCREEN_THRESHOLD} to 1 (default ${DEFAULT_NAME_THRESHOLD}). Identifiers match exactly (score 1) and addresses by containment (0.9), whatever the threshold.`,
        }),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}; the fields are ${FIELDS}`
          : "Send a JSON object with at least a name",
    },
  )
  .superRefine((v, ctx) => {
    if (v.kind === "organisation" && v.dateOfBirth)
      ctx.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: "An organisation has no date of birth; leave it out",
      });
  })
  .meta({ description: "A name to screen, with what else is known; nothing is stored" });

export type ScreenRequest = z.output<typeof screenRequestSchema>;
