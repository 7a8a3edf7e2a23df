import { randomUUID } from "node:crypto";
import type { RequestMeta } from "@/lib/data/types";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The request id (set by proxy.ts) and the client address, for the audit trail. */
export function metaFromHeaders(headers: HeaderSource): RequestMeta {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const requestId = read(headers, "x-request-id");
  return {
    requestId: requestId && /^[A-Za-z0-9-]{8,64}$/.test(requestId) ? requestId : randomUUID(),
    ip: forwarded || read(headers, "x-real-ip") || null,
  };
}
