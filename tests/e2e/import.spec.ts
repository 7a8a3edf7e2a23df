import fs from "node:fs";
import { parseCsv, writeCsv } from "../../lib/import/csv";
import { authFile, shot, expect, test } from "./support";

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

// A second batch under its own marker, so each test counts only its own candidates.
const batch = `b${Math.random().toString(36).slice(2, 9)}`;
const BATCH_HEADER =
  "Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Notes,Source";
const batchRow = (
  n: number,
  name: string,
  email: string,
  phone: string,
  timezone: string,
  rate: string,
  notes = "",
) =>
  `ATS-${batch}-${n},${name} ${batch},${email},${phone},US,${timezone},Backend engineer,Senior,${rate},Bank transfer,Completed,${notes},referral`;
const BATCH_NAMES = ["Ana Silva", "José Núñez", "Kofi Mensah", "Omar Haddad", "Lin Wei"];
/** Five rows; the second has a bad email, the fourth an unknown time zone and a negative rate. */
const batchCsv = (fixed: boolean, anaRate = "90") =>
  [
    BATCH_HEADER,
    batchRow(1, "Ana Silva", `ana.${batch}@example.com`, "+1 512 555 0181", "America/Chicago", anaRate),
    batchRow(
      2,
      "José Núñez",
      fixed ? `jose.${batch}@example.com` : `jose.${batch}-at-example.com`,
      "+1-512-555-0182",
      "America/Chicago",
      "70",
      '"Said ""maybe"", later"',
    ),
    batchRow(3, "Kofi Mensah", `kofi.${batch}@example.com`, "+1 512 555 0183", "America/Chicago", "85"),
    batchRow(
      4,
      "Omar Haddad",
      `omar.${batch}@example.com`,
      "+44 20 7946 0958",
      fixed ? "Europe/London" : "Mars/Olympus",
      fixed ? "85" : "-85",
      "=1+2",
    ),
    batchRow(5, "Lin Wei", `lin.${batch}@example.com`, "+1 415 555 0185", "America/Los_Angeles", "95"),
  ].join("\r\n");

/** What a recruiter does in a spreadsheet: changes the cells named by (Candidate ID, column) and saves as CSV, the rest untouched. */
function editCells(csv: string, edits: Record<string, Record<string, string>>): string {
  const table = parseCsv(csv);
  const id = table.header.indexOf("Candidate ID");
  return writeCsv(
    table.header,
    table.records.map(({ cells }) =>
      cells.map((cell, col) => edits[cells[id] ?? ""]?.[table.header[col] ?? ""] ?? cell),
    ),
  );
}

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

  test("maps the columns, sees the bad row in the preview, imports, downloads the error CSV and finds the candidates", async ({
    page,
  }) => {
    await page.goto("/candidates");
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page).toHaveURL(/\/candidates\/import$/);
    await page
      .getByLabel("Candidates CSV")
      .setInputFiles({ name: "ats-export.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });

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
    await expect(page.getByTestId("import-progress")).toHaveAttribute("data-status", "done", {
      timeout: 30_000,
    });
    await expect(page.getByTestId("count-created")).toHaveText("2");
    await expect(page.getByTestId("count-failed")).toHaveText("1");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the error file (1 row not imported)" }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file, "utf8")).toBe(
      "\uFEFFRow in file,Import errors,Candidate ID,Full Name,E-mail,Phone Number,Country,Time Zone,Position,Level,Hourly rate,Payment method,Video interview,Skills,Recruiter remarks\r\n" +
        `3,E-mail: Enter a valid email address,ATS-${token}-2,Ravi Menon ${token},ravi.${token}-at-example.com,'+1 512 555 0172,US,America/Chicago,Frontend engineer,Mid-level,70,Bank transfer,Completed,React,\r\n`,
    );
    await shot(page, "candidate-import-done");

    await page.getByRole("link", { name: "View candidates" }).click();
    await expect(page).toHaveURL(/\/candidates$/);
    await page.goto(`/candidates?q=${token}`);
    const listed = page.getByRole("row").filter({ hasText: token });
    await expect(listed).toHaveCount(2);
    await expect(listed.filter({ hasText: `Lena Ortiz ${token}` })).toHaveCount(1);
    await expect(listed.filter({ hasText: `Mei Tanaka ${token}` })).toHaveCount(1);
    await listed
      .filter({ hasText: `Mei Tanaka ${token}` })
      .getByRole("link")
      .click();
    await expect(page.getByText('Asked about the team, relocation "maybe"')).toBeVisible();
  });

  test("fixes the rejected rows in the error file, imports it, and re-importing the export duplicates no one", async ({
    page,
  }) => {
    await page.goto("/candidates/import");
    await page
      .getByLabel("Candidates CSV")
      .setInputFiles({ name: "ats-batch.csv", mimeType: "text/csv", buffer: Buffer.from(batchCsv(false)) });
    const rows = page.getByTestId("preview-row");
    await expect(rows).toHaveCount(5);
    const mappingOf = async () =>
      Promise.all(BATCH_HEADER.split(",").map((h) => page.getByLabel(`Field for column ${h}`).inputValue()));
    const mapped = await mappingOf();
    expect(mapped).toEqual([
      "externalId",
      "fullName",
      "email",
      "phone",
      "claimedCountry",
      "timezone",
      "role",
      "seniority",
      "requestedRate",
      "paymentMethod",
      "videoCallOutcome",
      "notes",
      "",
    ]);
    await expect(rows.nth(1)).toHaveAttribute("data-status", "invalid");
    await expect(rows.nth(3)).toHaveAttribute("data-status", "invalid");
    await expect(rows.nth(3)).toContainText("Time Zone: Unknown time zone");
    await expect(rows.nth(3)).toContainText("Hourly rate: Rate must be above zero");
    await shot(page, "import-fix-1-preview");

    await page.getByRole("button", { name: "Import 5 rows" }).click();
    await expect(page.getByTestId("import-progress")).toHaveAttribute("data-status", "done", {
      timeout: 30_000,
    });
    await expect(page.getByTestId("count-created")).toHaveText("3");
    await expect(page.getByTestId("count-failed")).toHaveText("2");
    await expect(page.getByRole("link", { name: /work-history error file/ })).toHaveCount(0);
    await expect(page.getByTestId("error-file-help")).toContainText("the two extra columns are ignored");
    await shot(page, "import-fix-2-done-with-errors");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the error file (2 rows not imported)" }).click();
    expect((await download).suggestedFilename()).toBe("ats-batch.errors.csv");
    const errors = fs.readFileSync(await (await download).path(), "utf8");
    // The rejected rows as uploaded, after their row and problems; cells that a spreadsheet would run as formulas start with an apostrophe.
    expect(errors).toBe(
      `\uFEFFRow in file,Import errors,${BATCH_HEADER}\r\n` +
        `3,E-mail: Enter a valid email address,ATS-${batch}-2,José Núñez ${batch},jose.${batch}-at-example.com,'+1-512-555-0182,US,America/Chicago,Backend engineer,Senior,70,Bank transfer,Completed,"Said ""maybe"", later",referral\r\n` +
        `5,Time Zone: Unknown time zone; use an IANA name such as America/Chicago; Hourly rate: Rate must be above zero,ATS-${batch}-4,Omar Haddad ${batch},omar.${batch}@example.com,'+44 20 7946 0958,US,Mars/Olympus,Backend engineer,Senior,'-85,Bank transfer,Completed,'=1+2,referral\r\n`,
    );

    const fixed = editCells(errors, {
      [`ATS-${batch}-2`]: { "E-mail": `jose.${batch}@example.com` },
      [`ATS-${batch}-4`]: { "Time Zone": "Europe/London", "Hourly rate": "85" },
    });
    await page.getByRole("button", { name: "Import another file" }).click();
    await page
      .getByLabel("Candidates CSV")
      .setInputFiles({ name: "ats-batch.errors.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
    await expect(page.getByLabel("Field for column Row in file")).toHaveValue("");
    await expect(page.getByLabel("Field for column Import errors")).toHaveValue("");
    expect(await mappingOf()).toEqual(mapped);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute("data-status", "new");
    await expect(rows.nth(1)).toHaveAttribute("data-status", "new");
    await expect(rows.nth(0)).toContainText("was row 3");
    await expect(rows.nth(1)).toContainText("was row 5");
    // The mapping's sample shows the phone as it will be read, without the error file's formula guard.
    await expect(
      page.getByRole("row").filter({ hasText: "Phone Number" }).getByRole("cell").nth(1),
    ).toHaveText("+1-512-555-0182");
    await shot(page, "import-fix-3-error-file-preview");

    await page.getByRole("button", { name: "Import 2 rows" }).click();
    await expect(page.getByTestId("import-progress")).toHaveAttribute("data-status", "done", {
      timeout: 30_000,
    });
    await expect(page.getByTestId("count-created")).toHaveText("2");
    await expect(page.getByTestId("count-failed")).toHaveText("0");
    await expect(page.getByRole("link", { name: /error file/ })).toHaveCount(0);

    await page.goto(`/candidates?q=${batch}`);
    const listed = page.getByRole("row").filter({ hasText: batch });
    await expect(listed).toHaveCount(5);
    for (const name of BATCH_NAMES)
      await expect(listed.filter({ hasText: `${name} ${batch}` })).toHaveCount(1);
    await shot(page, "import-fix-4-list");

    // The export, corrected at the source and with one rate changed since: the stored rows are found, not added again.
    // José's and Omar's rows are unchanged, so the apostrophes of the error file never reached their data.
    await page.goto("/candidates/import");
    await page.getByLabel("Candidates CSV").setInputFiles({
      name: "ats-batch.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(batchCsv(true, "98")),
    });
    await expect(rows).toHaveCount(5);
    await expect(rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).resolves.toEqual([
      "update",
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    await page.getByRole("button", { name: "Import 5 rows" }).click();
    await expect(page.getByTestId("import-progress")).toHaveAttribute("data-status", "done", {
      timeout: 30_000,
    });
    await expect(page.getByTestId("count-created")).toHaveText("0");
    await expect(page.getByTestId("count-updated")).toHaveText("1");
    await expect(page.getByTestId("count-unchanged")).toHaveText("4");
    await shot(page, "import-fix-5-reimport");
    await page.goto(`/candidates?q=${batch}`);
    await expect(listed).toHaveCount(5);
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
