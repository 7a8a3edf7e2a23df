import { describe, expect, test } from "vitest";
import { isSameOriginTarget, safeRedirect } from "@/lib/auth/safe-redirect";

const BASE = "http://127.0.0.1:3101";

describe("open redirect and 500 via callbackUrl: only same-origin paths, never a throw", () => {
  test.each([
    {
      label: "a host that looks like our origin with a bad port",
      url: "http://127.0.0.1:3101.evil.example/",
      to: BASE,
    },
    { label: "another origin", url: "https://evil.example/candidates", to: BASE },
    { label: "a protocol-relative URL", url: "//evil.example/x", to: BASE },
    { label: "a backslash look-alike", url: "/\\evil.example", to: BASE },
    {
      label: "our origin with userinfo pointing elsewhere",
      url: "http://127.0.0.1:3101@evil.example/",
      to: BASE,
    },
    { label: "a javascript: URL", url: "javascript:alert(1)", to: BASE },
    { label: "garbage", url: "http://[::1", to: BASE },
    { label: "a same-origin path", url: "/cases?status=open#top", to: `${BASE}/cases?status=open#top` },
    { label: "a same-origin absolute URL", url: `${BASE}/candidates`, to: `${BASE}/candidates` },
  ])("$label", ({ url, to }) => {
    expect(() => safeRedirect(url, BASE)).not.toThrow();
    expect(safeRedirect(url, BASE)).toBe(to);
    // The route hands next-auth only what it can parse without failing (lib/auth/route-handler.ts).
    expect(isSameOriginTarget(url, BASE)).toBe(to !== BASE);
  });
});
