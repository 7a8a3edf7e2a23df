import { defineConfig, devices } from "@playwright/test";

// Overridable so two test runs on one machine do not collide.
const PORT = Number(process.env.CANDOR_E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium; Playwright's own browser download is not available on these machines.
const chromium = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1366, height: 900 },
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: { baseURL: BASE_URL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: chromium },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"], use: chromium },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs ${PORT}`,
    url: `${BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
