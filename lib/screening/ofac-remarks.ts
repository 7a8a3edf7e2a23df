import { ofacDobToEdtf } from "./dates";
import { normalizeIdentifier } from "./normalize";
import { isCompleteWalletAddress } from "./wallets";
import type { IdentifierKind, WatchlistAlias, WatchlistIdentifier } from "./types";

export interface RemarkFacts {
  identifiers: WatchlistIdentifier[];
  datesOfBirth: string[];
  nationalities: string[];
  linkedTo: string[];
  /** OFAC "a.k.a. '...'" inside Remarks are its weak aliases (not in alt.csv). */
  weakAliases: WatchlistAlias[];
  /** DOB items we could not read; reported as warnings by the caller. */
  unreadDobs: string[];
}

export interface RemarkOptions {
  /** Remarks were cut at 1,000 characters with no continuation: the last item is partial and must be ignored. */
  truncated: boolean;
  /** Primary names on the list, to decide whether a final "Linked To: X LTD." keeps its dot. */
  knownNames: ReadonlySet<string>;
}

const WALLET = /^Digital Currency Address - ([A-Za-z0-9]+) (\S+)$/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /^(?:Phone(?: Number)?|Telephone(?: No\.| Number)?|Tel\.|Fax(?: No\.| Number)?):? *(.+)$/i;
const PASSPORT = /^(?:Diplomatic |Official |Service )?Passport(?: No\.)? (.+)$/;
const WEAK_ALIAS = /^([afn])\.k\.a\. '(.+)'$/;

// Labels OFAC uses for personal identity numbers. Tax and company registration numbers are
// intentionally absent: nothing a candidate supplies is compared against them.
const NATIONAL_ID_LABELS = [
  "National ID No.:",
  "National ID No.",
  "National Foreign ID Number",
  "Personal ID Card",
  "Identification Number",
  "Cedula No.",
  "C.U.R.P. #",
  "C.U.R.P.",
  "D.N.I.",
  "SSN",
  "Turkish Identification Number",
  "Numero de Identidad",
  "Kenyan ID No.",
  "Refugee ID Card",
  "Tazkira National ID Card",
  "Moroccan Personal ID No.",
  "Bosnian Personal ID No.",
  "UAE Identification",
  "Citizen's Card Number",
];

function completeWalletItem(raw: string): boolean {
  const m = WALLET.exec(raw.trim().replace(/^alt\. /, ""));
  return m !== null && isCompleteWalletAddress(m[1] ?? "", m[2] ?? "");
}

/** The number itself, without "(Country)", "issued ...", "expires ..." qualifiers. */
function documentNumber(rest: string): string {
  return rest.split(/ \(| issued\b| expires\b|,/)[0]?.trim() ?? "";
}

/** Splits OFAC Remarks (`item; item; item.`) and extracts the facts the screening engine uses. */
export function parseRemarks(remarks: string, opts: RemarkOptions): RemarkFacts {
  const facts: RemarkFacts = {
    identifiers: [],
    datesOfBirth: [],
    nationalities: [],
    linkedTo: [],
    weakAliases: [],
    unreadDobs: [],
  };
  const items = remarks.trim().split("; ");
  // The last item of a cut field is partial, unless it is a wallet whose address checks out complete
  // (the cut can fall exactly at the end of an address).
  if (opts.truncated && !completeWalletItem(items[items.length - 1] ?? "")) items.pop();
  const seen = new Set<string>();
  const addId = (kind: IdentifierKind, value: string, currency?: string) => {
    const normalized = normalizeIdentifier(kind, value);
    // The same address is often listed once per token (ETH, USDT, USDC): keep each ticker.
    const key = `${kind}:${currency ?? ""}:${normalized}`;
    if (normalized === "" || seen.has(key)) return;
    seen.add(key);
    facts.identifiers.push(currency ? { kind, value, currency } : { kind, value });
  };

  items.forEach((raw, index) => {
    let item = raw.trim().replace(/^alt\. /, "");
    const last = index === items.length - 1 && !opts.truncated;
    // The whole Remarks field ends with "."; a final linked name keeps it only if it is its own
    // (e.g. "... LTD."): decided by the names on the list, else by an initialism like "S.A.".
    if (last && item.endsWith(".")) {
      const linked = /^Linked To: (.+)$/.exec(item)?.[1] ?? "";
      const known = opts.knownNames.has(linked);
      const initialism =
        !opts.knownNames.has(linked.slice(0, -1)) && /\.[^.\s]*\.$/.test(linked.split(" ").pop() ?? "");
      if (!(linked && (known || initialism))) item = item.slice(0, -1);
    }

    const alias = WEAK_ALIAS.exec(item);
    if (alias) {
      facts.weakAliases.push({ name: alias[2] ?? "", kind: "low" });
      return; // handles like 'H4mid@Tm3l' are names, not emails
    }
    let m = WALLET.exec(item);
    if (m) return addId("wallet", m[2] ?? "", (m[1] ?? "").toUpperCase());
    if ((m = /^Linked To: (.+)$/.exec(item))) return void facts.linkedTo.push((m[1] ?? "").trim());
    if ((m = /^DOB (.+)$/.exec(item))) {
      const dob = ofacDobToEdtf(m[1] ?? "");
      if (dob) facts.datesOfBirth.push(dob);
      else facts.unreadDobs.push(m[1] ?? "");
      return;
    }
    if ((m = /^(?:nationality|citizen) (.+)$/.exec(item)))
      return void facts.nationalities.push((m[1] ?? "").trim());
    if ((m = /^Website (.+)$/.exec(item))) return addId("website", m[1] ?? "");
    if ((m = PASSPORT.exec(item))) {
      const num = documentNumber(m[1] ?? "");
      if (/\d/.test(num)) addId("passport", num);
      return;
    }
    const label = NATIONAL_ID_LABELS.find((l) => item.startsWith(`${l} `));
    if (label) {
      const num = documentNumber(item.slice(label.length + 1));
      // "Identification Number IMO 1234567" identifies a ship, not a person.
      if (/\d/.test(num) && !/^IMO\b/.test(num)) addId("national_id", num);
      return;
    }
    if ((m = PHONE.exec(item))) {
      const value = (m[1] ?? "").trim().replace(/^No\.? */, "");
      if (value.replace(/\D/g, "").length >= 6) addId("phone", value);
      return;
    }
    // Emails appear as "Email Address x@y", "Email:x@y", "EMAIL x@y" or "x@y (email)".
    for (const e of item.match(EMAIL) ?? []) addId("email", e.replace(/\.$/, ""));
  });
  return facts;
}
