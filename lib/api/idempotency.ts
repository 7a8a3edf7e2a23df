import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { ApiError, toApiError } from "@/lib/api/errors";
import { checkIdempotencyKey } from "@/lib/api/idempotency-hash";

/**
 * `Idempotency-Key` on a POST. The first request with a key reserves it (a row with status 0,
 * which the unique (apiKeyId, key) index makes a lock), runs, and stores its status and body.
 * A retry with the same key and the same request gets that answer again, marked
 * `Idempotent-Replayed: true`; the same key with a different request is refused (422); a retry
 * while the first is still running gets 409. Answers of 500 and above are not kept, so the
 * client can retry them. Keys are remembered for 24 hours.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const IN_PROGRESS = 0;

export interface Outcome {
  status: number;
  body: unknown;
  replayed: boolean;
}

interface Options {
  apiKeyId: string;
  header: string | null;
  fingerprint: string;
  requestId: string;
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

async function reserve(apiKeyId: string, key: string, fingerprint: string): Promise<Outcome | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await db.idempotencyRecord.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
    if (existing && existing.createdAt.getTime() < Date.now() - IDEMPOTENCY_TTL_MS) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing) {
      if (existing.requestHash !== fingerprint) {
        throw new ApiError(
          422,
          "idempotency_key_reused",
          "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
          {
            "Idempotency-Key": ["Already used with a different request body"],
          },
        );
      }
      if (existing.status === IN_PROGRESS) {
        throw new ApiError(
          409,
          "idempotency_in_progress",
          "A request with this Idempotency-Key is still being processed. Retry shortly.",
          {},
          { "Retry-After": "1" },
        );
      }
      return { status: existing.status, body: JSON.parse(existing.responseBody) as unknown, replayed: true };
    }
    try {
      await db.idempotencyRecord.create({
        data: { apiKeyId, key, requestHash: fingerprint, status: IN_PROGRESS, responseBody: "" },
      });
      return null;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Someone else reserved it between our read and our write: read theirs.
    }
  }
  throw new ApiError(
    409,
    "idempotency_in_progress",
    "A request with this Idempotency-Key is still being processed. Retry shortly.",
    {},
    { "Retry-After": "1" },
  );
}

/** Runs `work` at most once per (API key, Idempotency-Key); without the header it just runs. */
export async function idempotent(
  options: Options,
  work: () => Promise<{ status: number; body: unknown }>,
): Promise<Outcome> {
  const key = checkIdempotencyKey(options.header);
  if (key === null) return { ...(await work()), replayed: false };
  const replay = await reserve(options.apiKeyId, key, options.fingerprint);
  if (replay) return replay;
  let result: { status: number; body: unknown };
  try {
    result = await work();
  } catch (e) {
    if (!isAppError(e)) {
      await db.idempotencyRecord.deleteMany({
        where: { apiKeyId: options.apiKeyId, key, status: IN_PROGRESS },
      });
      throw e;
    }
    const mapped = toApiError(e, options.requestId);
    result = { status: mapped.status, body: mapped.body };
  }
  if (result.status >= 500) {
    await db.idempotencyRecord.deleteMany({
      where: { apiKeyId: options.apiKeyId, key, status: IN_PROGRESS },
    });
  } else {
    await db.idempotencyRecord.update({
      where: { apiKeyId_key: { apiKeyId: options.apiKeyId, key } },
      data: { status: result.status, responseBody: JSON.stringify(result.body) },
    });
  }
  return { ...result, replayed: false };
}
