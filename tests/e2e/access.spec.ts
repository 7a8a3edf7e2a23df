import { authFile, shot, expect, test } from "./support";

/** Pages hidden from a role's menu are refused when their URL is typed, too. */
const REFUSED = [
  { role: "recruiter", url: "/admin" },
  { role: "recruiter", url: "/audit" },
  { role: "security_lead", url: "/admin" },
  { role: "security_lead", url: "/candidates/new" },
  { role: "admin", url: "/candidates/new" },
] as const;

for (const { role, url } of REFUSED) {
  test.describe(`${role} typing ${url}`, () => {
    test.use({ storageState: authFile(role) });
    test("is refused", async ({ page }) => {
      await page.goto(url);
      await expect(page).toHaveURL(/\/forbidden$/);
      await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
      if (role === "recruiter") await shot(page, "forbidden-recruiter-admin");
    });
  });
}

test.describe("security lead and edit pages", () => {
  test.use({ storageState: authFile("security_lead") });
  test("cannot open a candidate's edit page but can read the candidate", async ({ page }) => {
    await page.goto("/candidates?sort=score_desc");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByTestId("score-total")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await page.goto(`${page.url()}/edit`);
    await expect(page).toHaveURL(/\/forbidden$/);
  });
});

test.describe("admin", () => {
  test.use({ storageState: authFile("admin") });
  test("reaches the admin page and sees every account", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
    for (const email of ["recruiter@candor.test", "security@candor.test", "admin@candor.test"]) {
      await expect(page.getByText(email, { exact: true })).toBeVisible();
    }
    await shot(page, "admin-users");
  });
});

test.describe("security lead", () => {
  test.use({ storageState: authFile("security_lead") });
  test("reads the audit trail, including the demo's sign-ins and candidate creations", async ({ page }) => {
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "auth.sign_in", exact: true }).first()).toBeVisible();
    await page.getByLabel("Action starts with").fill("candidate.created");
    await page.getByRole("button", { name: "Apply" }).click();
    // Read the rows of the filtered page, not of the one being left.
    await expect(page).toHaveURL(/[?&]action=candidate\.created/);
    await expect(page.locator("tbody tr td:nth-child(4)").first()).toHaveText("candidate.created");
    const actions = await page.locator("tbody tr td:nth-child(4)").allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a).toBe("candidate.created");
    await shot(page, "audit-security-lead");
  });
});

/** Route handlers answer for themselves: no session is 401, a role without the permission is 403. */
test.describe("file and export routes", () => {
  test("refuse anonymous callers", async ({ playwright }) => {
    const anon = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    for (const url of ["/api/audit/export", "/api/evidence/anything"]) {
      const res = await anon.get(url);
      expect(res.status()).toBe(401);
      expect((await res.json()).error.code).toBe("unauthenticated");
    }
    await anon.dispose();
  });

  test.describe("as a recruiter", () => {
    test.use({ storageState: authFile("recruiter") });
    test("refuse the audit export and evidence files", async ({ page }) => {
      for (const url of ["/api/audit/export", "/api/evidence/anything"]) {
        const res = await page.request.get(url);
        expect(res.status()).toBe(403);
      }
    });
  });
});
