import { CHROMIUM, CHROMIUM_ARGS } from './shell-shared/print/chromium';
import { defineConfig, type PlaywrightTestOptions, type PlaywrightWorkerOptions } from '@playwright/test';

const browserUse: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: 'e2e',
  // A folder for the data files built once per run and copied for each test (e2e/run-cache.ts).
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['./e2e/skip-reasons-reporter.ts']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // A failed test keeps its trace (every action with the page's DOM before and after), without the
    // film of screenshots: recording that film for every test, passing or not, made a run about a fifth
    // slower (two specs: 56 to 62 s with it, 47 to 48 s without). The failure's own screenshot is kept.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser', testIgnore: /(electron|screenshots)\//, use: browserUse },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts$/ },
    // Pictures for a person to look at, not checks: `npm run screenshots`, never part of npm test.
    ...(process.env.HALLMARKS_SCREENSHOTS
      ? [{ name: 'screenshots', testMatch: /screenshots\/.*\.spec\.ts$/, use: browserUse }]
      : []),
  ],
});
