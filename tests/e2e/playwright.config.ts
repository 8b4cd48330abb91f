import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (`apt-get install -y chromium`; `npx playwright install` cannot download
 * browsers here) against the PRODUCTION build served by `vite preview`. Flags keep Chromium quiet on a closed network.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const port = Number(process.env.E2E_PORT ?? 4791);
/** The sync service's port: next to the app's (parallel runs pick their own E2E_PORT and so their own pair). */
export const syncPort = Number(process.env.E2E_SYNC_PORT ?? port + 1);

export default defineConfig({
  testDir: '.',
  // Own folder per run when several runs share a checkout (E2E_OUTPUT), so one run never clears another's traces.
  outputDir: process.env.E2E_OUTPUT ?? '../artifacts/e2e-output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '../artifacts/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    viewport: { width: 1366, height: 850 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: [
    {
      command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The central sync service (issue #6) for tests/e2e/sync-two-offices.spec.ts: PGlite in memory, so the run needs
      // no PostgreSQL and leaves nothing behind; the offices (and their admin tokens) come from sync-offices.json.
      command: `npx tsx server/main.ts --host 127.0.0.1 --port ${syncPort} --data-dir memory --seed tests/e2e/sync-offices.json`,
      cwd: '../..',
      // Never the PostgreSQL of DATABASE_URL (.ci/run exports it for tests/server): that database outlives the run, and
      // a second run's offices would pull the first run's cases (same office codes, same case numbers).
      env: { DATABASE_URL: '' },
      url: `http://127.0.0.1:${syncPort}/v1/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
