import type { Page } from "@playwright/test";
import { authFile, expect, shot, test } from "./support";

test.use({ storageState: authFile("recruiter") });

/** A wallet no other candidate has: a new one each run, so the journey holds however often it runs. */
const freshWallet = () => `0x${Date.now().toString(16).padStart(12, "0")}${"e2e".repeat(9)}a`.slice(0, 42);

async function enterCryptoApplicant(
  page: Page,
  name: string,
  email: string,
  wallet: string,
): Promise<string> {
  await page.goto("/candidates/new");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  // Only the wallet is shared: each applicant gets a number of their own.
  await page
    .getByLabel("Phone", { exact: true })
    .fill(`+1 415 ${String(Date.now() % 10_000_000).padStart(7, "0")}`);
  await page.getByLabel("Claimed country").fill("US");
  await page.getByLabel("Time zone").fill("America/Los_Angeles");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Backend engineer" });
  await page.getByLabel("Seniority").selectOption({ label: "Senior" });
  await page.getByLabel("Requested rate (USD per hour)").fill("90");
  const position = page.getByRole("group", { name: "Position 1" });
  await position.getByLabel("Employer", { exact: true }).fill("Harborview Analytics");
  await position.getByLabel("Title").fill("Senior Engineer");
  await position.getByLabel("Start").fill("2019-04-01");
  await position.getByLabel("Verification").selectOption({ label: "Verified" });
  await page.getByLabel("Payment preference").selectOption({ label: "Cryptocurrency" });
  await page.getByLabel("Crypto wallet address").fill(wallet);
  await page.getByLabel("Video call", { exact: true }).selectOption({ label: "Completed with camera on" });
  await page.getByRole("button", { name: "Save and score" }).click();
  // The saved candidate's page, not the form it was entered on.
  await expect(page).toHaveURL(/\/candidates\/(?!new$)[a-z0-9]+$/, { timeout: 20_000 });
  return page.url();
}

test("a wallet reused by a second applicant flags both candidates, and the first one's case opens", async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const wallet = freshWallet();
  const firstUrl = await enterCryptoApplicant(
    page,
    "Morgan Hale",
    `morgan.hale.${suffix}@example.com`,
    wallet,
  );
  await expect(page.getByTestId("score-band")).toHaveText(/Medium/);
  await expect(page.locator('[data-testid="fired-rule"][data-rule-id="identity-reuse"]')).toHaveCount(0);

  await enterCryptoApplicant(page, "Riley Stone", `riley.stone.${suffix}@example.com`, wallet);
  await expect(page.locator('[data-testid="fired-rule"][data-rule-id="identity-reuse"]')).toBeVisible();
  await expect(page.getByTestId("score-band")).toHaveText(/High|Critical/);

  // The first applicant, untouched since, now carries the link too.
  await page.goto(firstUrl);
  const reuse = page.locator('[data-testid="fired-rule"][data-rule-id="identity-reuse"]');
  await expect(reuse).toBeVisible();
  await expect(reuse).toContainText("Also used by 1 other candidate");
  await expect(page.getByTestId("score-band")).toHaveText(/High|Critical/);
  await shot(page, "reuse-first-candidate-flagged");
});
