export const INTERNAL_KIND_VALUES = [
  "name",
  "email",
  "phone",
  "wallet",
  "bank_account",
  "address",
  "company",
] as const;
