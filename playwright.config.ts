import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CANDIDATES } from './scripts/find-chromium.mjs';

// Browser tests run against the built app (`npm test` runs `vite build` first), served by
// `vite preview`. Run them with `npm run test:e2e` (scripts/e2e.mjs), which finds or installs
// a Chromium and passes its path in CHROMIUM_PATH; a bare `npx playwright test` falls back to
// the system Chromium, then to Playwright's own download.

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return SYSTEM_CANDIDATES.find((path) => existsSync(path));
}

const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two cores, and every page trains in a CPU-heavy worker: one test at a time keeps timings honest.
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    // The service worker (offline use) would precache the whole build in every test and answer
    // requests that tests route; only the offline test lets it run (e2e/lessons.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'on-first-retry', // recording costs CPU, so only on the retry of a failed test
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
