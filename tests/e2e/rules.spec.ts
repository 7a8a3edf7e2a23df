import { expect, test } from "@playwright/test";
import { authFile, shot } from "./support";

test.describe("admin tunes the rules", () => {
  test.use({ storageState: authFile("admin") });

  test("edits a weight, meets a field error, runs a what-if, publishes with a note and restores the old version", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/admin/rules");
    await expect(page.getByRole("heading", { name: "Rules", exact: true })).toBeVisible();
    await expect(page.getByTestId("non-discrimination")).toContainText("Candor never scores who a person is");
    await expect(page.locator('[data-testid="rule-row"][data-rule="payment-crypto"]')).toContainText("Asks to be paid in cryptocurrency");
    await shot(page, "rules-overview");

    await page.getByRole("button", { name: "Start a draft" }).click();
    await expect(page).toHaveURL(/\/admin\/rules\/draft\/[a-z0-9]+$/);
    // VoIP numbers count for more: in the demo data this lifts a candidate from low to medium, below the case threshold.
    await page.getByLabel("Weight: Phone number is VoIP").fill("30");
    await page.getByLabel("Medium from").fill("60");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("bands-error")).toContainText("Band thresholds must increase strictly: medium (60) < high (50) < critical (75)");
    await expect(page.getByText("Some fields need attention.")).toBeVisible();
    await page.getByTestId("bands-error").scrollIntoViewIfNeeded();
    await shot(page, "rules-draft-field-error");

    await page.getByLabel("Medium from").fill("25");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await expect(page.getByTestId("rule-set-diff")).toContainText("on, weight 30");

    await page.getByRole("button", { name: "Run what-if" }).click();
    const matrix = page.getByTestId("migration-matrix");
    await expect(matrix).toBeVisible({ timeout: 30_000 });
    await expect(matrix.getByTestId("cell-low-medium")).toHaveText(/^[1-9]\d*$/);
    // A heavier weight on one red flag only ever moves candidates up: nothing below the diagonal.
    await expect(matrix.getByTestId("cell-medium-low")).toHaveText("0");
    await expect(matrix.getByTestId("cell-critical-high")).toHaveText("0");
    await expect(page.getByTestId("what-if-result")).toContainText(/Scored \d+ candidates under both sets/);
    await expect(page.getByTestId("precision-recall")).toBeVisible();
    await expect(page.getByTestId("changed").getByRole("link").first()).toBeVisible();
    await expect(page.getByTestId("opening")).toContainText("Would newly reach the case threshold: 0");
    await page.getByTestId("what-if-result").scrollIntoViewIfNeeded();
    await shot(page, "rules-what-if");

    await page.getByLabel("Note", { exact: true }).fill("VoIP numbers weigh more after the quarterly review");
    await page.getByRole("button", { name: /^Publish as v\d+$/ }).click();
    // Publishing saves the draft, publishes and starts the re-score; allow for a busy machine.
    await expect(page).toHaveURL(/\/admin\/rules\/versions\?published=\d+$/, { timeout: 20_000 });
    const publishedVersion = Number(new URL(page.url()).searchParams.get("published"));
    const row = page.locator(`[data-testid="version-row"][data-version="${publishedVersion}"]`);
    await expect(row).toContainText("VoIP numbers weigh more after the quarterly review");
    await expect(row).toContainText("in use");
    await expect(page.getByTestId("rule-set-diff")).toContainText("Phone number is VoIP");
    await shot(page, "rules-versions");

    // Restore the version before, so the specs after this one score with the shipped rules.
    const previous = publishedVersion - 1;
    await page.locator(`[data-testid="version-row"][data-version="${previous}"]`).getByRole("button", { name: `Restore v${previous}` }).click();
    await page.getByLabel(`Why restore v${previous}?`).fill("Restoring the earlier weights after the end-to-end check");
    await page.getByRole("button", { name: `Publish as v${publishedVersion + 1}` }).click();
    const restored = page.locator(`[data-testid="version-row"][data-version="${publishedVersion + 1}"]`);
    await expect(restored).toContainText(`copy of v${previous}`, { timeout: 20_000 });
    await expect(restored).toContainText("in use");
    await shot(page, "rules-versions-restored");

    // The re-score runs in the background; its progress shows on the rules page.
    await page.goto("/admin/rules");
    const job = page.getByTestId("job").first();
    await expect(job).toContainText(`Re-score for v${publishedVersion + 1}`);
    await expect(job).toHaveAttribute("data-status", "done", { timeout: 60_000 });
    await expect(page.getByTestId("job").nth(1)).toHaveAttribute("data-status", /done|superseded/);
    await shot(page, "rules-rescored");
  });
});

test.describe("recruiter", () => {
  test.use({ storageState: authFile("recruiter") });

  test("typing /admin/rules is refused, and so are the rule APIs", async ({ page }) => {
    await page.goto("/admin/rules");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
    await shot(page, "rules-forbidden-recruiter");
    const whatIf = await page.request.post("/api/admin/what-if", { data: { draftId: "anything" } });
    expect(whatIf.status()).toBe(403);
    const exported = await page.request.get("/api/admin/rule-sets/1");
    expect(exported.status()).toBe(403);
  });
});
