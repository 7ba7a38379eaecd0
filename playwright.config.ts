import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against a production build in demo mode (`npm run demo`: build if stale,
 * migrate, seed the demo data, `next start`) on a PGlite folder of its own, with Debian's Chromium.
 * A second server without demo mode, on its own fresh folder, serves the `sans-demo` project
 * (e2e/demo-off.spec.ts): what a real deployment shows. Set E2E_BASE_URL (and E2E_PLAIN_BASE_URL
 * for that project) to test servers that are already running instead.
 */
const externalBaseUrl = process.env.E2E_BASE_URL;
const baseURL = externalBaseUrl ?? 'http://127.0.0.1:3100';
const externalPlainUrl = process.env.E2E_PLAIN_BASE_URL;
const plainBaseURL = externalPlainUrl ?? 'http://127.0.0.1:3101';
// Against servers already running, the plain project needs one named: no server is started here.
const withPlainServer = !externalBaseUrl || Boolean(externalPlainUrl);
const ci = Boolean(process.env.CI);
const DEMO_OFF_SPEC = /demo-off\.spec\.ts$/;
/** Specs that change a shared demo account for a moment: they run alone, after the others. */
const EXCLUSIVE_SPECS = /\.exclusive\.spec\.ts$/;
/** The partner API's contract replayed (npm run check:contract): it publishes offers, so it runs last, alone. */
const CONTRACT_SPEC = /api\/contract\.spec\.ts$/;

/**
 * `npm run demo` (env.DEMO) or `npm start` on a fresh PGlite folder, with no map tiles and the
 * offline geocoder: the tests never reach the network.
 */
const server = (port: string, folder: string, env: Record<string, string>) => ({
  // A fresh database every run: seeded demo data, and no sign-in failures left over from a
  // previous run to trip the per-account rate limit.
  command: `node -e "require('node:fs').rmSync('${folder}', { recursive: true, force: true })" && npm run ${env.DEMO ? 'demo' : 'start'}`,
  url: `http://127.0.0.1:${port}/api/health`,
  env: { PORT: port, PGLITE_DIR: `${folder}/pglite`, DATABASE_URL: '', MAP_TILE_URL: '', GEOCODER: 'offline', ...env },
  reuseExistingServer: false,
  timeout: 240_000,
  // The server's JSON logs would drown the test list; errors still show on stderr.
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

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
      testIgnore: [DEMO_OFF_SPEC, EXCLUSIVE_SPECS, CONTRACT_SPEC],
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      // Specs that take a demo account's role away for a moment (the admin replaces a head, then
      // puts them back) run alone, once every other spec is done.
      name: 'exclusive',
      testMatch: EXCLUSIVE_SPECS,
      dependencies: ['desktop', 'mobile'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      name: 'api-contract',
      testMatch: CONTRACT_SPEC,
      dependencies: ['exclusive'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
    {
      // Small screens: only the tests tagged @mobile, to keep the suite short.
      name: 'mobile',
      grep: /@mobile/,
      testIgnore: [DEMO_OFF_SPEC, CONTRACT_SPEC],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions: chromium,
      },
    },
    ...(withPlainServer
      ? [
          {
            // The server without DEMO=1: a real deployment shows no demo account and no mailbox.
            name: 'sans-demo',
            testMatch: DEMO_OFF_SPEC,
            use: { ...devices['Desktop Chrome'], baseURL: plainBaseURL, launchOptions: chromium },
          },
        ]
      : []),
  ],
  webServer: [
    // One after the other: the first builds the application when the build is stale, the second reuses it.
    ...(externalBaseUrl ? [] : [server('3100', '.data/e2e', { DEMO: '1' })]),
    ...(externalBaseUrl || externalPlainUrl ? [] : [server('3101', '.data/e2e-plain', { DEMO: '' })]),
  ],
});
