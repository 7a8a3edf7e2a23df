/**
 * The headers every response carries. proxy.ts sets them on pages, route handlers, redirects and
 * its own refusals; next.config.ts sets the static ones on the files proxy.ts does not see
 * (/_next/static, /_next/image, /favicon.ico). Pure: no Next.js, no environment reads.
 */

/** The ones that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** Two years, as the HSTS preload list asks. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this response's nonce, or when loaded by a script that had it
 * ('strict-dynamic': Next's runtime loads the page's chunks). Inline style attributes stay
 * allowed (React and recharts write them; they cannot run code), while <style> elements need
 * the nonce. Development adds 'unsafe-eval', which React's dev build uses for error stacks.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * HSTS only means something over https: when the app's own URL is https, or the platform in
 * front of it says the request came in over https. Over plain http a browser ignores it anyway,
 * and sending it from a local http demo would only confuse.
 */
export function servedOverHttps(appUrl: string | undefined, forwardedProto: string | null): boolean {
  if (appUrl?.startsWith("https://")) return true;
  return (forwardedProto ?? "").split(",")[0]!.trim().toLowerCase() === "https";
}

/** All of them for one response. */
export function securityHeaders(
  nonce: string,
  options: { dev?: boolean; https: boolean },
): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(nonce, options),
    ...(options.https ? { "Strict-Transport-Security": HSTS_VALUE } : {}),
  };
}
