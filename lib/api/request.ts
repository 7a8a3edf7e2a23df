import type { z } from "zod";
import { fieldErrorsFromIssues, ValidationError } from "@/lib/errors";
import { ApiError } from "@/lib/api/errors";
import { UNSTORABLE_TEXT } from "@/lib/schemas/storable";

/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Objects and arrays nested deeper than this are refused; a profile nests three deep. */
export const MAX_JSON_DEPTH = 32;

const MAX_REPORTED = 20;

function isJsonMediaType(contentType: string | null): boolean {
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mime);
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ApiError(413, "payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * The body as JSON: 415 unless the content type is JSON (application/json or any +json type,
 * e.g. application/merge-patch+json), 413 above `maxBytes`, 400 when it is empty, not UTF-8
 * or not JSON, 422 past the limits of checkJsonLimits. What the JSON means is checked
 * afterwards, with field errors (422).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    throw new ApiError(
      415,
      "unsupported_media_type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const bytes = await readLimited(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "malformed_json", "The request body is not valid UTF-8.");
  }
  if (text.trim() === "")
    throw new ApiError(400, "malformed_json", "The request body is empty; send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message})` : "";
    throw new ApiError(400, "malformed_json", `The request body is not valid JSON${detail}.`);
  }
  checkJsonLimits(value);
  return value;
}

/**
 * Refuses (422) JSON that nests deeper than MAX_JSON_DEPTH or holds text PostgreSQL cannot
 * store. Walked with an explicit stack: the recursive code downstream (request fingerprints,
 * audit hashes) would overflow the call stack on a body nested a hundred thousand deep.
 */
export function checkJsonLimits(value: unknown): void {
  // A Map, because a path may be "__proto__" or "constructor", which a plain object would not keep.
  const fields = new Map<string, string[]>();
  const report = (path: string[], message: string) => {
    const key = path.join(".") || "_form";
    if (fields.has(key)) fields.get(key)!.push(message);
    else if (fields.size < MAX_REPORTED) fields.set(key, [message]);
  };
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    // JSON carries U+0000 and unpaired surrogates as escapes (\u0000, \ud800), also in keys the
    // schemas never look at, so the whole body is checked before any database sees it.
    if (typeof v === "string" && UNSTORABLE_TEXT.test(v))
      report(path, "Contains U+0000 or an unpaired surrogate, which cannot be stored");
    if (typeof v !== "object" || v === null) continue;
    if (path.length >= MAX_JSON_DEPTH) {
      throw new ValidationError({
        _form: [`The body nests objects and arrays more than ${MAX_JSON_DEPTH} deep`],
      });
    }
    for (const [k, child] of Object.entries(v)) {
      if (UNSTORABLE_TEXT.test(k))
        report(path, "A key contains U+0000 or an unpaired surrogate, which cannot be stored");
      stack.push({ value: child, path: [...path, k] });
    }
  }
  if (fields.size > 0) throw new ValidationError(Object.fromEntries(fields));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Query parameters checked against a zod schema; a bad one is a 422 naming the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  const raw = Object.fromEntries(new URL(request.url).searchParams.entries());
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ValidationError(
      fieldErrorsFromIssues(parsed.error.issues),
      "Some query parameters are not valid.",
    );
  return parsed.data;
}

/** `If-Match: "3"`, `W/"3"` or `3` → 3; anything else (including `*`) → undefined. */
export function versionFromIfMatch(header: string | null): number | undefined {
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? "");
  return m ? Number(m[1]) : undefined;
}

/** The version column is a 32-bit integer: a larger number would fail in the query, not as a 422. */
export const MAX_VERSION = 2_147_483_647;

export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The version an update was made from: `version` in the body or the If-Match header. Both may
 * be given if they agree; neither is a 422 (an update must say what it was based on).
 */
export function expectedVersion(body: Record<string, unknown>, ifMatch: string | null): number {
  const fromHeader = versionFromIfMatch(ifMatch);
  const raw = body.version;
  if (
    raw !== undefined &&
    !(typeof raw === "number" && Number.isInteger(raw) && raw >= 1 && raw <= MAX_VERSION)
  ) {
    throw new ValidationError({ version: [`version must be a whole number from 1 to ${MAX_VERSION}`] });
  }
  const fromBody = raw as number | undefined;
  if (fromBody !== undefined && fromHeader !== undefined && fromBody !== fromHeader) {
    throw new ValidationError({
      version: [`version ${fromBody} in the body disagrees with If-Match ${fromHeader}`],
    });
  }
  const version = fromBody ?? fromHeader;
  if (version === undefined) {
    throw new ValidationError({
      version: ['Send the version you are updating from, as "version" in the body or an If-Match header'],
    });
  }
  return version;
}
