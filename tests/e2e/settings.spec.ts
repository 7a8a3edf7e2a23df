import type { Browser } from "@playwright/test";
import { authFile, shot, type RoleKey, expect, test } from "./support";

/**
 * The admin's settings page, and the admin area refused to everyone else: every admin page typed
 * as a URL, the admin APIs, and a settings save replayed with a recruiter's or security lead's
 * session.
 */
const ADMIN_URLS = [
  "/admin",
  "/admin/rules",
  "/admin/rules/versions",
  "/admin/rules/draft/anything",
  "/admin/watchlists",
  "/admin/webhooks",
  "/admin/api-keys",
  "/admin/settings",
];
/** A new name each run, so the journey holds however many times it runs against one server. */
let NEW_NAME = "";

test.describe.configure({ mode: "serial" });

/** The Next server action id and body of one settings save, captured from the admin's browser. */
let savedAction: { id: string; body: string } | null = null;

test.describe("admin", () => {
  test.use({ storageState: authFile("admin") });

  test("changes the organisation's settings after meeting a field error, and the header shows the new name", async ({
    page,
  }) => {
    NEW_NAME = `Harbor Ridge Talent ${Date.now().toString(36)}`;
    await page.goto("/admin/settings");
    await expect(page.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
    // The demo's name on a fresh server; whatever an earlier run saved on a reused one.
    const current = await page.getByLabel("Organisation name").inputValue();
    expect(current.length).toBeGreaterThan(0);
    await expect(page.getByTestId("organisation-name")).toHaveText(current);
    await expect(page.getByTestId("market-rates")).toContainText("Backend engineer");
    await shot(page, "admin-settings");

    await page.getByLabel("P1 · critical (hours)").fill("12");
    await page.getByLabel("P2 · high (hours)").fill("8");
    await page.getByLabel("Largest file (MB)").fill("80");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Some settings need fixing; nothing was saved.")).toBeVisible();
    await expect(page.getByText("Must be at least the P1 · critical time (12 hours)")).toBeVisible();
    await expect(page.getByText("At most 50 MB")).toBeVisible();
    await shot(page, "admin-settings-errors");

    await page.getByLabel("P2 · high (hours)").fill("48");
    await page.getByLabel("Largest file (MB)").fill("25");
    await page.getByLabel("Organisation name").fill(NEW_NAME);
    await page.getByLabel(/^text\s/).uncheck();
    const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await page.getByRole("button", { name: "Save settings" }).click();
    const sent = await request;
    savedAction = { id: sent.headers()["next-action"]!, body: sent.postData() ?? "" };
    // The header changes only once the page's refresh has come back; the confirmation must still
    // be there after it, however fast or slow that refresh is.
    await expect(page.getByTestId("organisation-name")).toHaveText(NEW_NAME);
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(page.getByText(/Last changed .* by Alex Admin/)).toBeVisible();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("P1 · critical (hours)")).toHaveValue("12");
    await expect(page.getByLabel("Largest file (MB)")).toHaveValue("25");
    await expect(page.getByLabel(/^text\s/)).not.toBeChecked();
    await expect(page.getByText(/Last changed .* by Alex Admin/)).toBeVisible();
    await shot(page, "admin-settings-saved");

    await page.goto("/audit?action=settings.updated");
    await expect(page.getByRole("cell", { name: "settings.updated", exact: true }).first()).toBeVisible();
  });
});

async function refusedSave(browser: Browser, role: RoleKey): Promise<string> {
  const context = await browser.newContext({ storageState: authFile(role) });
  try {
    const res = await context.request.post("/admin/settings", {
      headers: {
        "next-action": savedAction!.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
      },
      data: savedAction!.body.replace(NEW_NAME, `Taken over by ${role}`),
      maxRedirects: 0,
    });
    return `${res.status()} ${await res.text()}`;
  } finally {
    await context.close();
  }
}

for (const role of ["recruiter", "security_lead"] as const) {
  test.describe(`${role} and the admin area`, () => {
    test.use({ storageState: authFile(role) });

    test("every admin page typed as a URL is refused", async ({ page }) => {
      for (const url of ADMIN_URLS) {
        await page.goto(url);
        await expect(page, url).toHaveURL(/\/forbidden$/);
        await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
      }
      await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    });

    test("the admin APIs answer 403", async ({ page }) => {
      expect(
        (await page.request.post("/api/admin/what-if", { data: { draftId: "anything" } })).status(),
      ).toBe(403);
      expect((await page.request.get("/api/admin/rule-sets/1")).status()).toBe(403);
    });

    test("a settings save replayed with this role's session is refused and changes nothing", async ({
      browser,
      page,
    }) => {
      expect(savedAction, "the admin test captures a save first").not.toBeNull();
      const answer = await refusedSave(browser, role);
      expect(answer).toContain("You do not have permission to do that.");
      expect(answer).not.toContain(`Taken over by ${role}`);
      await page.goto("/candidates");
      await expect(page.getByTestId("organisation-name")).toHaveText(NEW_NAME);
    });
  });
}
