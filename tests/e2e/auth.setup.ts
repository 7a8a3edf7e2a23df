import { expect, test as setup } from "@playwright/test";
import { authFile, ROLES, signIn, type RoleKey } from "./support";

for (const role of Object.keys(ROLES) as RoleKey[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email, password, label } = ROLES[role];
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/candidates$/);
    await expect(page.getByTestId("current-role")).toHaveText(label);
    await page.context().storageState({ path: authFile(role) });
  });
}
