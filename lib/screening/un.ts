import { ofacDobToEdtf } from "./dates";
import { lineAt, WatchlistParseError } from "./errors";
import type {
  ParseResult,
  WatchlistAddress,
  WatchlistAlias,
  WatchlistEntry,
  WatchlistIdentifier,
} from "./types";
import { childElements, childText, firstChild, parseXml, type XmlElement } from "./xml";

export interface UnParseResult extends ParseResult {
  /** The list's own generation timestamp (CONSOLIDATED_LIST/@dateGenerated), e.g. "2026-02-27T00:00:09.554Z". */
  dateGenerated: string;
}

const ALIAS_KINDS: Record<string, string> = {
  good: "good",
  low: "low",
  "a.k.a.": "aka",
  "f.k.a.": "fka",
  "n.k.a.": "nka",
};

/**
 * Parses the UN Security Council Consolidated List XML. Throws WatchlistParseError on malformed
 * or truncated XML and on records without the fields every entry needs (reference number, name).
 */
export function parseUnXml(xml: string, file = "consolidated.xml"): UnParseResult {
  const root = parseXml(xml, file);
  const fail = (el: XmlElement, reason: string): never => {
    throw new WatchlistParseError(file, lineAt(xml, el.offset), reason);
  };
  if (root.name !== "CONSOLIDATED_LIST")
    fail(root, `root element is <${root.name}>, expected <CONSOLIDATED_LIST>`);
  const individuals = firstChild(root, "INDIVIDUALS");
  const entities = firstChild(root, "ENTITIES");
  if (!individuals || !entities) fail(root, "missing <INDIVIDUALS> or <ENTITIES> section");

  const warnings: string[] = [];
  const entries: WatchlistEntry[] = [];
  const seen = new Map<string, XmlElement>();

  const base = (el: XmlElement, type: "individual" | "entity", name: string): WatchlistEntry => {
    const ref = childText(el, "REFERENCE_NUMBER");
    if (ref === "") fail(el, `<${el.name}> without REFERENCE_NUMBER`);
    if (name === "") fail(el, `${ref} has no name`);
    const previous = seen.get(ref);
    if (previous)
      fail(el, `duplicate REFERENCE_NUMBER ${ref} (first on line ${lineAt(xml, previous.offset)})`);
    seen.set(ref, el);
    const program = childText(el, "UN_LIST_TYPE");
    const remarks = childText(el, "COMMENTS1");
    const entry: WatchlistEntry = {
      id: `un:${ref}`,
      list: "un",
      type,
      name,
      aliases: [],
      programs: program ? [program] : [],
      addresses: [],
      datesOfBirth: [],
      nationalities: [],
      identifiers: [],
      linkedTo: [],
    };
    if (remarks) entry.remarks = remarks;
    const attributes: Record<string, string> = {};
    for (const [key, tag] of [
      ["title", "TITLE"],
      ["designation", "DESIGNATION"],
    ] as const) {
      const values = childElements(el, tag)
        .flatMap((t) => childElements(t, "VALUE"))
        .map((v) => v.text.trim())
        .filter(Boolean);
      if (values.length > 0) attributes[key] = values.join("; ");
    }
    if (Object.keys(attributes).length > 0) entry.attributes = attributes;
    return entry;
  };

  for (const el of childElements(individuals ?? root, "INDIVIDUAL")) {
    const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
      .map((n) => childText(el, n))
      .filter((p) => p !== "")
      .join(" ");
    const entry = base(el, "individual", name);
    entry.aliases = aliases(el, "INDIVIDUAL_ALIAS");
    entry.addresses = addresses(el, "INDIVIDUAL_ADDRESS");
    for (const nat of childElements(el, "NATIONALITY")) {
      for (const v of childElements(nat, "VALUE")) if (v.text.trim()) entry.nationalities.push(v.text.trim());
    }
    for (const dob of childElements(el, "INDIVIDUAL_DATE_OF_BIRTH")) {
      const value = dateOfBirth(dob);
      if (value) entry.datesOfBirth.push(value);
      else if (dob.children.some((c) => c.text.trim() !== "" && c.name !== "TYPE_OF_DATE")) {
        const text = dob.children
          .map((c) => c.text.trim())
          .filter(Boolean)
          .join(" ");
        warnings.push(
          `${entry.id}: date of birth not understood: "${text}" (line ${lineAt(xml, dob.offset)})`,
        );
      }
    }
    entry.identifiers = documents(el);
    entries.push(entry);
  }
  for (const el of childElements(entities ?? root, "ENTITY")) {
    const entry = base(el, "entity", childText(el, "FIRST_NAME"));
    entry.aliases = aliases(el, "ENTITY_ALIAS");
    entry.addresses = addresses(el, "ENTITY_ADDRESS");
    entries.push(entry);
  }
  if (entries.length === 0) fail(root, "no INDIVIDUAL or ENTITY records");
  return { entries, warnings, dateGenerated: root.attrs.dateGenerated ?? "" };
}

function aliases(el: XmlElement, tag: string): WatchlistAlias[] {
  const out: WatchlistAlias[] = [];
  for (const a of childElements(el, tag)) {
    const name = childText(a, "ALIAS_NAME");
    // The UN writes an empty <INDIVIDUAL_ALIAS> placeholder when there are none.
    if (name === "") continue;
    const quality = childText(a, "QUALITY").toLowerCase();
    out.push({ name, kind: ALIAS_KINDS[quality] ?? (quality || "aka") });
  }
  const original = childText(el, "NAME_ORIGINAL_SCRIPT");
  if (original) out.push({ name: original, kind: "original" });
  return out;
}

function addresses(el: XmlElement, tag: string): WatchlistAddress[] {
  const out: WatchlistAddress[] = [];
  for (const a of childElements(el, tag)) {
    const street = childText(a, "STREET");
    const city = ["CITY", "STATE_PROVINCE", "ZIP_CODE"]
      .map((n) => childText(a, n))
      .filter((p) => p)
      .join(", ");
    const country = childText(a, "COUNTRY");
    const address: WatchlistAddress = {};
    if (street) address.address = street;
    if (city) address.city = city;
    if (country) address.country = country;
    if (street || city || country) out.push(address);
  }
  return out;
}

/** EXACT/APPROXIMATELY with DATE or YEAR, or BETWEEN FROM_YEAR/TO_YEAR → EDTF (see dates.ts). */
function dateOfBirth(dob: XmlElement): string | null {
  const type = childText(dob, "TYPE_OF_DATE").toUpperCase();
  const approx = type === "APPROXIMATELY" ? "~" : "";
  const date = childText(dob, "DATE");
  const year = childText(dob, "YEAR");
  const from = childText(dob, "FROM_YEAR");
  const to = childText(dob, "TO_YEAR");
  if (type === "BETWEEN" && /^\d{4}$/.test(from) && /^\d{4}$/.test(to)) return `${from}/${to}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}${approx}`;
  if (/^\d{4}$/.test(year)) return `${year}${approx}`;
  // Some records carry the date only as free text, e.g. <NOTE>August 1961 </NOTE>.
  const note = ofacDobToEdtf(childText(dob, "NOTE"));
  return note && !note.includes("~") ? `${note}${approx}` : note;
}

function documents(el: XmlElement): WatchlistIdentifier[] {
  const out: WatchlistIdentifier[] = [];
  for (const d of childElements(el, "INDIVIDUAL_DOCUMENT")) {
    const value = childText(d, "NUMBER");
    if (value === "") continue;
    const type = childText(d, "TYPE_OF_DOCUMENT").toLowerCase();
    // Spanish and French entries say "Número de pasaporte" / "Numéro de passeport".
    const kind = /pass|pasaporte/.test(type)
      ? "passport"
      : /national|identi/.test(type)
        ? "national_id"
        : "other";
    // The same document is often repeated once per issue/expiry note.
    if (!out.some((o) => o.kind === kind && o.value === value)) out.push({ kind, value });
  }
  return out;
}
