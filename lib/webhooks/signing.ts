import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hostProblem } from "@/lib/webhooks/address-policy";

/**
 * Webhook signatures, retry schedule and endpoint URL policy. Pure (no database, no network).
 *
 * Every delivery carries `X-Candor-Signature: t=<unix seconds>,v1=<hex>` where the hex is
 * HMAC-SHA256, keyed with the endpoint secret (its UTF-8 text, "whsec_…" included), of
 * `<t>.<raw request body>`. A receiver recomputes it over the bytes it received, compares in
 * constant time and rejects a timestamp too far from its clock (replays).
 */
export const SIGNATURE_HEADER = "X-Candor-Signature";
export const EVENT_HEADER = "X-Candor-Event";
export const DELIVERY_HEADER = "X-Candor-Delivery";
/** Seconds a receiver should accept between the signed timestamp and its own clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(secret: string, body: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${signatureOf(secret, t, body)}`;
}

/** What a receiver does: true when some v1 signature matches and the timestamp is recent. */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  opts: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t)) return false;
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), "hex");
  return parts
    .filter(([k, v]) => k === "v1" && typeof v === "string" && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => timingSafeEqual(Buffer.from(v!, "hex"), expected));
}

/** Waits after the 1st, 2nd, … failed attempt: 30 s, 2 min, 10 min, 1 h, 6 h. A 6th failure makes the delivery dead. */
export const RETRY_DELAYS_SECONDS = [30, 120, 600, 3_600, 21_600] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** Seconds until the next attempt after `failedAttempts` failures, or null when it is time to give up. */
export function retryDelaySeconds(failedAttempts: number): number | null {
  if (failedAttempts < 1) return 0;
  return RETRY_DELAYS_SECONDS[failedAttempts - 1] ?? null;
}

/**
 * Null when `raw` may be a webhook endpoint, else the reason. HTTPS to a public host only. A
 * host on `allowHosts` (CANDOR_WEBHOOK_ALLOW_HOSTS, set only by the test suites for their
 * receiver on 127.0.0.1) may also be private and use plain HTTP.
 */
export function endpointUrlProblem(raw: string, opts: { allowHosts: readonly string[] }): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return "Enter a full URL, e.g. https://hooks.example.com/candor";
  }
  if (url.username || url.password) return "Do not put credentials in the URL; verify the signature instead";
  if (url.hash) return "A URL fragment (#…) is never sent; remove it";
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const allowed = opts.allowHosts.includes(host);
  if (url.protocol === "http:")
    return allowed ? null : "Use https:// (plain http is never sent to a receiver)";
  if (url.protocol !== "https:") return "Use an https:// URL";
  return allowed ? null : hostProblem(host);
}
