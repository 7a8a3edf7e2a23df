// Source: US State/Treasury/FBI guidance 2022-05-16 (logins from multiple IP addresses, often in different countries, within a short time).
import * as helpers from "../helpers";
import { SOURCES } from "../sources";
import type { Evidence, RuleDefinition, RuleOutcome } from "../types";

// Bound once at load: see "Hot paths" in helpers.ts.
const { CLEAR, firedOutcome, missingOutcome, ramp } = helpers;

const BOTH_MISSING = missingOutcome(["sessionsObserved", "distinctIpCountriesObserved"]);
const SESSIONS_MISSING = missingOutcome(["sessionsObserved"]);
const COUNTRIES_MISSING = missingOutcome(["distinctIpCountriesObserved"]);

/*
 * One country is normal and two is a trip, unless they show up within a handful of sessions.
 * Three or more countries are the sign when they are a sizeable share of the sessions: a
 * traveller collects countries over months of sessions, a worker hopping between VPN exits
 * collects them in a few.
 */
const FEW_SESSIONS = 5;
const SHARE_START = 0.2;
const SHARE_FULL = 0.5;

export const ipCountrySpread: RuleDefinition = {
  id: "ip-country-spread",
  title: "Many countries seen over few sessions",
  family: "location",
  defaultWeight: 35,
  description:
    "The candidate's sessions came from IP addresses in many countries for the number of sessions observed. Starts at three countries when they are a fifth of the sessions (or two countries within five sessions) and is strongest when half the sessions show a new country.",
  source: SOURCES.usGuidance2022,
  inputs: ["sessionsObserved", "distinctIpsObserved", "distinctIpCountriesObserved"],
  evaluate(p): RuleOutcome {
    const sessions = p.sessionsObserved;
    const countries = p.distinctIpCountriesObserved;
    if (sessions === undefined) return countries === undefined ? BOTH_MISSING : SESSIONS_MISSING;
    if (countries === undefined) return COUNTRIES_MISSING;
    if (countries <= 1 || sessions === 0) return CLEAR;
    const share = countries / sessions;
    let strength = 0;
    if (countries === 2) strength = sessions <= FEW_SESSIONS ? 0.5 : 0;
    else if (share >= SHARE_START) strength = 0.85 + 0.15 * ramp(share, SHARE_START, SHARE_FULL);
    if (strength === 0) return CLEAR;
    const ips = p.distinctIpsObserved;
    const evidence: Evidence[] = [
      {
        field: "distinctIpCountriesObserved",
        value: String(countries),
        reason: `${countries} countries across ${sessions} session${sessions === 1 ? "" : "s"}${ips === undefined ? "" : ` from ${ips} distinct IP addresses`}`,
      },
    ];
    return firedOutcome(strength, evidence);
  },
};
