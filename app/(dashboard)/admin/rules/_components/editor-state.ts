import { ROLES, SENIORITIES, type Role, type Seniority } from "@/lib/schemas/candidate";
import type { Band } from "@/lib/scoring";
import type { RuleSetContent } from "@/lib/rules-admin";

/** What the draft form holds: numbers as typed, so a half-typed value is never lost. */
export interface EditorState {
  rules: Record<string, { enabled: boolean; weight: string }>;
  hardStops: string[];
  bands: { medium: string; high: string; critical: string };
  caseThreshold: Band;
  rates: Record<Role, Record<Seniority, string>>;
  /** One "CODE = factor" per line. */
  countryFactors: string;
}

export function toEditorState(c: RuleSetContent): EditorState {
  const rs = c.ruleSet;
  return {
    rules: Object.fromEntries(
      Object.entries(rs.rules).map(([id, s]) => [id, { enabled: s.enabled, weight: String(s.weight) }]),
    ),
    hardStops: [...rs.hardStops],
    bands: {
      medium: String(rs.bands.medium),
      high: String(rs.bands.high),
      critical: String(rs.bands.critical),
    },
    caseThreshold: rs.caseThreshold,
    rates: Object.fromEntries(
      ROLES.map((r) => [
        r,
        Object.fromEntries(SENIORITIES.map((s) => [s, String(c.marketRates.rates[r]?.[s] ?? "")])),
      ]),
    ) as EditorState["rates"],
    countryFactors: Object.entries(c.marketRates.countryFactors)
      .map(([k, v]) => `${k} = ${v}`)
      .join("\n"),
  };
}

/** A typed number, or what was typed (the server then says it must be a number). */
function num(s: string): number | string | null {
  const t = s.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

export type CountryFactorParse =
  { ok: true; factors: Record<string, number | string | null> } | { ok: false; error: string };

export function parseCountryFactors(text: string): CountryFactorParse {
  const factors: Record<string, number | string | null> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const m = /^([^\s=:]+)\s*[=:\s]\s*(\S+)$/.exec(line);
    if (!m)
      return { ok: false, error: `Line ${i + 1}: write a country code and its factor, e.g. "PL = 0.55".` };
    if (m[1]! in factors) return { ok: false, error: `Line ${i + 1}: ${m[1]} appears twice.` };
    factors[m[1]!] = num(m[2]!);
  }
  return { ok: true, factors };
}

/** The payload updateDraft validates: `{ definition, marketRates }` (the version is set on the server). */
export function toPayload(s: EditorState, countryFactors: Record<string, number | string | null>) {
  return {
    definition: {
      version: 1,
      rules: Object.fromEntries(
        Object.entries(s.rules).map(([id, r]) => [id, { enabled: r.enabled, weight: num(r.weight) }]),
      ),
      bands: { medium: num(s.bands.medium), high: num(s.bands.high), critical: num(s.bands.critical) },
      caseThreshold: s.caseThreshold,
      hardStops: s.hardStops,
    },
    marketRates: {
      currency: "USD",
      rates: Object.fromEntries(
        Object.entries(s.rates).map(([role, row]) => [
          role,
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, num(v)])),
        ]),
      ),
      countryFactors,
    },
  };
}
