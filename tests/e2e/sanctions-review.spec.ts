import { authFile, expect, shot, test } from "./support";

/*
 * The demo's internal watchlist holds a name ("Tyler Reed") that one applicant shares: a possible
 * match nobody has reviewed. It must say so on the candidate and in the case queue.
 */
test.describe("recruiter", () => {
  test.use({ storageState: authFile("recruiter") });

  test("sees that a candidate awaits sanctions review", async ({ page }) => {
    await page.goto("/candidates?q=tyler.reed");
    await page.getByRole("link", { name: "Tyler Reed" }).click();
    await expect(page.getByRole("heading", { name: "Tyler Reed" })).toBeVisible();
    await expect(page.getByTestId("sanctions-review-pending")).toHaveText("Pending sanctions review");
    await expect(
      page.getByRole("status").filter({ hasText: "must confirm or dismiss the match" }),
    ).toBeVisible();
    await shot(page, "candidate-pending-sanctions-review");
  });
});

test.describe("security lead", () => {
  test.use({ storageState: authFile("security_lead") });

  test("sees the pending review in the queue, and no badge on candidates without one", async ({ page }) => {
    await page.goto("/cases?sort=priority&pageSize=100");
    const row = page.getByRole("row").filter({ hasText: "Tyler Reed" });
    await expect(row.getByTestId("sanctions-review-pending")).toBeVisible();
    // Only the candidates with an unreviewed match carry it.
    const badges = await page.getByTestId("sanctions-review-pending").count();
    const rows = await page.getByRole("row").count();
    expect(badges).toBeGreaterThanOrEqual(1);
    expect(badges).toBeLessThan(rows - 1);
    await shot(page, "queue-pending-sanctions-review");
  });
});
