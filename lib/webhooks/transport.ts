import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { addressProblem, hostProblem } from "@/lib/webhooks/address-policy";

/**
 * Sends one webhook request to an address that was checked first, and to no other.
 *
 * The URL's host is resolved once, here; every answer must be a public address (see
 * address-policy.ts) and the connection is then made to the first one through a `lookup` that
 * returns exactly that address. Letting the HTTP client resolve again would open a DNS-rebinding
 * window: a name can answer with a public address for the check and 169.254.169.254 for the
 * connection. The URL keeps its host name, so TLS (SNI, certificate) and the Host header are
 * the receiver's. Redirects are never followed: a 3xx is the receiver's answer, not a new target.
 */

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to, in the resolver's order. Tests inject their own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** The target is not one a webhook may reach: recorded as the attempt's error and not retried. */
export class DeliveryRefusedError extends Error {
  override name = "DeliveryRefusedError";
}

export interface TargetPolicy {
  resolve: Resolver;
  /** CANDOR_WEBHOOK_ALLOW_HOSTS: host names or addresses exempt from the address check (tests only). */
  allowHosts: readonly string[];
}

const bare = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, "");

/** The address to connect to for `url`, after checking every address its host resolves to. */
export async function vetTarget(url: URL, policy: TargetPolicy): Promise<ResolvedAddress> {
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new DeliveryRefusedError("Refused: use an https:// URL");
  const host = bare(url.hostname);
  const listed = (h: string) => policy.allowHosts.includes(bare(h));
  // The same cheap check as at save time: the endpoint may have been saved before it existed.
  const typed = listed(host) ? null : hostProblem(host);
  if (typed) throw new DeliveryRefusedError(`Refused: ${typed}`);
  const literal = isIP(host);
  const answers: ResolvedAddress[] = literal
    ? [{ address: host, family: literal === 6 ? 6 : 4 }]
    : await policy.resolve(host);
  if (answers.length === 0) throw new Error(`${host} has no address`);
  if (!listed(host)) {
    // All answers, not just the first: a name that mixes public and private answers is not a receiver.
    for (const a of answers) {
      const why = listed(a.address) ? null : addressProblem(a.address);
      if (why) throw new DeliveryRefusedError(`Refused: ${host} resolves to ${a.address}, a ${why}`);
    }
  }
  if (url.protocol === "http:" && !listed(host) && !answers.every((a) => listed(a.address))) {
    throw new DeliveryRefusedError("Refused: plain http is never sent to a receiver; use https://");
  }
  return answers[0]!;
}

/** A `lookup` for the socket that answers with the vetted address only, whatever the resolver would say now. */
export function pinnedLookup(hostname: string, target: ResolvedAddress): LookupFunction {
  return (asked, options, callback) => {
    if (bare(asked) !== bare(hostname)) {
      callback(Object.assign(new Error(`unexpected lookup of ${asked}`), { code: "ENOTFOUND" }), "", 0);
      return;
    }
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

export interface WebhookResponse {
  status: number;
  text: string;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

export async function postWebhook(
  rawUrl: string,
  request: { headers: Record<string, string>; body: string; timeoutMs: number },
  policy: TargetPolicy,
): Promise<WebhookResponse> {
  const url = new URL(rawUrl);
  const signal = AbortSignal.timeout(request.timeoutMs);
  const target = await vetTarget(url, policy);
  const client = url.protocol === "https:" ? https : http;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "POST",
        headers: { ...request.headers, "Content-Length": String(Buffer.byteLength(request.body)) },
        lookup: pinnedLookup(url.hostname, target),
        // A fresh connection per delivery: a pooled socket could outlive the address it was vetted for.
        agent: false,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8").slice(0, MAX_RESPONSE_BYTES),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(request.body);
  });
}
