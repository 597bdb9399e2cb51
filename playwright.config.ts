import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which provides a migrated, seeded database and a production build.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's headless shell where it is installed (CI installs it): the same engine as Chromium
// without the desktop browser around it, which starts pages in about half the CPU time, and
// the CPU is what two workers, their browsers and the server share. Debian's full Chromium
// next, Playwright's own browser elsewhere.
const systemChromium = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) =>
  existsSync(path),
);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry: a test passing on it is listed as "flaky" in the report and in npm test's
  // closing line, which counts it as passed; a test failing twice fails. A sign-in through
  // the API has answered 401 for a fresh user now and then, not yet explained (the sign-in
  // error now carries next-auth's answer, for the report).
  retries: 1,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json"]],
  // Every request a spec sends for itself names the app as its origin, as a browser's would:
  // a cookie-authenticated write without Origin or Sec-Fetch-Site is refused (lib/api/same-origin.ts).
  // Contexts made with browser.newContext() or playwright.request.newContext() inherit this
  // too, unless they pass `extraHTTPHeaders: {}`, as the cross-site specs must.
  // A trace (DOM snapshots and a screencast of every page) costs CPU on every test, so it is
  // recorded on the retry of a failed test only: the retry's trace is the one in the report.
  use: { baseURL, trace: "on-first-retry", extraHTTPHeaders: { Origin: baseURL } },
  projects: [
    {
      name: "chromium",
      testIgnore: /fuzz\//,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
    {
      // The API fuzz suite (e2e/fuzz/). `npm test` runs it after the browser specs, so its
      // load and the records it manages to write never disturb them; `npm run fuzz` runs it
      // alone, longer.
      name: "fuzz",
      testMatch: /fuzz\/.*\.spec\.ts$/,
    },
  ],
  webServer: {
    // The production server (scripts/serve.ts), which records each connection's address.
    command: `npx tsx scripts/serve.ts --port ${port} --hostname 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
