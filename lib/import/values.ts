import { ROLE_TITLES, SENIORITY_TITLES, VERIFICATION_TITLES } from "@/lib/format/labels";
import type { FieldKind } from "@/lib/import/fields";

/**
 * Turns the text of one cell into the value candidateInputSchema expects, accepting the forms
 * spreadsheets and ATS exports commonly use ("Yes", "$85/hr", "Mid-level", "Germany"). What it
 * cannot read is passed through unchanged, so the schema reports it with the form's message;
 * only yes/no cells get a message here, as the schema's would be about types.
 */
export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

/** A leading apostrophe that an exporter added to stop a spreadsheet formula is not data. */
export function unescapeCell(raw: string): string {
  return raw.replace(FORMULA_ESCAPE, "");
}

const token = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

const ENUM_ALIASES: Record<string, Record<string, string>> = {
  seniority: {
    jr: "junior",
    entry: "junior",
    entry_level: "junior",
    mid_level: "mid",
    middle: "mid",
    intermediate: "mid",
    sr: "senior",
    staff: "lead",
    principal: "lead",
    lead_staff: "lead",
  },
  paymentMethod: {
    bank_transfer: "bank",
    wire: "bank",
    paypal: "payment_platform",
    payoneer: "payment_platform",
    wise: "payment_platform",
    platform: "payment_platform",
    cryptocurrency: "crypto",
    third_party_account: "third_party",
    someone_else_s_account: "third_party",
  },
  videoCallOutcome: {
    completed_with_camera_on: "completed",
    done: "completed",
    joined_with_camera_off: "camera_off",
    no_camera: "camera_off",
    not_attempted_yet: "not_attempted",
    none: "not_attempted",
  },
  educationVerification: {
    not_checked_yet: "not_checked",
    could_not_be_verified: "unverifiable",
    failed_verification: "failed",
  },
  phoneType: { cell: "mobile", cellular: "mobile", fixed: "landline", virtual: "voip" },
};

/** Labels shown in the app are accepted as well as the stored values. */
function labelAliases(titles: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(titles).map(([value, label]) => [token(label), value]));
}
const LABEL_ALIASES: Record<string, Record<string, string>> = {
  role: {
    ...labelAliases(ROLE_TITLES),
    full_stack_engineer: "fullstack_engineer",
    full_stack_developer: "fullstack_engineer",
  },
  seniority: labelAliases(SENIORITY_TITLES),
  educationVerification: labelAliases(VERIFICATION_TITLES),
};

function readEnum(field: string, raw: string, values: readonly string[]): string {
  const t = token(raw);
  if (values.includes(t)) return t;
  return ENUM_ALIASES[field]?.[t] ?? LABEL_ALIASES[field]?.[t] ?? raw;
}

const TRUE = new Set(["yes", "y", "true", "1", "x", "ja", "oui", "si"]);
const FALSE = new Set(["no", "n", "false", "0", "nein", "non"]);

/** "$1,200.50", "85 USD", "85/hr" → "1200.50", "85", "85"; anything else is left for the schema. */
function readNumber(raw: string): string {
  const s = raw
    .trim()
    .replace(/^(usd|us\$|\$)\s*/i, "")
    .replace(/\s*(usd|\$|\/\s*(h|hr|hour)|per hour|an hour)$/i, "")
    .trim();
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, "") : s;
}

let countryNames: Map<string, string> | null = null;
const COUNTRY_ALIASES: Record<string, string> = {
  usa: "US",
  us: "US",
  united_states_of_america: "US",
  uk: "GB",
  great_britain: "GB",
  england: "GB",
  dprk: "KP",
  north_korea: "KP",
  south_korea: "KR",
};

/** English country names to ISO codes, built once from the runtime's own region names. */
function countryCode(raw: string): string {
  const t = token(raw);
  if (/^[a-z]{2}$/.test(t)) return t.toUpperCase();
  if (COUNTRY_ALIASES[t]) return COUNTRY_ALIASES[t];
  if (!countryNames) {
    countryNames = new Map();
    try {
      const names = new Intl.DisplayNames(["en"], { type: "region" });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          const name = names.of(code);
          // Deprecated and reserved codes (DD, UK, YU…) canonicalise to another region: skip them.
          if (name && name !== code && new Intl.Locale(`und-${code}`).region === code)
            countryNames.set(token(name), code);
        }
      }
    } catch {
      // A runtime without region names still accepts two-letter codes.
    }
  }
  return countryNames.get(t) ?? raw;
}

const PROFILE_HOSTS: [RegExp, string][] = [
  [/(^|\.)linkedin\.com$/, "linkedin"],
  [/(^|\.)github\.com$/, "github"],
  [/(^|\.)(upwork|freelancer|fiverr|toptal|guru|peopleperhour)\.com$/, "freelance"],
];

/** One profile URL; a missing scheme gets https://, the kind comes from the host. */
export function profileOf(raw: string): { kind: string; url: string } {
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let host = "";
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return { kind: "other", url: raw };
  }
  return { kind: PROFILE_HOSTS.find(([re]) => re.test(host))?.[1] ?? "other", url };
}

/** Splits a list cell on semicolons. */
export function listOf(raw: string): string[] {
  return raw
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readCell(
  field: string,
  kind: FieldKind,
  raw: string,
  values?: readonly string[],
): CellResult {
  const text = unescapeCell(raw);
  const blank = text.trim() === "";
  switch (kind) {
    case "boolean": {
      if (blank) return { ok: true, value: null };
      const t = text.trim().toLowerCase();
      if (TRUE.has(t)) return { ok: true, value: true };
      if (FALSE.has(t)) return { ok: true, value: false };
      return {
        ok: false,
        message: `Use yes or no, or leave empty if not recorded (found "${text.trim().slice(0, 40)}")`,
      };
    }
    case "enum":
      return { ok: true, value: blank ? undefined : readEnum(field, text, values ?? []) };
    case "number":
    case "count":
      return { ok: true, value: blank ? "" : readNumber(text) };
    case "country":
      return { ok: true, value: blank ? "" : countryCode(text) };
    case "list":
      return { ok: true, value: listOf(text) };
    case "profiles":
      return { ok: true, value: listOf(text).map(profileOf) };
    default:
      return { ok: true, value: text };
  }
}
