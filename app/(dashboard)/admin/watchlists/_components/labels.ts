import { INTERNAL_KIND_VALUES } from "@/lib/schemas/watchlist-kinds";

export type InternalKind = (typeof INTERNAL_KIND_VALUES)[number];

export const KIND_LABELS: Record<InternalKind, string> = {
  name: "Person's name",
  email: "Email",
  phone: "Phone",
  wallet: "Crypto wallet",
  bank_account: "Bank account",
  address: "Address",
  company: "Company",
};

export const LIST_LABELS: Record<string, string> = {
  ofac: "OFAC SDN",
  un: "UN consolidated",
  internal: "Internal",
};

export const listLabel = (list: string) => LIST_LABELS[list] ?? list;
export const kindLabel = (kind: string) => (KIND_LABELS as Record<string, string>)[kind] ?? kind;

/** The internal-watchlist CSV template, offered as a download. */
export const CSV_TEMPLATE = [
  "kind,value,reason,source",
  'wallet,0x0000000000000000000000000000000000000000,"Paid out to a known facilitator, per our investigation",Internal investigation 2026-01',
  "company,Example Staffing Ltd,Front company named in a public advisory,FBI PSA 2024-05-16",
  "",
].join("\r\n");
