import { randomUUID } from "node:crypto";
import type { BlockList } from "node:net";
import { clientAddress } from "@/lib/auth/client-address";
import { clientAddressHeaderTrusted, trustedProxies } from "@/lib/env";
import type { RequestMeta } from "@/lib/data/types";
import { CLIENT_IP_HEADER } from "@/lib/server-header.mjs";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

interface AddressSettings {
  /** Whether x-candor-client-ip was written by lib/server.mjs (and so is the socket's address). */
  socketHeaderTrusted: boolean;
  proxies: BlockList;
}

/**
 * The request id (set by proxy.ts) and the client address, for the throttle and the audit trail.
 * Served any other way than through lib/server.mjs (`next dev`, a bare `next start`) the socket's
 * address is unknown to the app, and the address is null rather than whatever a header claims.
 */
export function metaFromHeaders(
  headers: HeaderSource,
  settings: AddressSettings = {
    socketHeaderTrusted: clientAddressHeaderTrusted(),
    proxies: trustedProxies(),
  },
): RequestMeta {
  const requestId = read(headers, "x-request-id");
  const socket = settings.socketHeaderTrusted ? read(headers, CLIENT_IP_HEADER) : undefined;
  return {
    requestId: requestId && /^[A-Za-z0-9-]{8,64}$/.test(requestId) ? requestId : randomUUID(),
    ip: clientAddress(socket, read(headers, "x-forwarded-for"), settings.proxies),
  };
}
