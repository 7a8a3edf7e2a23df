// Source: US State/Treasury/FBI guidance 2022-05-16 and UK OFSI advisory 2024-09-12 (location claims that contradict each other).
import { getCountry, getTimezone } from "countries-and-timezones";
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome } = helpers;

const NO_COUNTRY_FOR_ZONE = missingOutcome(["timezone"]);

/** Countries a zone is used in; zones such as UTC or Etc/GMT+5 belong to none and are not judged. */
const zoneCountries = new Map<string, readonly string[]>();
export function countriesOf(zone: string): readonly string[] {
  let countries = zoneCountries.get(zone);
  if (countries === undefined) {
    const tz = getTimezone(zone);
    const base = tz?.aliasOf ? getTimezone(tz.aliasOf) : tz;
    countries = [...new Set([...(tz?.countries ?? []), ...(base?.countries ?? [])])];
    zoneCountries.set(zone, countries);
  }
  return countries;
}

/**
 * True when the claimed country has a zone keeping the same clock (standard and summer offset)
 * as the one given: someone in Vienna who picked Europe/Berlin makes no contradictory claim.
 */
const sameClock = new Map<string, boolean>();
export function countryKeepsClock(country: string, zone: string): boolean {
  const key = `${country} ${zone}`;
  let same = sameClock.get(key);
  if (same === undefined) {
    const tz = getTimezone(zone);
    same =
      Boolean(tz) &&
      (getCountry(country)?.timezones ?? []).some((z) => {
        const other = getTimezone(z);
        return other !== null && other.utcOffset === tz?.utcOffset && other.dstOffset === tz?.dstOffset;
      });
    sameClock.set(key, same);
  }
  return same;
}

export const timezoneCountryMismatch: RuleDefinition = {
  id: "timezone-country-mismatch",
  title: "Time zone of another country",
  family: "location",
  defaultWeight: 35,
  description:
    "The time zone the candidate gave is not used in the country they say they live in (say Asia/Shanghai for someone living in the US), and no zone of that country keeps the same clock. Only the two claims are compared with each other.",
  source: SOURCES.usGuidance2022,
  inputs: ["timezone", "claimedCountry"],
  evaluate(p): RuleOutcome {
    const countries = countriesOf(p.timezone);
    if (countries.length === 0) return NO_COUNTRY_FOR_ZONE;
    if (countries.includes(p.claimedCountry) || countryKeepsClock(p.claimedCountry, p.timezone)) return CLEAR;
    return firedOutcome(1, [
      {
        field: "timezone",
        value: p.timezone,
        reason: `${p.timezone} is used in ${countries.join(", ")}, not in ${p.claimedCountry} where the candidate says they live`,
      },
    ]);
  },
};
