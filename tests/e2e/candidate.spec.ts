import type { Page } from "@playwright/test";
import { authFile, shot, expect, test } from "./support";

test.use({ storageState: authFile("recruiter") });

async function totalCandidates(page: Page): Promise<number> {
  await page.goto("/candidates");
  const text = await page
    .getByRole("navigation", { name: "Pagination" })
    .getByText(/^Showing/)
    .innerText();
  return Number(/of (\d+)/.exec(text)?.[1]);
}

async function fillBasics(page: Page, name: string, email: string) {
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Phone", { exact: true }).fill("+1 415 555 0199");
  await page.getByLabel("Claimed country").fill("US");
  await page.getByLabel("Time zone").fill("America/Los_Angeles");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Backend engineer" });
  await page.getByLabel("Seniority").selectOption({ label: "Senior" });
}

test("a recruiter enters a candidate with red flags and sees the band and the reasons", async ({ page }) => {
  await page.goto("/candidates/new");
  await fillBasics(page, "Jordan Blake", "jordan.blake.e2e@example.com");
  await page.getByLabel("Requested rate (USD per hour)").fill("25");
  const position = page.getByRole("group", { name: "Position 1" });
  await position.getByLabel("Employer", { exact: true }).fill("Apex Digital Solutions LLC");
  await position.getByLabel("Title").fill("Lead Developer");
  await position.getByLabel("Start").fill("2020-01-01");
  await position.getByLabel("Verification").selectOption({ label: "Could not be verified" });
  await page.getByRole("button", { name: "Add position" }).click();
  const second = page.getByRole("group", { name: "Position 2" });
  await second.getByLabel("Employer", { exact: true }).fill("Nimbus Soft");
  await second.getByLabel("Title").fill("Senior Developer");
  await second.getByLabel("Start").fill("2016-01-01");
  await second.getByLabel("End").fill("2019-12-31");
  await second.getByLabel("Verification").selectOption({ label: "Failed verification" });
  await page.getByLabel("Payment preference").selectOption({ label: "Cryptocurrency" });
  await page.getByLabel("Crypto wallet address").fill("0xabc0000000000000000000000000000000e2e001");
  await page.getByLabel("Video call", { exact: true }).selectOption({ label: "Declined" });
  await shot(page, "new-candidate-filled");
  await page.getByRole("button", { name: "Save and score" }).click();

  await expect(page).toHaveURL(/\/candidates\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Jordan Blake" })).toBeVisible();
  await expect(page.getByTestId("score-band")).toHaveText(/High|Critical/);
  const total = Number(await page.getByTestId("score-total").innerText());
  expect(total).toBeGreaterThanOrEqual(50);
  for (const rule of ["employment-unverified", "payment-crypto", "video-call-avoided", "rate-underpriced"]) {
    const item = page.locator(`[data-testid="fired-rule"][data-rule-id="${rule}"]`);
    await expect(item).toBeVisible();
    await expect(item.getByText(/^\+\d/)).toBeVisible();
  }
  await expect(page.getByText("Source:").first()).toBeVisible();
  await shot(page, "candidate-detail-red-flags");

  // The new candidate is in the list with its band.
  await page.goto("/candidates?q=jordan.blake.e2e");
  await expect(page.getByRole("row").filter({ hasText: "Jordan Blake" })).toHaveCount(1);
});

test("bad input shows field-level errors and saves nothing", async ({ page }) => {
  const before = await totalCandidates(page);
  await page.goto("/candidates/new");
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Requested rate (USD per hour)").fill("-5");
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  const position = page.getByRole("group", { name: "Position 1" });
  await position.getByLabel("Start").fill("2022-01-01");
  await position.getByLabel("End").fill("2020-01-01");
  await page.getByRole("button", { name: "Save and score" }).click();

  await expect(page.getByText("Nothing was saved.")).toBeVisible();
  await expect(page.getByText("Name is required")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Rate must be above zero")).toBeVisible();
  await expect(page.getByText(/Unknown time zone/)).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a payment preference" })).toBeVisible();
  await expect(position.getByText("End date must be on or after the start date")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/candidates\/new$/);
  await shot(page, "new-candidate-errors");
  expect(await totalCandidates(page)).toBe(before);
});

test("work-history rows can be added and removed", async ({ page }) => {
  await page.goto("/candidates/new");
  await expect(page.getByRole("group", { name: /^Position \d$/ })).toHaveCount(1);
  await page.getByRole("button", { name: "Add position" }).click();
  await page.getByRole("button", { name: "Add position" }).click();
  await expect(page.getByRole("group", { name: /^Position \d$/ })).toHaveCount(3);
  await page
    .getByRole("group", { name: "Position 2" })
    .getByRole("button", { name: "Remove position 2" })
    .click();
  await expect(page.getByRole("group", { name: /^Position \d$/ })).toHaveCount(2);
});

test("the list searches, filters by band, sorts and pages on the server", async ({ page }) => {
  await page.goto("/candidates");
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();

  await page.goto("/candidates");
  await page.getByLabel("Search").fill("gonzalez");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Maria Gonzalez" })).toHaveCount(1);
  await expect(page.locator("tbody tr")).toHaveCount(1);

  await page.goto("/candidates");
  await page.getByLabel("Risk band").selectOption("critical");
  await page.getByLabel("Sort by").selectOption("score_asc");
  await page.getByRole("button", { name: "Apply" }).click();
  const bands = await page.getByTestId("band").allInnerTexts();
  expect(bands.length).toBeGreaterThan(0);
  for (const b of bands) expect(b).toMatch(/^Critical/);
  const scores = bands.map((b) => Number(b.replace(/\D/g, "")));
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
  await shot(page, "candidates-filtered-critical");

  await page.goto("/candidates?q=zzzz-nobody");
  await expect(page.getByText("No candidates match these filters")).toBeVisible();
  await shot(page, "candidates-empty-search");
});
