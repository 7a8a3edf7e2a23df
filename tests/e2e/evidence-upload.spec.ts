import fs from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { authFile, shot } from "./support";

/**
 * Evidence over 10 MB used to fail with a 500 even when the organisation allowed 50 MB: request
 * bodies were cut at 10 MB before they reached the upload. Files up to the configured limit now
 * go in, and a bigger one gets a plain 413 message, never a 500.
 */
const MIB = 1024 * 1024;

async function setLargestFile(browser: Browser, mb: number): Promise<void> {
  const context = await browser.newContext({ storageState: authFile("admin") });
  const page = await context.newPage();
  await page.goto("/admin/settings");
  await page.getByLabel("Largest file (MB)").fill(String(mb));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await context.close();
}

test.describe("evidence uploads up to the organisation's limit", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: authFile("security_lead") });

  test.beforeAll(async ({ browser }) => setLargestFile(browser, 50));
  test.afterAll(async ({ browser }) => setLargestFile(browser, 10));

  test("a 12 MB file is stored; a 62 MB one is refused with both sizes, in the page and by the server", async ({
    page,
  }) => {
    await page.goto("/cases");
    await page.getByTestId("case-row").first().getByRole("link").first().click();
    await expect(page.getByText("Up to 50 MB")).toBeVisible();
    const caseUrl = new URL(page.url());

    await page.getByLabel("Add evidence").setInputFiles({
      name: "screen-recording-notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.alloc(12 * MIB, "call log line\n"),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("status")).toContainText("Stored. SHA-256 ", { timeout: 30_000 });
    await expect(page.getByRole("link", { name: "screen-recording-notes.txt" })).toBeVisible();

    // Playwright hands over buffers up to 50 MB only; a bigger file goes by path.
    const huge = test.info().outputPath("huge.pdf");
    fs.writeFileSync(huge, Buffer.alloc(62 * MIB, 0x20));
    await page.getByLabel("Add evidence").setInputFiles(huge);
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The file is" })).toHaveText(
      "The file is 62 MB; the largest allowed is 50 MB.",
    );
    await shot(page, "evidence-too-large");

    // The server says the same to a client that skips the page's check, with 413 (not 500).
    const caseId = caseUrl.pathname.split("/").pop()!;
    const answer = await page.request.post(`/api/evidence-upload/${caseId}`, {
      headers: { "x-file-name": "huge.pdf", "content-type": "application/pdf", origin: caseUrl.origin },
      data: Buffer.alloc(62 * MIB, 0x20),
    });
    expect(answer.status()).toBe(413);
    expect(await answer.json()).toEqual({
      error: { code: "payload_too_large", message: "The file is 62 MB; the largest allowed is 50 MB." },
    });
  });

  test("an upload from another site's page is refused", async ({ page }) => {
    await page.goto("/cases");
    await page.getByTestId("case-row").first().getByRole("link").first().click();
    const caseId = new URL(page.url()).pathname.split("/").pop()!;
    const answer = await page.request.post(`/api/evidence-upload/${caseId}`, {
      headers: { "x-file-name": "a.txt", "content-type": "text/plain", origin: "https://evil.example" },
      data: Buffer.from("hello"),
    });
    expect(answer.status()).toBe(403);
  });
});
