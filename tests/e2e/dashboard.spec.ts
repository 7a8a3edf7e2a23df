import { authFile, shot, expect, test } from "./support";

test.describe("security lead reads the overview", () => {
  test.use({ storageState: authFile("security_lead") });

  test("sees the key figures and the charts, with their numbers as tables", async ({ page }) => {
    await page.goto("/candidates");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

    for (const id of ["screened", "flagged", "open", "overdue", "decided", "median"])
      await expect(page.getByTestId(`kpi-${id}`)).toBeVisible();
    // The demo seed screens candidates and opens cases, so these are above zero.
    expect(Number(await page.getByTestId("kpi-screened").innerText())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("kpi-open").innerText())).toBeGreaterThan(0);

    const charts = [
      "chart-band-share",
      "chart-outcomes",
      "chart-band-trend",
      "chart-case-trend",
      "chart-top-rules",
    ];
    for (const id of charts)
      await expect(page.getByTestId(id).locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
    // Band colours match the badges (emerald, amber, orange, red).
    const fills = await page
      .getByTestId("chart-band-share")
      .locator(".recharts-bar-rectangle path")
      .evaluateAll((els) => els.map((e) => e.getAttribute("fill")));
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(["#10b981", "#f59e0b", "#f97316", "#dc2626"]).toContain(fill);

    const bandShare = page.getByTestId("chart-band-share");
    const table = bandShare.getByRole("table", { name: "Candidates per band" });
    await expect(table).toBeHidden();
    await bandShare.getByText("Show the numbers").click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Share" })).toBeVisible();
    const countOf = async (label: string) =>
      Number(
        await table
          .getByRole("row", { name: new RegExp(`^${label} `) })
          .getByRole("cell")
          .first()
          .innerText(),
      );
    const perBand = await Promise.all(["Low", "Medium", "High", "Critical"].map(countOf));
    expect(perBand.reduce((a, b) => a + b, 0)).toBe(await countOf("Total"));
    expect(perBand[3]).toBeGreaterThan(0);

    await page.getByTestId("chart-top-rules").getByText("Show the numbers").click();
    await expect(
      page.getByTestId("chart-top-rules").getByRole("columnheader", { name: "Family" }),
    ).toBeVisible();
    await shot(page, "dashboard-security-lead");
  });

  test("switches the period with the links", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "12 months" }).click();
    await expect(page).toHaveURL(/\/dashboard\?days=365$/);
    await expect(page.getByRole("link", { name: "12 months" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("Per week, by current band.")).toBeVisible();
    await expect(
      page.getByTestId("chart-band-trend").locator(".recharts-wrapper > svg.recharts-surface"),
    ).toBeVisible();
    await shot(page, "dashboard-12-months");
  });
});

test.describe("recruiter and the overview", () => {
  test.use({ storageState: authFile("recruiter") });

  test("has no Overview link and is refused when typing /dashboard", async ({ page }) => {
    await page.goto("/candidates");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }),
    ).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  });
});
