// Public surface of the screening library. Pure functions over caller-supplied data:
// nothing here touches the network, the filesystem, the database or the framework.
export type * from "./types";
export { WatchlistParseError } from "./errors";
export { parseOfac, type OfacFiles } from "./ofac";
export { parseUnXml, type UnParseResult } from "./un";
export {
  canonicalName,
  foldText,
  nameTokens,
  normalizeIdentifier,
  phonesMatch,
  type NameKind,
} from "./normalize";
export { jaroWinkler } from "./jaro-winkler";
export {
  buildIndex,
  DEFAULT_NAME_THRESHOLD,
  nameSimilarity,
  screen,
  screenWithStats,
  ScreeningIndex,
  type MatchedField,
  type ScreenMatch,
  type ScreenOptions,
  type ScreenStats,
  type ScreeningSubject,
} from "./match";
export { parseSubjectDob } from "./dates";
export { diffSnapshots, type SnapshotDiff } from "./diff";
