import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { authFile, shot, expect, test } from "./support";

/**
 * Watchlists end to end: an admin imports the OFAC test list, sees a damaged file refused with
 * its line, maintains the internal list; a security lead then confirms the match that creates
 * on a demo candidate's page. The tests build on each other, so they run in order.
 */
const OFAC_MINI = path.resolve(__dirname, "../../../shared/data/ofac-mini");
const FILES = [
  ["sdn.csv", "sdn.csv"],
  ["alt.csv", "alt.csv"],
  ["add.csv", "add.csv"],
  ["sdn_comments.csv", "sdn_comments.csv"],
] as const;
// The demo candidate "Joshua Price" asks to be paid to this wallet (prisma/seed-candidates.ts).
const JOSHUA_WALLET = "bc1qdemo4x7w3r9l2k8m5n6p0q1s3t5v7x9z2a4c6e";

function read(file: string): Buffer {
  const p = path.join(OFAC_MINI, file);
  if (!fs.existsSync(p))
    throw new Error(`The OFAC test list is missing: expected ${p} (see ../shared/data/README.md).`);
  return fs.readFileSync(p);
}

async function setFile(page: Page, label: string, name: string, buffer: Buffer) {
  await page
    .getByTestId("upload-ofac")
    .getByLabel(label)
    .setInputFiles({ name, mimeType: "text/csv", buffer });
}

test.describe.configure({ mode: "serial" });

test.describe("admin maintains the watchlists", () => {
  test.use({ storageState: authFile("admin") });

  test("imports the OFAC list, is told exactly why a damaged file is refused, and keeps the internal list", async ({
    page,
  }) => {
    await page.goto("/admin");
    await page
      .getByRole("navigation", { name: "Admin sections" })
      .getByRole("link", { name: "Watchlists" })
      .click();
    await expect(page).toHaveURL(/\/admin\/watchlists$/);
    await expect(page.getByRole("link", { name: "Watchlists" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("active-ofac")).toContainText("Not imported");

    for (const [label, file] of FILES) await setFile(page, label, file, read(file));
    await page.getByRole("button", { name: "Import OFAC list" }).click();
    const upload = page.getByTestId("upload-ofac");
    await expect(upload.getByRole("status")).toContainText(
      "Imported 17 entries: 17 added, 0 removed, 0 changed.",
      { timeout: 30_000 },
    );
    await expect(page.getByTestId("active-ofac")).toContainText("17 entries");
    const row = page.getByTestId("snapshot-row").first();
    await expect(row).toContainText("OFAC SDN");
    await expect(row).toContainText("Active");
    await expect(row.getByTestId("snapshot-added")).toHaveText("+17");
    await expect(row.getByTestId("file-hash")).toHaveCount(4);
    await expect(row.getByTestId("file-hash").first()).toHaveAttribute("title", /^[0-9a-f]{64}$/);

    // Cut inside a quoted field, as an interrupted download would be.
    const sdn = read("sdn.csv").toString("latin1");
    const broken = Buffer.from(sdn.slice(0, sdn.indexOf(',"', Math.floor(sdn.length / 2)) + 6), "latin1");
    await setFile(page, "sdn.csv", "sdn.csv", broken);
    await page.getByRole("button", { name: "Import OFAC list" }).click();
    await expect(upload.getByRole("alert").first()).toContainText(
      /sdn\.csv line \d+: unterminated quoted field .*Nothing was imported; the previous list stays active\./,
    );
    await expect(upload.getByText(/^Line \d+: unterminated quoted field/)).toBeVisible();
    await expect(page.getByTestId("snapshot-row")).toHaveCount(1);
    await expect(page.getByTestId("active-ofac")).toContainText("17 entries");

    // A bad value is refused beside the field; the corrected item is added and candidates re-screened.
    const add = page.getByTestId("add-internal-item");
    await add.getByLabel("Kind").selectOption("wallet");
    await add.getByLabel("Value").fill("x");
    await add.getByLabel("Reason").fill("Wallet received payouts from a known DPRK IT-worker facilitator.");
    await add.getByLabel("Source").fill("Own investigation 2026-11");
    await add.getByRole("button", { name: "Add to the watchlist" }).click();
    await expect(add.getByText("Enter the value to watch for")).toBeVisible();
    await expect(add.getByLabel("Value")).toHaveAttribute("aria-invalid", "true");
    await add.getByLabel("Value").fill(JOSHUA_WALLET);
    await add.getByRole("button", { name: "Add to the watchlist" }).click();
    await expect(add.getByRole("status")).toContainText(
      /Added\. Re-screened \d+ candidates; [1-9]\d* re-scored\./,
      { timeout: 30_000 },
    );
    await expect(page.getByTestId("internal-item").filter({ hasText: JOSHUA_WALLET })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download the template" })).toHaveAttribute(
      "href",
      /^data:text\/csv/,
    );
    await shot(page, "admin-watchlists");
  });

  test("a bad CSV row imports nothing and is named", async ({ page }) => {
    await page.goto("/admin/watchlists");
    const items = await page.getByTestId("internal-item").count();
    const form = page.getByTestId("import-internal-csv");
    await form
      .getByLabel("…or paste the rows")
      .fill(
        "kind,value,reason,source\ncompany,Good Staffing Ltd,Front company in an advisory,FBI PSA\nwallet,x,Too short a value,Own investigation",
      );
    await form.getByRole("button", { name: "Import CSV" }).click();
    await expect(form.getByTestId("csv-row-errors")).toContainText(
      "row 3: value: Enter the value to watch for",
    );
    await expect(page.getByTestId("internal-item")).toHaveCount(items);
  });

  test("sees the match on the candidate page but cannot review it", async ({ page }) => {
    await page.goto("/candidates?q=Joshua+Price");
    await page.getByRole("table").getByRole("link", { name: "Joshua Price" }).click();
    const match = page.getByTestId("watchlist-match").filter({ hasText: JOSHUA_WALLET });
    await expect(match.getByTestId("match-status")).toHaveText("Pending review");
    await expect(match.getByRole("button", { name: "Confirm match" })).toHaveCount(0);
  });
});

test.describe("recruiter typing /admin/watchlists", () => {
  test.use({ storageState: authFile("recruiter") });
  test("is refused", async ({ page }) => {
    await page.goto("/admin/watchlists");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  });
});

test.describe("security lead reviews the match", () => {
  test.use({ storageState: authFile("security_lead") });

  test("confirms the wallet match with a note; the candidate becomes critical", async ({ page }) => {
    await page.goto("/admin/watchlists");
    await expect(page).toHaveURL(/\/forbidden$/);

    await page.goto("/candidates?q=Joshua+Price");
    await page.getByRole("table").getByRole("link", { name: "Joshua Price" }).click();
    const match = page.getByTestId("watchlist-match").filter({ hasText: JOSHUA_WALLET });
    await expect(match.getByTestId("match-status")).toHaveText("Pending review");
    await expect(match).toContainText("Internal");
    await expect(match).toContainText("Crypto wallet");
    await expect(match).toContainText("100%");
    await expect(page.getByText("Hard stop: critical regardless of other points")).toHaveCount(0);
    const before = await page.getByTestId("score-total").innerText();

    await match.getByLabel("Review note").fill("too short");
    await match.getByRole("button", { name: "Confirm match" }).click();
    await expect(match.getByText("Explain the review in at least 10 characters")).toBeVisible();

    await match
      .getByLabel("Review note")
      .fill("Wallet identical, character for character, to the one in our facilitator investigation.");
    await match.getByRole("button", { name: "Confirm match" }).click();
    await expect(match.getByTestId("match-status")).toHaveText("Confirmed");
    await expect(match.getByTestId("review-note")).toContainText("character for character");
    await expect(page.getByTestId("score-band")).toContainText("Critical");
    await expect(page.getByText("Hard stop: critical regardless of other points")).toBeVisible();
    await expect(page.getByText("The rule “Confirmed sanctions or watchlist match” fired.")).toBeVisible();
    expect(Number(await page.getByTestId("score-total").innerText())).toBeGreaterThanOrEqual(Number(before));
    await shot(page, "candidate-watchlist-match");
  });
});
