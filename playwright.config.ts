import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against a production build (`npm run start`: build if stale, migrate,
 * seed the demo data, `next start`) on a PGlite folder of its own, with Debian's Chromium.
 * Set E2E_BASE_URL to test a server that is already running instead.
 */
const externalBaseUrl = process.env.E2E_BASE_URL;
const baseURL = externalBaseUrl ?? 'http://127.0.0.1:3100';
const ci = Boolean(process.env.CI);

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Offline, sandbox-less machines: no network side-channels, no first-run UI, no GPU.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  // The embedded database serves one request at a time: two workers are plenty on two cores.
  workers: 2,
  fullyParallel: false,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.exclusive\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      // Specs that take a demo account's role away for a moment (the admin replaces a head, then
      // puts them back) run alone, once every other spec is done.
      name: 'exclusive',
      testMatch: /\.exclusive\.spec\.ts$/,
      dependencies: ['desktop', 'mobile'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      // Small screens: only the tests tagged @mobile, to keep the suite short.
      name: 'mobile',
      grep: /@mobile/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions: chromium,
      },
    },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        // A fresh database every run: seeded demo data, and no sign-in failures left over
        // from a previous run to trip the per-account rate limit.
        command: `node -e "require('node:fs').rmSync('.data/e2e', { recursive: true, force: true })" && npm run start`,
        url: `${baseURL}/api/health`,
        // No map tiles and the offline geocoder: the tests never reach the network.
        env: { PORT: '3100', PGLITE_DIR: '.data/e2e/pglite', MAP_TILE_URL: '', GEOCODER: 'offline' },
        reuseExistingServer: false,
        timeout: 240_000,
        // The server's JSON logs would drown the test list; errors still show on stderr.
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
