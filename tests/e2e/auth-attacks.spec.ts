import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { authFile, expect, ROLES, signIn, test } from "./support";

const ROOT = path.join(__dirname, "..", "..");
const E2E_DB = path.join(ROOT, "data", "e2e.db");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts the built app without NEXTAUTH_SECRET and reports how it ended. */
async function startWithoutSecret(command: string[]): Promise<{ code: number | null; output: string }> {
  const port = String(await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${E2E_DB}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.NEXTAUTH_SECRET;
  delete env.CANDOR_SECURE_COOKIES;
  const child = spawn(process.execPath, [...command, "--port", port, "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += String(c)));
  child.stderr.on("data", (c) => (output += String(c)));
  const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

/** A credentials sign-in as the form posts it; returns the status and next-auth's JSON answer. */
async function postSignIn(
  request: APIRequestContext,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, json: "true", ...form },
    headers,
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    body: (await response.json().catch(() => null)) as { url?: string } | null,
  };
}

test.describe("forged sessions", () => {
  for (const [label, command] of [
    ["npm start (lib/server.mjs)", ["lib/server.mjs"]],
    ["a bare next start", [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start"]],
  ] as const) {
    test(`${label} refuses to start without NEXTAUTH_SECRET, saying why`, async () => {
      const { code, output } = await startWithoutSecret([...command]);
      expect(code, output).not.toBe(0);
      expect(code, output).not.toBeNull();
      expect(output).toContain("NEXTAUTH_SECRET is not set");
    });
  }
});

test.describe("token still valid after sign-out", () => {
  test("a copied session cookie is refused once its session signed out", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, ROLES.admin.email, ROLES.admin.password);
    await expect(page.getByTestId("current-role")).toHaveText("Admin");
    const copied = (await context.cookies()).filter((c) => c.name.includes("session-token"));
    expect(copied).toHaveLength(1);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/candidates");
    await expect(stolen.getByTestId("current-role")).toHaveText("Admin");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await stolen.goto("/candidates");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await Promise.all([context.close(), thief.close()]);
  });
});

test.describe("spoofed X-Forwarded-For", () => {
  test("the audit trail records the socket's address, not a client-sent header", async ({
    playwright,
    browser,
  }) => {
    const request = await playwright.request.newContext({ baseURL: BASE_URL });
    // proxy.ts keeps a well-formed client request id, which lets the admin find this event below.
    const requestId = `${Date.now().toString(16).slice(-8)}-spoofed-address`;
    const { status } = await postSignIn(
      request,
      { email: `spoof.${Date.now()}@candor.test`, password: "wrong-password-1" },
      {
        "x-request-id": requestId,
        "x-forwarded-for": '=HYPERLINK("http://evil.example","x")',
        "x-real-ip": "192.0.2.50",
        "x-candor-client-ip": "192.0.2.51",
      },
    );
    expect(status).toBeLessThan(500);
    await request.dispose();

    const admin = await browser.newContext({ storageState: authFile("admin") });
    const page = await admin.newPage();
    await page.goto("/audit");
    const row = page.getByRole("row").filter({ hasText: requestId.slice(0, 8) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("auth.sign_in_failed");
    await expect(row).toContainText(`${requestId.slice(0, 8)} · 127.0.0.1`);
    await expect(row).not.toContainText("HYPERLINK");
    await expect(row).not.toContainText("192.0.2.5");
    await admin.close();
  });
});

test.describe("callbackUrl to a look-alike host", () => {
  const evil = "http://127.0.0.1:3101.evil.example/";

  test("the sign-in API answers without a 500 and sends nobody off-site", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: BASE_URL });
    const start = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(evil)}`, {
      maxRedirects: 0,
    });
    expect(start.status()).toBeLessThan(500);
    const location = start.headers()["location"];
    if (location) expect(new URL(location, BASE_URL).origin).toBe(BASE_URL);

    const posted = await request.post(
      `/api/auth/callback/credentials?callbackUrl=${encodeURIComponent(evil)}`,
      { form: { email: "x@candor.test", password: "x" }, maxRedirects: 0 },
    );
    expect(posted.status()).toBe(400);

    for (const password of ["wrong-password-2", ROLES.recruiter.password]) {
      const { status, body } = await postSignIn(request, {
        email: ROLES.recruiter.email,
        password,
        callbackUrl: evil,
      });
      expect(status).toBeLessThan(500);
      if (body?.url) expect(new URL(body.url, BASE_URL).origin).toBe(BASE_URL);
    }
    await request.dispose();
  });

  test("the same value in next-auth's callback-url cookie is dropped, not a 500", async ({ playwright }) => {
    const request = await playwright.request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { cookie: `next-auth.callback-url=${encodeURIComponent(evil)}` },
    });
    for (const path of ["/api/auth/signin", "/api/auth/session", "/api/auth/csrf"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      const location = response.headers()["location"];
      if (location) expect(new URL(location, BASE_URL).origin).toBe(BASE_URL);
    }
    await request.dispose();
  });
});

test.describe("lockout as denial of service", () => {
  test("guessing a password paces new devices but never keeps out a browser that signed in before", async ({
    browser,
    playwright,
  }) => {
    // A throwaway account, so the pace set here touches no other spec.
    const admin = await browser.newContext({ storageState: authFile("admin") });
    const adminPage = await admin.newPage();
    await adminPage.goto("/admin");
    const email = `paced.${Date.now()}@candor.test`;
    await adminPage.getByLabel("Email").fill(email);
    await adminPage.getByRole("button", { name: "Create user" }).click();
    const notice = adminPage.getByRole("status").filter({ hasText: email });
    await expect(notice).toBeVisible();
    const password = (await notice.locator("p.font-mono").innerText()).trim();
    await admin.close();

    const owner = await browser.newContext();
    const ownerPage = await owner.newPage();
    await signIn(ownerPage, email, password);
    await expect(ownerPage).toHaveURL(/\/candidates/);
    expect((await owner.cookies()).map((c) => c.name)).toContain("candor-device");
    await ownerPage.getByRole("button", { name: "Sign out" }).click();
    await expect(ownerPage).toHaveURL(/\/sign-in/);

    const attacker = await playwright.request.newContext({ baseURL: BASE_URL });
    let last: { url?: string } | null = null;
    for (let i = 0; i < 6; i++) last = (await postSignIn(attacker, { email, password: `guess-${i}` })).body;
    expect(last?.url).toContain("error=TooManyAttempts");
    await attacker.dispose();

    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await signIn(strangerPage, email, password);
    await expect(strangerPage.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
      "Too many sign-in attempts. Wait a few minutes and try again.",
    );
    await stranger.close();

    await signIn(ownerPage, email, password);
    await expect(ownerPage).toHaveURL(/\/candidates/);
    await owner.close();
  });
});
