/**
 * Pure helpers for tuning the rules: comparing two rule sets, the band migration a change
 * would cause, precision and recall against decided cases, validation of edits and imports,
 * and rule-firing tallies. No I/O; the data layer (lib/data/rule-admin.ts, what-if.ts) feeds them.
 */
export * from "./types";
export * from "./diff";
export * from "./migration";
export * from "./precision";
export * from "./validate";
export * from "./stats";
