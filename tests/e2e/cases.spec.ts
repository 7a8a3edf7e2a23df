import { authFile, shot, expect, test } from "./support";

test.describe("security lead works the queue", () => {
  test.use({ storageState: authFile("security_lead") });

  test("sees counts, filters, takes a case, adds a note and evidence, and decides", async ({ page }) => {
    await page.goto("/cases");
    await expect(page.getByRole("heading", { name: "Case queue" })).toBeVisible();
    expect(Number(await page.getByTestId("count-open").innerText())).toBeGreaterThan(0);
    await shot(page, "cases-queue");

    await page.getByLabel("Assignee").selectOption("unassigned");
    await page.getByRole("button", { name: "Apply" }).click();
    const row = page.getByTestId("case-row").filter({ hasText: "Michael Johnson" });
    await row.getByRole("button", { name: "Assign to me" }).click();
    // Now assigned, it leaves the "unassigned" view and shows under "me".
    await expect(row).toHaveCount(0);
    await page.goto("/cases?assignee=me");
    const mine = page.getByTestId("case-row").filter({ hasText: "Michael Johnson" });
    await expect(mine.getByText("Me", { exact: true })).toBeVisible();
    await mine.getByRole("link", { name: "Michael Johnson" }).click();

    await expect(page.getByTestId("case-status")).toHaveText("In review");
    await page
      .getByLabel("Add a note")
      .fill("Called **Nimbus Soft**: no record of him. <script>alert(1)</script>");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.locator(".prose-note strong", { hasText: "Nimbus Soft" })).toBeVisible();
    await expect(page.locator(".prose-note").getByText("<script>alert(1)</script>")).toBeVisible();

    await page.getByLabel("Add evidence").setInputFiles({
      name: "call-log.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("2026-11-25 10:02 called Nimbus Soft HR\n"),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByTestId("evidence-sha256")).toContainText("SHA-256 ");
    await expect(page.getByRole("link", { name: "call-log.txt" })).toBeVisible();

    // A reason that does not fit the outcome is refused with a field message.
    await page.getByLabel("Outcome").selectOption("rejected");
    await page.getByLabel("Reason code").selectOption({ label: "Fraud indicators confirmed" });
    await page.getByLabel("Rationale").fill("too short");
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Explain the decision in at least 20 characters")).toBeVisible();
    await page.getByLabel("Rationale").fill("Employers deny him, crypto only, refused every video call.");
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByTestId("case-status")).toHaveText("Decided");
    await expect(page.getByTestId("case-outcome")).toHaveText("Rejected");
    await shot(page, "case-decided");
  });

  test("a cleared critical case waits for a second security lead", async ({ page }) => {
    await page.goto("/cases?status=awaiting_approval");
    await page.getByTestId("case-row").first().getByRole("link").click();
    await expect(page.getByText("Waiting for a second approval")).toBeVisible();
    await expect(
      page.getByText("You asked for this decision, so another security lead must approve it."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await shot(page, "case-awaiting-approval");
  });
});

test.describe("second security lead", () => {
  test.use({ storageState: authFile("second_lead") });

  test("approves a critical clearance that someone else asked for", async ({ page }) => {
    await page.goto("/cases?status=awaiting_approval");
    await page.getByTestId("case-row").first().getByRole("link").click();
    await expect(page.getByText("Waiting for a second approval")).toBeVisible();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("case-status")).toHaveText("Decided");
    await expect(page.getByTestId("case-outcome")).toHaveText("Cleared");
  });

  test("prints a case report and reads the case's own history", async ({ page }) => {
    await page.goto("/cases?status=decided");
    await page.getByTestId("case-row").filter({ hasText: "Brandon Hughes" }).getByRole("link").click();
    await expect(page).toHaveURL(/\/cases\/[a-z0-9]+$/);
    const caseUrl = page.url();
    await page.getByRole("link", { name: "Printable report" }).click();
    await expect(page.getByText("Candor · case report · confidential")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Brandon Hughes" })).toBeVisible();
    await expect(page.getByText("Reported to authorities")).toBeVisible();
    await shot(page, "case-report");
    await page.goto(caseUrl);
    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/audit\?target=/);
    await expect(page.getByRole("cell", { name: "case.decided", exact: true })).toBeVisible();
    const actions = await page.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(actions).toContain("case.decided");
    expect(actions).toContain("case.exported");
  });

  test("exports the audit trail as formula-safe CSV", async ({ page }) => {
    await page.goto("/audit?action=case.");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "seq,at,actor_email,action,target_type,target_id,before,after,request_id,ip,prev_hash,hash",
    );
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(1)) expect(line.split(",")[3]).toMatch(/^case\./);
  });
});

test.describe("recruiter and cases", () => {
  test.use({ storageState: authFile("recruiter") });

  test("sees the outcome and reason on the candidate, not the notes, and cannot open the queue", async ({
    page,
  }) => {
    await page.goto("/candidates?q=brandon.hughes");
    await page.getByRole("link", { name: "Brandon Hughes" }).click();
    const panel = page.getByTestId("case-panel");
    await expect(panel).toContainText("Reported to authorities");
    await expect(panel).toContainText("Reported to the FBI (IC3)");
    await expect(page.getByText("neither has a record")).toHaveCount(0);
    await expect(panel.getByRole("link", { name: "Open the case →" })).toHaveCount(0);
    await shot(page, "candidate-case-outcome-recruiter");
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/forbidden$/);
  });

  test("opens a case by hand with a reason", async ({ page }) => {
    await page.goto("/candidates?q=maria.gonzalez");
    await page.getByRole("link", { name: "Maria Gonzalez" }).click();
    await page.getByRole("button", { name: "Open a case" }).click();
    await expect(
      page.getByText("Say in at least 10 characters why this needs a security review"),
    ).toBeVisible();
    await page
      .getByLabel("Ask security to review")
      .fill("Her references all share one email domain I have never seen.");
    await page.getByRole("button", { name: "Open a case" }).click();
    await expect(page.getByTestId("case-panel")).toContainText("Open");
  });
});
