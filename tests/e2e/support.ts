import path from "node:path";
import type { Page } from "@playwright/test";

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
