/**
 * Where next-auth may send someone after signing in or out: a path on our own origin, else our
 * home. A callbackUrl that does not parse (e.g. "http://127.0.0.1:3101.evil.example/", whose
 * "port" is not a number) falls back to home instead of throwing, and no other origin is ever
 * returned, including look-alikes such as "//evil.example" or "/\evil.example".
 */
export function safeRedirect(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  const home = `${base.origin}${base.pathname.replace(/\/$/, "")}`;
  try {
    const target = url.startsWith("/") && !/^\/[/\\]/.test(url) ? new URL(url, base) : new URL(url);
    if (target.origin !== base.origin) return home;
    return `${target.origin}${target.pathname}${target.search}${target.hash}`;
  } catch {
    return home;
  }
}

/** Whether next-auth may be handed this callbackUrl as it is: a path here, or a URL on our origin. */
export function isSameOriginTarget(url: string, baseUrl: string): boolean {
  try {
    const base = new URL(baseUrl);
    if (url.startsWith("/")) return !/^\/[/\\]/.test(url) && new URL(url, base).origin === base.origin;
    return new URL(url).origin === base.origin;
  } catch {
    return false;
  }
}
