// Source: FBI PSA 2025-01-23 and US State/Treasury/FBI guidance 2022-05-16 (contact details and claimed location that do not agree).
import { getCountries, getCountryCallingCode, type CountryCode } from "libphonenumber-js";
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NOT_INTERNATIONAL = missingOutcome(["phone"]);

/** Every country calling code the phone-number metadata knows. */
const CALLING_CODES = new Set(getCountries().map((c) => getCountryCallingCode(c)));

/**
 * The calling code is compared, not the number's country: +1 serves the US, Canada and the
 * Caribbean alike, so a Canadian number is no contradiction of a US address. Calling codes form
 * a prefix code (no code begins another), so the first one to three digits after "+" name it
 * without parsing the whole number, which keeps this as cheap as the other rules.
 */
export function callingCode(phone: string): string | null {
  const trimmed = phone.trimStart();
  if (!trimmed.startsWith("+")) return null;
  const digits = trimmed.slice(1).replace(/\D/g, "").slice(0, 3);
  for (let len = 1; len <= digits.length; len++) {
    const code = digits.slice(0, len);
    if (CALLING_CODES.has(code)) return code;
  }
  return null;
}

export function countryCallingCode(country: string): string | null {
  try {
    return getCountryCallingCode(country as CountryCode);
  } catch {
    return null;
  }
}

export const phoneCountryMismatch: RuleDefinition = {
  id: "phone-country-mismatch",
  title: "Phone number from another country",
  family: "location",
  defaultWeight: 35,
  description:
    "The phone number's country calling code is not the one of the country the candidate says they live in. Only the two claims are compared with each other; neither country is scored by itself. People who moved keep their old number, so on its own this is a moderate sign.",
  source: SOURCES.fbiPsa2025,
  inputs: ["phone", "claimedCountry"],
  evaluate(p): RuleOutcome {
    const code = callingCode(p.phone);
    const expected = countryCallingCode(p.claimedCountry);
    if (code === null || expected === null) return NOT_INTERNATIONAL;
    if (code === expected) return CLEAR;
    return firedOutcome(1, [
      {
        field: "phone",
        value: p.phone,
        reason: `Calling code +${code}, while the candidate says they live in ${p.claimedCountry} (+${expected})`,
      },
    ]);
  },
};
