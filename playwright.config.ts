import { CHROMIUM } from "./tests/support/chromium";
import { defineConfig, devices } from "@playwright/test";

// E2E drives Debian's Chromium (Playwright's own download is unreachable here)
// against the production build, started on a fresh database by scripts/start.ts.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM,
  },
  projects: [
    {
      name: "phone",
      use: { ...devices["Pixel 5"], viewport: { width: 360, height: 780 }, locale: "id-ID", timezoneId: "Asia/Jakarta" },
    },
  ],
  webServer: {
    command: `npx tsx scripts/start.ts --fresh --no-build --port ${PORT}`,
    url: `http://localhost:${PORT}/api/v1/openapi.json`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
