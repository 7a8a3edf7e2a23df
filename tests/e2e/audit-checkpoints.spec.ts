import { authFile, shot, expect, test } from "./support";

/**
 * The audit page publishes the checkpoint public key and the newest signed checkpoint (the test
 * server signs one after seeding), so a security lead can verify a copy of the trail elsewhere.
 */
for (const role of ["security_lead", "admin"] as const) {
  test.describe(role, () => {
    test.use({ storageState: authFile(role) });
    test("sees the checkpoint public key and the newest checkpoint with a valid signature", async ({
      page,
    }) => {
      await page.goto("/audit");
      const panel = page.getByTestId("audit-checkpoints");
      await expect(panel.getByTestId("audit-public-key")).toHaveText(
        /^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----$/,
      );
      await expect(panel.getByTestId("audit-latest-checkpoint")).toContainText(
        /event #\d+, signed .* \(checkpoint file\)/,
      );
      await expect(panel.getByTestId("audit-latest-checkpoint")).toContainText("signature valid");
      await expect(panel.getByRole("alert")).toHaveCount(0);
      if (role === "security_lead") await shot(page, "audit-checkpoints");
    });
  });
}
