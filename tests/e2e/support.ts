import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";

/**
 * Every spec imports `test` from here, so every page it opens is watched for Content Security
 * Policy violations: the browser fires `securitypolicyviolation` for each thing the policy
 * blocks (and logs a console error); the test fails if any happened, naming them.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(
            `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      context.on("console", (msg) => {
        if (msg.type() === "error" && /CSP violation|Content Security Policy/i.test(msg.text()))
          violations.push(`${msg.page()?.url() ?? "?"}: ${msg.text()}`);
      });
      await use(violations);
      expect(violations, "the pages broke their Content Security Policy").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const ROLES = {
  recruiter: { email: "recruiter@candor.test", password: "demo-recruiter-2026", label: "Recruiter" },
  security_lead: { email: "security@candor.test", password: "demo-security-2026", label: "Security lead" },
  admin: { email: "admin@candor.test", password: "demo-admin-2026", label: "Admin" },
  second_lead: { email: "security2@candor.test", password: "demo-security2-2026", label: "Security lead" },
} as const;
export type RoleKey = keyof typeof ROLES;

export function authFile(role: RoleKey): string {
  return path.join(__dirname, ".auth", `${role}.json`);
}

export const SCREENSHOT_DIR = path.join(__dirname, "..", "..", "test-results", "screenshots");

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
