import fc from "fast-check";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "@/lib/api/request";
import { candidateInputSchema } from "@/lib/schemas/candidate";

/**
 * Generators of malformed request bodies for the write endpoints, and the oracle that says
 * which of them the API must accept. Most cases are a valid body with a few mutations, so
 * they get past the media type and JSON checks and reach the deep validation; the rest are
 * arbitrary JSON, text that is not JSON, bytes that are not UTF-8, wrong media types, huge
 * and deeply nested bodies.
 */

/** Stands for the target's current version in a PATCH body; filled in when the request is sent. */
export const CURRENT_VERSION = Symbol("current version");

export interface FuzzCase {
  label: string;
  body: { json: unknown } | { text: string } | { bytes: Uint8Array<ArrayBuffer> };
  contentType: string | null;
  headers: Record<string, string>;
  /** PATCH only: send If-Match with the target's current version. */
  ifMatchCurrent: boolean;
  /** How fast-check prints a counterexample: short, where the body may be a megabyte. */
  [fc.toStringMethod]: () => string;
}

export function describeCase(c: Omit<FuzzCase, typeof fc.toStringMethod>): string {
  const b = c.body;
  const short = (_key: string, v: unknown): unknown =>
    v === CURRENT_VERSION
      ? "<current version>"
      : typeof v === "string" && v.length > 60
        ? `${v.slice(0, 60)}… (${v.length} characters)`
        : v;
  const body =
    "bytes" in b
      ? `${b.bytes.length} bytes`
      : "text" in b
        ? JSON.stringify(b.text.slice(0, 300))
        : String(JSON.stringify(b.json, short)).slice(0, 600);
  return `${c.label} [${c.contentType}] ${JSON.stringify(c.headers)}${c.ifMatchCurrent ? " If-Match: current" : ""} ${body}`;
}

/** Sets a key as an own property, so "__proto__" is sent as a key instead of replacing the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function ownCopy(source: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) setOwn(copy, k, v);
  return copy;
}

const LISTS = {
  workHistory: ["employer", "title", "startDate", "endDate", "verification"],
  references: ["name", "email", "phone", "status"],
  onlineProfiles: ["kind", "url", "createdOn", "connections"],
} as const;
type ListField = keyof typeof LISTS;
const OPTIONAL_TEXT = [
  "externalId",
  "claimedCity",
  "cryptoWallet",
  "bankAccount",
  "notes",
  "shippingAddress",
] as const;
export const PROFILE_FIELDS = Object.keys(candidateInputSchema.shape);

// ── Values that are wrong somewhere ────────────────────────────────────────
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const nastyText = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202e",
  "\ufeff",
  "🙂",
  "e\u0301",
  "true",
  "false",
  "null",
  "NaN",
  "-0",
  "1e400",
  "2024-02-30",
  "0000-00-00",
  "not-an-email",
  "a@b",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "Candidate"; --',
  "../../etc/passwd",
  "Etc/GMT+99",
  "__proto__",
  "{}",
  "[]",
  "%00",
  "\\u0000",
);
const numbers = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    1.5,
    23.5,
    24,
    51,
    81,
    2000.0001,
    2001,
    2 ** 31,
    2 ** 53 + 2,
    1e21,
    1e308,
    -1e308,
    Number.MIN_VALUE,
  ),
  fc.integer(),
  fc.double(),
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: loneSurrogate, maxLength: 4 }),
  nastyText,
);
const scalar = fc.oneof(fc.constant(null), fc.boolean(), numbers, text);
const hugeText = fc.constantFrom(2_001, 20_001, 300_000, MAX_BODY_BYTES + 1).map((n) => "x".repeat(n));
const oddKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "",
    " ",
    "version",
    "id",
    "createdById",
    "latestScore",
    "latestBand",
    "profile",
    "FULLNAME",
    "fullName ",
    "\u0000",
    "$where",
  ),
  fc.string({ maxLength: 20 }),
);
const oddObject = fc.array(fc.tuple(oddKey, scalar), { maxLength: 5 }).map((entries) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
});
const nestedObject = fc.integer({ min: 2, max: 60 }).map((depth) => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
});
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: oddObject },
  { weight: 1, arbitrary: nestedObject },
  { weight: 1, arbitrary: hugeText },
);

// ── Mutations of a valid body ──────────────────────────────────────────────
type Mutation =
  | { op: "drop"; field: string }
  | { op: "set"; field: string; value: unknown }
  | { op: "item"; list: ListField; field: string; value: unknown }
  | { op: "extra"; key: string; value: unknown };

const listField = fc.constantFrom(...(Object.keys(LISTS) as ListField[]));
/** Changes to the fields the schema knows: most of these make the body invalid. */
function fieldMutation(fields: readonly string[]): fc.Arbitrary<Mutation> {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    { weight: 1, arbitrary: field.map((f): Mutation => ({ op: "drop", field: f })) },
    {
      weight: 5,
      arbitrary: fc.record({ field, value: wrongValue }).map((m): Mutation => ({ op: "set", ...m })),
    },
    {
      weight: 3,
      arbitrary: listField.chain((list) =>
        fc
          .record({
            field: fc.constantFrom<string>(...LISTS[list], "__proto__", "extra"),
            value: fc.oneof(wrongValue, fc.constant(undefined)),
          })
          .map((m): Mutation => ({ op: "item", list, ...m })),
      ),
    },
  );
}

/** Keys the schema does not know: harmless to a correct parser, so they ride along with a field mutation. */
const keyMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ key: oddKey, value: wrongValue }).map((m): Mutation => ({ op: "extra", ...m })),
  // A valid value for an absent field, smuggled in under a key that means "prototype" to a careless merge.
  fc
    .record({
      key: fc.constantFrom("__proto__", "constructor", "prototype"),
      field: fc.constantFrom(...OPTIONAL_TEXT),
      value: fc.string({ minLength: 1, maxLength: 20 }),
    })
    .map(({ key, field, value }): Mutation => {
      const inner: Record<string, unknown> = {};
      setOwn(inner, field, `smuggled ${value}`);
      return { op: "extra", key, value: inner };
    }),
);

function applyMutation(body: Record<string, unknown>, m: Mutation): void {
  if (m.op === "drop") delete body[m.field];
  else if (m.op === "set") setOwn(body, m.field, m.value);
  else if (m.op === "extra") setOwn(body, m.key, m.value);
  else {
    const current = body[m.list];
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    const first = list[0];
    const item = typeof first === "object" && first !== null ? ownCopy(first) : {};
    if (m.value === undefined) delete item[m.field];
    else setOwn(item, m.field, m.value);
    list[0] = item;
    setOwn(body, m.list, list);
  }
}

// ── Whole requests ─────────────────────────────────────────────────────────
const jsonType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      "application/merge-patch+json",
      "APPLICATION/JSON",
      "application/vnd.candor+json",
    ),
  },
);
const wrongType = fc.constantFrom(
  null,
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/jsonx",
  "json",
  "application/xml",
  "text/json",
  "application/json-patch",
  "*/*",
);
const notJson = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    "   ",
    "{",
    "}",
    '{"a":1,}',
    "{'a':1}",
    "NaN",
    "undefined",
    "[1,2",
    '"unterminated',
    '{"fullName":"a"}garbage',
    "\ufeff{}",
    '{"a":01}',
    "// {}",
  ),
);
const INVALID_UTF8 = [
  [0xff],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x82],
];

/** Nesting far past what any profile needs, as text (building it as an object would overflow the test's own stack). */
const deepText = fc.record({
  depth: fc.constantFrom(MAX_JSON_DEPTH + 1, 1_000, 20_000, 200_000),
  kind: fc.constantFrom("array", "object", "inBody"),
});

/**
 * The requests to fuzz one write endpoint with. `base` gives valid bodies (for PATCH: valid
 * patches, with CURRENT_VERSION where the version goes); `fields` are the keys to mutate.
 */
export function fuzzCases(
  base: fc.Arbitrary<Record<string, unknown>>,
  fields: readonly string[],
  headers: fc.Arbitrary<Record<string, string>>,
  ifMatch: fc.Arbitrary<boolean>,
): fc.Arbitrary<FuzzCase> {
  const request = (label: string, body: FuzzCase["body"], contentType: fc.Arbitrary<string | null>) =>
    fc.record({ contentType, headers, ifMatchCurrent: ifMatch }).map((r): FuzzCase => {
      const c = { label, body, ...r };
      return { ...c, [fc.toStringMethod]: () => describeCase(c) };
    });
  const mutated = (ms: fc.Arbitrary<Mutation[]>) =>
    fc.tuple(base, ms).chain(([b, list]) => {
      const body = ownCopy(b);
      for (const m of list) applyMutation(body, m);
      return request(
        `mutated: ${list.map((m) => `${m.op} ${"field" in m ? m.field : m.key}`).join(", ")}`,
        { json: body },
        jsonType,
      );
    });
  // Several field mutations at once rarely leave a body valid (valid ones are costly: they are
  // stored and scored); a single one probes each field's own edge with the rest of the body valid.
  const several = fc
    .tuple(
      fc.array(fieldMutation(fields), { minLength: 2, maxLength: 4 }),
      fc.array(keyMutation, { maxLength: 2 }),
    )
    .map(([a, b]) => [...a, ...b]);
  const single = fieldMutation(fields).map((m) => [m]);
  return fc.oneof(
    { weight: 9, arbitrary: mutated(several) },
    { weight: 3, arbitrary: mutated(single) },
    { weight: 2, arbitrary: fc.jsonValue().chain((v) => request("arbitrary JSON", { json: v }, jsonType)) },
    { weight: 1, arbitrary: base.chain((b) => request("array of the body", { json: [b] }, jsonType)) },
    {
      weight: 1,
      arbitrary: base.chain((b) => request("valid body, wrong media type", { json: b }, wrongType)),
    },
    { weight: 2, arbitrary: notJson.chain((t) => request("not JSON", { text: t }, jsonType)) },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.nat(), fc.constantFrom(...INVALID_UTF8)).chain(([b, at, bad]) => {
        const bytes = new TextEncoder().encode(JSON.stringify(b, sendable(1)));
        const cut = at % (bytes.length + 1);
        return request(
          "not UTF-8",
          { bytes: new Uint8Array([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]) },
          jsonType,
        );
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(base, deepText).chain(([b, { depth, kind }]) => {
        const nest =
          kind === "object"
            ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`
            : `${"[".repeat(depth)}${"]".repeat(depth)}`;
        const text =
          kind === "inBody" ? `${JSON.stringify(b, sendable(1)).slice(0, -1)},"deep":${nest}}` : nest;
        return request(`nested ${depth} deep (${kind})`, { text }, jsonType);
      }),
    },
  );
}

/** The JSON.stringify replacer that writes the target's version where CURRENT_VERSION stands. */
export function sendable(version: number) {
  return (_key: string, value: unknown): unknown => (value === CURRENT_VERSION ? version : value);
}

export function encodeBody(c: FuzzCase, version: number): Uint8Array<ArrayBuffer> {
  if ("bytes" in c.body) return c.body.bytes;
  const text = "text" in c.body ? c.body.text : (JSON.stringify(c.body.json, sendable(version)) ?? "");
  return new TextEncoder().encode(text);
}

// ── The oracle ─────────────────────────────────────────────────────────────
/** U+0000 and unpaired surrogates: PostgreSQL can store neither in text or jsonb. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a parsed body stays within the API's limits on nesting and characters (walked without recursion). */
export function withinLimits(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string" && UNSTORABLE.test(v)) return false;
    if (typeof v !== "object" || v === null) continue;
    if (depth > MAX_JSON_DEPTH) return false;
    for (const [k, child] of Object.entries(v)) {
      if (UNSTORABLE.test(k)) return false;
      stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** The JSON a request carries if the API should read it at all (media type, size, UTF-8, syntax, limits); else undefined. */
export function acceptableJson(
  contentType: string | null,
  bytes: Uint8Array,
): { value: unknown } | undefined {
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(mime)) return undefined;
  if (bytes.length > MAX_BODY_BYTES) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return withinLimits(value) ? { value } : undefined;
  } catch {
    return undefined;
  }
}
