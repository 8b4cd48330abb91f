// `npm run bench` (node tests/bench/run-bench.mjs [--cases=200000] [--samples=200] [--verify]): builds the benchmark
// page, serves it on 127.0.0.1, runs it in headless Chromium on a fresh on-disk profile, prints the table and, as the
// LAST line, one JSON object with the summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildAppInto, buildBenchPages, serveStatic } from './serveStatic.mjs';

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const cases = Number(arg('cases', 200_000));
const samples = Number(arg('samples', 300));
const verify = process.argv.includes('--verify');
// The cold start of the application itself over the same cases (skip with --no-app).
const withApp = !process.argv.includes('--no-app');
const coldStarts = Number(arg('cold-starts', 3));
/** The head the bench page creates in the application's database (passed to it in the URL). */
const APP_HEAD = { login: 'bench.head', password: 'bench-password-2026' };
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const err = (line) => process.stderr.write(`${line}\n`);
const root = await buildBenchPages();
const appDir = withApp ? await buildAppInto(mkdtempSync(join(tmpdir(), 'bench-app-'))) : undefined;
const server = await serveStatic(root, 0, appDir ? { '/app/': appDir } : {});
const profile = mkdtempSync(join(tmpdir(), 'store-bench-'));
let context;
let exitCode = 0;
try {
  // A persistent context: IndexedDB on disk as in the app (an incognito context would keep it in memory).
  context = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.text().startsWith('[bench]')) err(message.text());
  });
  page.on('pageerror', (error) => err(`page error: ${error.message}`));
  await page.goto(`${server.url}bench.html?cases=${cases}&samples=${samples}${verify ? '&verify=1' : ''}${withApp ? `&app=1&appLogin=${APP_HEAD.login}&appPassword=${APP_HEAD.password}` : ''}`);
  let state;
  for (;;) {
    state = await page.evaluate(() => window.__bench);
    if (state && state.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (state.state === 'failed') throw new Error(state.error);
  const { measures, summary } = state.result;
  if (withApp) {
    await context.close();
    context = undefined;
    const app = await measureColdStart();
    measures.push(
      { name: `app cold start → login screen interactive (${cases} cases)`, p50: app.loginScreen.p50, p95: app.loginScreen.max, n: app.n },
      { name: `app login → first worklist rows (incl. PBKDF2)`, p50: app.worklist.p50, p95: app.worklist.max, n: app.n },
      { name: `  PBKDF2-SHA-256 600k of the login (deliberate)`, p50: app.kdf.p50, p95: app.kdf.max, n: app.n },
      { name: `app cold start → interactive worklist (without PBKDF2)`, p50: app.total.p50, p95: app.total.max, n: app.n },
    );
    Object.assign(summary, {
      app_cold_start_ms: Math.round(app.total.p50),
      app_login_screen_ms: Math.round(app.loginScreen.p50),
      app_login_to_worklist_ms: Math.round(app.worklist.p50),
      app_login_kdf_ms: Math.round(app.kdf.p50),
    });
  }
  // Issue #6: push of 10,000 actions office → centre and pull by another office through the real sync service, against
  // a raw bulk insert of the same rows in the same run (tests/bench/sync-bench.ts; PostgreSQL when DATABASE_URL is
  // set, else PGlite). `--no-sync` skips it, `--sync-actions=N` changes the size.
  if (!process.argv.includes('--no-sync')) {
    const sync = runSyncBench(Number(arg('sync-actions', 10_000)));
    if (sync) {
      measures.push(
        { name: `sync push ${sync.actions} actions office → centre (${sync.database}), total`, p50: sync.push_ms, n: 1, rawP50: sync.raw_insert_ms, ratio: sync.push_to_raw_ratio },
        { name: `sync pull ${sync.actions} actions centre → another office, total`, p50: sync.pull_ms, n: 1, rawP50: sync.raw_insert_ms, ratio: sync.pull_to_raw_ratio },
      );
      Object.assign(summary, { sync_push_ms: sync.push_ms, sync_pull_ms: sync.pull_ms, sync_raw_insert_ms: sync.raw_insert_ms, sync_push_to_raw: sync.push_to_raw_ratio, sync_pull_to_raw: sync.pull_to_raw_ratio });
    }
  }
  const fmt = (v) => (v === undefined || Number.isNaN(v) ? '' : v >= 100 ? v.toFixed(0) : v.toFixed(3));
  const rows = [['measure', 'n', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'ratio (p95)'], ...measures.map((m) => [m.name, String(m.n), fmt(m.p50), fmt(m.p95), fmt(m.rawP50), fmt(m.rawP95), m.ratio === undefined ? '' : m.ratio.toFixed(2)])];
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  const print = (r) => console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  print(rows[0]);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(1).forEach(print);
  console.log('targets: search & worklist p95 ≤ 30 ms and ≤ 2× raw; intake ≤ 1.5× raw; replay ≤ 0.2 ms per case; app cold start to an interactive worklist ≤ 1 s; a year\'s service statistics < 2 s');
  console.log(JSON.stringify(summary));
} catch (error) {
  err(error instanceof Error ? error.stack ?? error.message : String(error));
  exitCode = 1;
} finally {
  await context?.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  if (appDir) rmSync(appDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** tests/bench/sync-bench.ts in its own process; its last line is its JSON summary (undefined, with the reason, if it failed). */
function runSyncBench(actions) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/sync-bench.ts', `--actions=${actions}`], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = (result.stdout ?? '').trim().split('\n').at(-1) ?? '';
  try {
    if (result.status !== 0) throw new Error(`exit ${result.status}`);
    return JSON.parse(last);
  } catch (error) {
    err(`[bench] sync bench failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The application's cold start over the seeded office: a NEW browser process on the same profile (nothing warm:
 * neither the process nor IndexedDB's caches), the app's index page, the login screen, the head's login, and the
 * first rows of the head's first worklist. The password's key derivation (PBKDF2-SHA-256, 600,000 iterations) is a
 * deliberate cost of every login; it is measured on its own in the same page and reported beside the total.
 */
async function measureColdStart() {
  const samples = { loginScreen: [], worklist: [], kdf: [], total: [] };
  for (let i = 0; i < coldStarts; i++) {
    const ctx = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true, viewport: { width: 1366, height: 850 }, locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.on('pageerror', (error) => err(`app page error: ${error.message}`));
      await page.goto(`${server.url}app/index.html`);
      await page.getByTestId('login-login').waitFor({ state: 'visible', timeout: 60_000 });
      const loginScreen = await page.evaluate(() => performance.now());
      await page.getByTestId('login-login').fill(APP_HEAD.login);
      await page.getByTestId('login-password').fill(APP_HEAD.password);
      const clicked = await page.evaluate(() => performance.now());
      await page.getByTestId('login-submit').click();
      await page.locator('.MuiDataGrid-row').first().waitFor({ state: 'visible', timeout: 60_000 });
      const rows = await page.evaluate(() => performance.now());
      const kdf = await page.evaluate(async () => {
        const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false, ['deriveBits']);
        const t0 = performance.now();
        await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 }, key, 256);
        return performance.now() - t0;
      });
      samples.loginScreen.push(loginScreen);
      samples.worklist.push(rows - clicked);
      samples.kdf.push(kdf);
      samples.total.push(loginScreen + Math.max(0, rows - clicked - kdf));
      err(`[bench] app cold start ${i + 1}: login screen ${loginScreen.toFixed(0)} ms, login → rows ${(rows - clicked).toFixed(0)} ms (PBKDF2 ${kdf.toFixed(0)} ms)`);
    } finally {
      await ctx.close();
    }
  }
  const stat = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
  };
  return { n: coldStarts, loginScreen: stat(samples.loginScreen), worklist: stat(samples.worklist), kdf: stat(samples.kdf), total: stat(samples.total) };
}
