import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { authFile, shot } from "./support";

/**
 * CSV import through the page (mapping, preview with a bad row, import, error CSV, the list),
 * and the admin's webhook page seeing the deliveries the import queued.
 */
const token = Date.now().toString(36);
const HOOK_URL = `https://hooks.example.invalid/candor-${token}`;
const CSV = [
  "Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Skills,Recruiter remarks",
  `ATS-${token}-1,Lena Ortiz ${token},lena.${token}@example.com,+1 512 555 0171,United States,America/Chicago,Backend engineer,Senior,$92,Bank transfer,Completed,Go; PostgreSQL,Strong system design`,
  `ATS-${token}-2,Ravi Menon ${token},ravi.${token}-at-example.com,+1 512 555 0172,US,America/Chicago,Frontend engineer,Mid-level,70,Bank transfer,Completed,React,`,
  `ATS-${token}-3,Mei Tanaka ${token},mei.${token}@example.com,+1 415 555 0173,US,America/Los_Angeles,Data engineer,Senior,85,PayPal,Completed,"Python; Spark","Asked about the team, relocation ""maybe"""`,
].join("\r\n");

test.describe.configure({ mode: "serial" });

test.describe("admin registers a webhook endpoint", () => {
  test.use({ storageState: authFile("admin") });
  test("the secret is shown once and the endpoint is listed", async ({ page }) => {
    await page.goto("/admin/webhooks");
    await expect(page.getByRole("link", { name: "Webhooks" })).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Endpoint URL").fill("http://hooks.example.com/plain");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText(/Use https:\/\//).first()).toBeVisible();
    await page.getByLabel("Endpoint URL").fill(HOOK_URL);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByTestId("webhook-secret")).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByTestId("endpoint").filter({ hasText: HOOK_URL })).toBeVisible();
  });
});

test.describe("recruiter imports a CSV", () => {
  test.use({ storageState: authFile("recruiter") });

  test("maps the columns, sees the bad row in the preview, imports, downloads the error CSV and finds the candidates", async ({ page }) => {
    await page.goto("/candidates");
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page).toHaveURL(/\/candidates\/import$/);
    await page.getByLabel("Candidates CSV").setInputFiles({ name: "ats-export.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });

    // Recognised from ATS header names; "Recruiter remarks" is not, so it is mapped by hand.
    await expect(page.getByLabel("Field for column Full Name")).toHaveValue("fullName");
    await expect(page.getByLabel("Field for column E-mail")).toHaveValue("email");
    await expect(page.getByLabel("Field for column Hourly rate")).toHaveValue("requestedRate");
    await expect(page.getByLabel("Field for column Recruiter remarks")).toHaveValue("");
    await page.getByLabel("Field for column Recruiter remarks").selectOption({ label: "Notes" });

    const rows = page.getByTestId("preview-row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute("data-status", "new");
    await expect(rows.nth(1)).toHaveAttribute("data-status", "invalid");
    await expect(rows.nth(1)).toContainText("E-mail: Enter a valid email address");
    await expect(rows.nth(2)).toHaveAttribute("data-status", "new");
    await shot(page, "candidate-import");

    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect(page.getByTestId("import-progress")).toHaveAttribute("data-status", "done", { timeout: 30_000 });
    await expect(page.getByTestId("count-created")).toHaveText("2");
    await expect(page.getByTestId("count-failed")).toHaveText("1");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Download the error CSV \(1 problem\)/ }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file, "utf8")).toBe("file,row,column,field,message\r\ncandidates,3,E-mail,email,Enter a valid email address\r\n");
    await shot(page, "candidate-import-done");

    await page.getByRole("link", { name: "View candidates" }).click();
    await expect(page).toHaveURL(/\/candidates$/);
    await page.goto(`/candidates?q=${token}`);
    const listed = page.getByRole("row").filter({ hasText: token });
    await expect(listed).toHaveCount(2);
    await expect(listed.filter({ hasText: `Lena Ortiz ${token}` })).toHaveCount(1);
    await expect(listed.filter({ hasText: `Mei Tanaka ${token}` })).toHaveCount(1);
    await listed.filter({ hasText: `Mei Tanaka ${token}` }).getByRole("link").click();
    await expect(page.getByText('Asked about the team, relocation "maybe"')).toBeVisible();
  });

  test("a recruiter cannot open the webhook page", async ({ page }) => {
    await page.goto("/admin/webhooks");
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});

test.describe("admin sees the deliveries the import queued", () => {
  test.use({ storageState: authFile("admin") });
  test("lists them with status, attempts and response, and resends one", async ({ page }) => {
    await page.goto("/admin/webhooks");
    const ours = page.getByTestId("delivery-row").filter({ hasText: `candor-${token}` });
    await expect(ours.first()).toBeVisible();
    expect(await ours.filter({ hasText: "candidate.scored" }).count()).toBeGreaterThanOrEqual(2);
    // The unresolvable host fails fast; give the dispatcher (started after the import) a moment.
    await expect(async () => {
      await page.reload();
      await expect(ours.filter({ hasText: "Retrying" }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await shot(page, "admin-webhooks");

    const retrying = ours.filter({ hasText: "Retrying" }).first();
    const id = await retrying.locator("[title='X-Candor-Delivery']").innerText();
    await retrying.getByRole("button", { name: "Resend" }).click();
    const row = page.getByTestId("delivery-row").filter({ hasText: id });
    await expect(row.getByText(/^(Pending|Retrying)$/)).toBeVisible();
    await expect(row.getByTestId("attempts")).toHaveText(/^[01]$/);
  });
});
