import { defineConfig, devices } from "@playwright/test";
import {
  chromiumLaunchOptions,
  findChromium,
  missingChromiumMessage,
} from "./scripts/chromium.mjs";

// Browser tests run against the production build (dist/), served by our own server.
// `npm test` builds first; on its own run `npm run build && npx playwright test`.
// TOC_TEST_PORT lets the test runner pick another port (default 4173), and
// TOC_TEST_ROOT another build directory (default dist/), so two runs can share
// a machine without rebuilding each other's files.
const port = Number(process.env.TOC_TEST_PORT ?? 4173);
const root = process.env.TOC_TEST_ROOT ?? "dist";
const baseURL = `http://127.0.0.1:${port}`;
if (!findChromium()) throw new Error(missingChromiumMessage());

export default defineConfig({
  testDir: "tests/browser",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  workers: 2,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    // The system Chromium or Chrome, else Playwright's own (scripts/chromium.mjs).
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node server/serve.mjs --host 127.0.0.1 --port ${port} --root ${root}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
