import { authFile, ROLES, shot, signIn, expect, test } from "./support";

test.describe("signing in", () => {
  test("wrong credentials get one generic message", async ({ page }) => {
    for (const [email, password] of [
      [ROLES.recruiter.email, "not-the-password"],
      ["nobody@candor.test", "whatever-password"],
    ] as const) {
      await signIn(page, email, password);
      await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText(
        "Email or password is incorrect.",
      );
      await expect(page).toHaveURL(/\/sign-in/);
    }
    await shot(page, "sign-in-error");
  });

  test("sign-out ends the session", async ({ page }) => {
    await signIn(page, ROLES.admin.email, ROLES.admin.password);
    await expect(page.getByTestId("current-role")).toHaveText("Admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/candidates");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("anonymous visitors are sent to sign-in", async ({ page }) => {
    for (const url of ["/candidates", "/candidates/new", "/admin"]) {
      await page.goto(url);
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });
});

const NAV = [
  { role: "recruiter", newCandidate: true, admin: false, audit: false },
  { role: "security_lead", newCandidate: false, admin: false, audit: true },
  { role: "admin", newCandidate: false, admin: true, audit: true },
] as const;

for (const { role, newCandidate, admin, audit } of NAV) {
  test.describe(`menu for ${role}`, () => {
    test.use({ storageState: authFile(role) });
    test("shows only what the role may use", async ({ page }) => {
      await page.goto("/candidates");
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Candidates" })).toBeVisible();
      await expect(nav.getByRole("link", { name: "New candidate" })).toHaveCount(newCandidate ? 1 : 0);
      await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(admin ? 1 : 0);
      await expect(nav.getByRole("link", { name: "Audit trail" })).toHaveCount(audit ? 1 : 0);
      await shot(page, `candidates-${role}`);
    });
  });
}
