/**
 * Cross-site request forgery defence for the routes a browser's session cookie authenticates.
 * A browser names where a request comes from: every cross-origin POST carries `Origin`, and
 * current browsers add `Sec-Fetch-Site`. A write is refused when either says another site sent
 * it. A request with neither header did not come from a browser page, so no other site can have
 * made a visitor's browser send it. Pure: the app's origins are passed in.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isWrite(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** The origins this app is served on: its configured URL and the one the request itself was addressed to. */
export function appOrigins(
  configuredUrl: string | undefined,
  headers: Headers,
  requestUrl: string,
): string[] {
  const origins = new Set<string>();
  if (configuredUrl) origins.add(new URL(configuredUrl).origin);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(requestUrl).protocol.replace(/:$/, "");
  if (host) origins.add(`${proto}://${host}`.toLowerCase());
  origins.add(new URL(requestUrl).origin);
  return [...origins];
}

/** Why a write must be refused as cross-origin, or null when it may go ahead. */
export function crossOriginWrite(
  method: string,
  headers: Headers,
  origins: readonly string[],
): string | null {
  if (!isWrite(method)) return null;
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin")
    return `The request came from another site (Sec-Fetch-Site: ${site}).`;
  const origin = headers.get("origin");
  if (origin !== null && !origins.includes(origin.toLowerCase()))
    return "The request came from another origin.";
  return null;
}
