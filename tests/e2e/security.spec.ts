import fc from "fast-check";
import type { APIResponse, Page } from "@playwright/test";
import { multipartCases } from "../support/malformed-multipart";
import { authFile, expect, test } from "./support";

/**
 * The headers every response carries, and the requests Next.js itself used to answer with a bare
 * 500 (no security headers): paths that are not valid %-encoded UTF-8 and server-action bodies it
 * cannot parse. Against the production build, because both are decided before any of our code runs.
 */
const STATIC = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function expectSecurityHeaders(res: APIResponse, what: string): string {
  const headers = res.headers();
  expect(headers, what).toMatchObject(STATIC);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  for (const d of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "default-src 'self'",
    "form-action 'self'",
  ])
    expect(csp, what).toContain(d);
  expect(headers["x-request-id"], what).toBeTruthy();
  return csp;
}

async function expectErrorShape(res: APIResponse, status: number, what: string): Promise<void> {
  expect(res.status(), what).toBe(status);
  const body = (await res.json()) as { error: Record<string, unknown> };
  expect(Object.keys(body.error).sort(), what).toEqual(["code", "fields", "message", "requestId"]);
  expect(body.error.requestId, what).toBe(res.headers()["x-request-id"]);
}

test.describe("security headers on every response", () => {
  test.use({ storageState: authFile("security_lead") });

  test("a page, a 404, an API answer, a redirect and an evidence download carry the CSP and the other headers; HSTS only over https", async ({
    page,
    playwright,
  }) => {
    await page.goto("/cases");
    await page.getByTestId("case-row").first().getByRole("link").first().click();
    await page.getByLabel("Add evidence").setInputFiles({
      name: "headers-check.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("checking the download's headers\n"),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    const link = page.getByRole("link", { name: "headers-check.txt" }).first();
    await expect(link).toBeVisible();
    const evidenceUrl = (await link.getAttribute("href"))!;
    expect(evidenceUrl).toMatch(/^\/api\/evidence\//);

    const pageRes = await page.request.get("/cases");
    const csp1 = expectSecurityHeaders(pageRes, "page");
    // The nonce Next put on the page's scripts is the one in the policy, and it changes per response.
    const nonce = /'nonce-([^']+)'/.exec(csp1)![1]!;
    const html = await pageRes.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    expect(expectSecurityHeaders(await page.request.get("/cases"), "page again")).not.toBe(csp1);

    const notFound = await page.request.get("/no-such-page");
    expect(notFound.status()).toBe(404);
    expectSecurityHeaders(notFound, "404");
    const api = await page.request.get("/api/health");
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api, "API");
    const v1 = await page.request.get("/api/v1/candidates");
    expect(v1.status()).toBe(401);
    expectSecurityHeaders(v1, "API error");
    const download = await page.request.get(evidenceUrl);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    expectSecurityHeaders(download, "evidence download");

    const anon = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const redirect = await anon.get("/cases", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectSecurityHeaders(redirect, "redirect to sign-in");
    expect(redirect.headers()["strict-transport-security"]).toBeUndefined();
    const overHttps = await anon.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    await anon.dispose();
  });
});

test.describe("pages under the policy", () => {
  test.use({ storageState: authFile("admin") });

  // The auto fixture in support.ts fails these if the browser reports any violation.
  test("the dashboard's charts and the API reference render with no CSP violation", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
    await page.goto("/admin/rules");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("a page that fails in the browser", () => {
  test.use({ storageState: authFile("security_lead") });
  // Next's built-in error screen styles itself with an inline <style> the policy blocks.
  test("shows the app's own error screen, within the policy", async ({ page }) => {
    await page.goto("/cases");
    await page.getByTestId("case-row").first().getByRole("link").first().click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    // An answer to a server action that is not what Next expects: the page fails to render it.
    await page.route(/\/cases\/[^/]+$/, (route) =>
      route.request().method() === "POST" ? route.fulfill({ status: 204 }) : route.fallback(),
    );
    await page.getByLabel("Add a note").fill("Never sent: the answer is replaced.");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("heading", { name: "This page could not load" })).toBeVisible();
  });
});

test.describe("paths that are not valid %-encoded UTF-8", () => {
  const PREFIXES = [
    "/cases/",
    "/admin/rules/draft/",
    "/candidates/",
    "/api/evidence/",
    "/api/import/jobs/",
    "/api/v1/candidates/",
    "/cases/x/report/",
  ];
  // Bytes that are not UTF-8 on their own: lone continuation bytes, surrogate halves (ED A0 80), overlongs, cut sequences.
  const badBytes = fc.oneof(
    fc.constantFrom("%ED%A0%80", "%ED%BF%BF", "%C0%AF", "%FF", "%80", "%E2%82", "%F8%88%80%80%80", "%C3%28"),
    fc.integer({ min: 0x80, max: 0xff }).map((b) => `%${b.toString(16).toUpperCase()}`),
  );
  const paths = fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.stringMatching(/^[a-z0-9]{0,8}$/),
      badBytes,
      fc.stringMatching(/^[a-z0-9]{0,8}$/),
    )
    .map(([p, a, bad, b]) => `${p}${a}${bad}${b}`);

  async function expectRefused(request: APIResponse, what: string) {
    await expectErrorShape(request, 400, what);
    expectSecurityHeaders(request, what);
  }

  test("/cases/%ED%A0%80 (a lone surrogate) is a 400 with the headers, signed out", async ({
    playwright,
  }) => {
    const anon = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: { cookies: [], origins: [] },
    });
    for (const url of ["/cases/%ED%A0%80", "/api/evidence/%ED%A0%80", "/admin/rules/draft/%ED%A0%80"])
      await expectRefused(await anon.get(url, { maxRedirects: 0 }), url);
    await anon.dispose();
  });

  test.describe("signed in", () => {
    test.use({ storageState: authFile("admin") });
    test("300 paths with bad %-encoding: a 400 in the error shape with the headers, never a 500", async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await fc.assert(
        fc.asyncProperty(paths, async (url) => {
          await expectRefused(await page.request.get(url, { maxRedirects: 0 }), url);
        }),
        { numRuns: 300 },
      );
    });
  });
});

/**
 * Captures an action's id from the browser's own request. The request goes through (answering it
 * ourselves would put the page into Next's error screen), so the inputs used are ones the action
 * refuses: nothing is stored.
 */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<string> {
  const request = page.waitForRequest(
    (r) => r.method() === "POST" && r.headers()["next-action"] !== undefined,
  );
  await trigger();
  return (await request).headers()["next-action"]!;
}

async function fuzzAction(page: Page, url: string, actionId: string) {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(
      multipartCases.filter((c) => !c.valid),
      async (c) => {
        const res = await page.request.post(url, {
          headers: { "next-action": actionId, "content-type": c.contentType, accept: "text/x-component" },
          data: Buffer.from(c.body),
          maxRedirects: 0,
        });
        const what = `${c.label} → ${res.status()}`;
        await expectErrorShape(res, 400, what);
        expectSecurityHeaders(res, what);
        sent++;
      },
    ),
    { numRuns: 300 },
  );
  expect(sent).toBe(300);
}

/** Well-formed bodies whose arguments are not what the action takes: a field error, not a crash inside the action. */
async function wrongArguments(page: Page, url: string, actionId: string) {
  for (const args of [
    '["$K1"]',
    "[]",
    '["cm0nosuchcase"]',
    '["cm0nosuchcase","not a form"]',
    '["cm0nosuchcase",{"file":1}]',
    '["not a form"]',
  ]) {
    const res = await page.request.post(url, {
      headers: { "next-action": actionId, accept: "text/x-component" },
      multipart: { "0": args },
      maxRedirects: 0,
    });
    const text = await res.text();
    expect(res.status(), args).toBe(200);
    expect(text, args).toContain('"code":"validation_failed"');
    expect(text, args).not.toContain('"code":"internal"');
  }
}

test.describe("malformed multipart bodies to the upload actions", () => {
  test.describe("evidence upload", () => {
    test.use({ storageState: authFile("security_lead") });
    // Evidence is posted raw to its own route (streamed, not a server action): odd names, types,
    // lengths and bodies get an answer in the error shape, never a 500.
    test("300 malformed uploads are a 4xx in the error shape, never a 500", async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto("/cases");
      await page.getByTestId("case-row").first().getByRole("link").first().click();
      await page.waitForURL(/\/cases\/[^/]+$/);
      const caseId = new URL(page.url()).pathname.split("/").pop()!;
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            name: fc.oneof(
              fc.string({ maxLength: 300 }),
              fc.constantFrom(
                "",
                "%E0%A4%A",
                "..%2F..%2Fetc%2Fpasswd",
                "%00.pdf",
                "a".repeat(5000),
                "%ED%A0%80.txt",
              ),
            ),
            body: fc.oneof(
              fc
                .uint8Array({ minLength: 1, maxLength: 4096 })
                .map((b) => Buffer.concat([Buffer.from([0]), Buffer.from(b)])),
              fc.constant(Buffer.from("MZ\x90\x00 not a document")),
            ),
            type: fc.constantFrom(
              "application/pdf",
              "text/plain",
              "application/x-msdownload",
              "multipart/form-data; boundary=x",
              "",
              "image/png",
            ),
          }),
          async ({ name, body, type }) => {
            const res = await page.request.post(`/api/evidence-upload/${caseId}`, {
              headers: {
                "x-file-name": encodeURIComponent(name).slice(0, 4000),
                ...(type ? { "content-type": type } : {}),
              },
              data: body,
              maxRedirects: 0,
            });
            const what = `${JSON.stringify(name).slice(0, 60)} ${type} → ${res.status()}`;
            expect(res.status(), what).toBeGreaterThanOrEqual(400);
            expect(res.status(), what).toBeLessThan(500);
            const json = (await res.json()) as { error?: { code?: string; message?: string } };
            expect(json.error?.code, what).toBeTruthy();
            expect(json.error?.message, what).toBeTruthy();
            sent++;
          },
        ),
        { numRuns: 300 },
      );
      expect(sent).toBe(300);
      // A name that is no file at all, and a case that cannot exist.
      for (const [path, headers] of [
        [`/api/evidence-upload/${caseId}`, {}],
        ["/api/evidence-upload/%ED%A0%80", { "x-file-name": "a.txt" }],
      ] as const) {
        const res = await page.request.post(path, {
          headers,
          data: Buffer.from("plain text"),
          maxRedirects: 0,
        });
        expect(res.status(), path).toBeGreaterThanOrEqual(400);
        expect(res.status(), path).toBeLessThan(500);
      }
    });
  });

  test.describe("watchlist list uploads", () => {
    test.use({ storageState: authFile("admin") });
    test("300 malformed bodies each to the OFAC upload and the internal CSV import are a 400, never a 500", async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await page.goto("/admin/watchlists");
      const ofac = await captureAction(page, async () => {
        await page
          .getByTestId("upload-ofac")
          .getByLabel("sdn.csv")
          .setInputFiles({ name: "sdn.csv", mimeType: "text/csv", buffer: Buffer.from('1,"unterminated\n') });
        await page.getByRole("button", { name: "Import OFAC list" }).click();
      });
      await expect(page.getByTestId("upload-ofac").getByRole("alert").first()).toContainText(
        "Nothing was imported",
      );
      const csv = await captureAction(page, async () => {
        const form = page.getByTestId("import-internal-csv");
        await form
          .getByLabel("…or paste the rows")
          .fill("kind,value,reason,source\nwallet,x,Too short a value,Own investigation");
        await form.getByRole("button", { name: "Import CSV" }).click();
      });
      await expect(page.getByTestId("import-internal-csv").getByTestId("csv-row-errors")).toContainText(
        "row 2",
      );
      expect(csv).not.toBe(ofac);
      await fuzzAction(page, "/admin/watchlists", ofac);
      await fuzzAction(page, "/admin/watchlists", csv);
      await wrongArguments(page, "/admin/watchlists", ofac);
      await wrongArguments(page, "/admin/watchlists", csv);
    });
  });
});

test.describe("cross-origin writes with the session cookie", () => {
  test.use({ storageState: authFile("admin") });
  test("a what-if posted from another site, or as text/plain, is refused with 403 or 415", async ({
    page,
  }) => {
    const draftId = "any-draft";
    const evil = await page.request.post("/api/admin/what-if", {
      headers: { origin: "http://evil.example", "content-type": "text/plain" },
      data: JSON.stringify({ draftId }),
    });
    await expectErrorShape(evil, 403, "Origin: evil");
    expectSecurityHeaders(evil, "Origin: evil");
    const crossSite = await page.request.post("/api/admin/what-if", {
      headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      data: JSON.stringify({ draftId }),
    });
    await expectErrorShape(crossSite, 403, "Sec-Fetch-Site: cross-site");
    const plain = await page.request.post("/api/admin/what-if", {
      headers: {
        origin: new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url()).origin,
        "content-type": "text/plain",
      },
      data: JSON.stringify({ draftId }),
    });
    await expectErrorShape(plain, 415, "text/plain from our origin");
    // The page's own fetch (same origin, JSON) still reaches the handler: an unknown draft is a 404.
    await page.goto("/admin/rules");
    const own = await page.evaluate(
      async () =>
        (
          await fetch("/api/admin/what-if", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ draftId: "any-draft" }),
          })
        ).status,
    );
    expect(own).toBe(404);
  });
});
