// Shared shapes for the sanctions-screening library. Pure data: no I/O, no framework imports.

export type WatchlistList = "ofac" | "un" | "internal";

export type WatchlistEntryType = "individual" | "entity" | "vessel" | "aircraft";

export type IdentifierKind = "wallet" | "email" | "phone" | "passport" | "national_id" | "website" | "other";

export interface WatchlistAlias {
  name: string;
  /** aka, fka, nka (OFAC alt.csv), good / low (UN quality; OFAC weak "a.k.a." in Remarks is "low"), original (UN original script). */
  kind: string;
}

export interface WatchlistAddress {
  address?: string;
  city?: string;
  country?: string;
}

export interface WatchlistIdentifier {
  kind: IdentifierKind;
  value: string;
  /** Ticker for wallets as published (XBT, ETH, USDT, ...). */
  currency?: string;
}

export interface WatchlistEntry {
  /** List-prefixed so ids from different lists can never collide, e.g. "ofac:12345", "un:KPi.066". */
  id: string;
  list: WatchlistList;
  type: WatchlistEntryType;
  name: string;
  aliases: WatchlistAlias[];
  programs: string[];
  addresses: WatchlistAddress[];
  /**
   * EDTF-style partial dates: "1977-03-25", "1977-03", "1977", approximate "1951~",
   * ranges "1967/1969" or "1967-01-01/1969-12-31". See dates.ts.
   */
  datesOfBirth: string[];
  /** Stored for analysts; deliberately never used to raise a match score. */
  nationalities: string[];
  identifiers: WatchlistIdentifier[];
  linkedTo: string[];
  remarks?: string;
  /**
   * Other published columns kept verbatim so nothing is lost and diffs see every change:
   * OFAC title, callSign, vesselType, tonnage, grt, vesselFlag, vesselOwner; UN title, designation.
   */
  attributes?: Record<string, string>;
}

export interface ParseResult {
  entries: WatchlistEntry[];
  /** Recoverable oddities (orphan alias rows, truncated remarks, ...). Fatal problems throw WatchlistParseError. */
  warnings: string[];
}
