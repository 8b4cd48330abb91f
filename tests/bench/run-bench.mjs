// `npm run bench` (node tests/bench/run-bench.mjs [--cases=200000] [--samples=200] [--verify]): builds the benchmark
// page, serves it on 127.0.0.1, runs it in headless Chromium on a fresh on-disk profile, prints the table and, as the
// LAST line, one JSON object with the summary.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildAppInto, buildBenchPages, serveStatic } from './serveStatic.mjs';
import { APP_HEAD, APP_WINDOW, args, executablePath } from './benchBrowser.mjs';

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
/** How long a person takes to type the login and password on a cold start's sign-in (see measureColdStart). */
const typingMs = Number(arg('typing', 2000));
// `--profile=DIR --keep` keeps the seeded browser profile (and its origin's port) after the run; a later run with the same
// `--profile=DIR` and case count skips the seeding and measures only the app's cold start, to iterate on the app in
// seconds. Without them: a fresh temporary profile, deleted at the end (the default).
const keptProfile = arg('profile', undefined);
const keep = process.argv.includes('--keep');
const SEEDED_MARKER = '.bench-seeded.json';
const seeded = keptProfile && existsSync(join(keptProfile, SEEDED_MARKER)) ? JSON.parse(readFileSync(join(keptProfile, SEEDED_MARKER), 'utf8')) : undefined;
const reuseSeeded = withApp && seeded?.cases === cases;

const err = (line) => process.stderr.write(`${line}\n`);
const root = reuseSeeded ? mkdtempSync(join(tmpdir(), 'bench-empty-')) : await buildBenchPages();
const appDir = withApp ? await buildAppInto(mkdtempSync(join(tmpdir(), 'bench-app-'))) : undefined;
// IndexedDB belongs to the origin, so a reused profile needs the port it was seeded on.
const server = await serveStatic(root, reuseSeeded ? seeded.port : Number(arg('port', 0)), appDir ? { '/app/': appDir } : {});
const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'store-bench-'));
if (keptProfile) mkdirSync(keptProfile, { recursive: true });
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
  let state = { state: 'done', result: { measures: [], summary: { cases, reused_profile: true } } };
  if (reuseSeeded) err(`[bench] reusing the profile seeded with ${cases} cases in ${profile} (port ${seeded.port}): app cold start only`);
  else {
    await page.goto(`${server.url}bench.html?cases=${cases}&samples=${samples}${verify ? '&verify=1' : ''}${withApp ? `&app=1&appLogin=${APP_HEAD.login}&appPassword=${APP_HEAD.password}` : ''}`);
    for (;;) {
      state = await page.evaluate(() => window.__bench);
      if (state && state.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (state.state === 'failed') throw new Error(state.error);
    if (keptProfile && withApp) writeFileSync(join(profile, SEEDED_MARKER), JSON.stringify({ cases, port: Number(new URL(server.url).port) }));
  }
  const { measures, summary } = state.result;
  if (withApp) {
    await context.close();
    context = undefined;
    // Two sign-ins per start: a person's (the login and password take at least `--typing` ms, 2 s by default, while
    // the app loads the rest) and an instant one (the sign-in is submitted the moment its field appears: everything
    // the app loads in the background is then on the path). The target is the person's.
    const app = await measureColdStart(typingMs);
    const instant = await measureColdStart(0);
    measures.push(
      { name: `app cold start → sign-in screen painted (${cases} cases)`, p50: app.loginPainted.p50, p95: app.loginPainted.max, n: app.n },
      { name: `app cold start → sign-in screen interactive`, p50: app.loginScreen.p50, p95: app.loginScreen.max, n: app.n },
      { name: `sign-in (Enter) → first worklist rows, after typing ${typingMs} ms`, p50: app.worklist.p50, p95: app.worklist.max, n: app.n },
      { name: `  PBKDF2-SHA-256 600k of the sign-in (deliberate)`, p50: app.kdf.p50, p95: app.kdf.max, n: app.n },
      { name: `app cold start → interactive worklist (typing, PBKDF2 excluded)`, p50: app.total.p50, p95: app.total.max, n: app.n },
      { name: `  the same, sign-in submitted at once (instant typist)`, p50: instant.total.p50, p95: instant.total.max, n: instant.n },
    );
    // The floor under it: a new browser process on the same profile that only opens the office's IndexedDB and reads the
    // first page of the head's worklist with the raw API — what no application code can go below.
    const raw = await measureRawColdOpen();
    measures.push({ name: `  raw floor: new process → IndexedDB open + first worklist page`, p50: raw.p50, p95: raw.max, n: raw.n });
    Object.assign(summary, {
      app_raw_cold_open_ms: Math.round(raw.p50),
      app_cold_start_ms: Math.round(app.total.p50),
      app_cold_start_instant_ms: Math.round(instant.total.p50),
      app_login_painted_ms: Math.round(app.loginPainted.p50),
      app_login_screen_ms: Math.round(app.loginScreen.p50),
      app_login_to_worklist_ms: Math.round(app.worklist.p50),
      app_login_kdf_ms: Math.round(app.kdf.p50),
    });
  }
  // Issue #6: push of 10,000 actions office → centre and pull by another office through the real sync service, against
  // a raw bulk insert of the same rows in the same run (tests/bench/sync-bench.ts; PostgreSQL when DATABASE_URL is
  // set, else PGlite). `--no-sync` skips it, `--sync-actions=N` changes the size.
  if (!process.argv.includes('--no-sync') && !reuseSeeded) {
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
  if (!(keptProfile && keep)) rmSync(profile, { recursive: true, force: true });
  if (reuseSeeded) rmSync(root, { recursive: true, force: true });
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
 * `typingMs`: the time between the sign-in field appearing and the sign-in being submitted (a person typing; 0 = at
 * once). The total leaves it out: sign-in screen interactive + (Enter → rows) − PBKDF2.
 */
async function measureColdStart(typingMs) {
  const samples = { loginPainted: [], loginScreen: [], worklist: [], kdf: [], total: [] };
  /** Per start: the app's startup marks (renderer/app/startupMarks.ts), navigation timing and the scripts' timing. */
  const breakdowns = [];
  for (let i = 0; i < coldStarts; i++) {
    const ctx = await chromium.launchPersistentContext(profile, APP_WINDOW);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.on('pageerror', (error) => err(`app page error: ${error.message}`));
      await page.goto(`${server.url}app/index.html`);
      await page.getByTestId('login-login').waitFor({ state: 'visible', timeout: 60_000 });
      const loginScreen = await page.evaluate(() => performance.now());
      // The first frame that showed the sign-in (its first contentful paint: nothing is painted before it).
      const loginPainted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      if (typingMs > 0) await page.waitForTimeout(Math.max(0, typingMs - (await page.evaluate(() => performance.now())) + loginScreen));
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
      const breakdown = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        const at = (value) => Math.round(value);
        return {
          navigation: nav ? { responseEnd: at(nav.responseEnd), domInteractive: at(nav.domInteractive), domContentLoaded: at(nav.domContentLoadedEventEnd), load: at(nav.loadEventEnd) } : {},
          marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('app:')).map((m) => [m.name.slice(4), at(m.startTime)])),
          resources: performance
            .getEntriesByType('resource')
            .filter((r) => /\.(js|css)$/.test(r.name))
            .map((r) => ({ name: r.name.split('/').pop(), start: at(r.startTime), end: at(r.responseEnd), kB: Math.round(r.decodedBodySize / 1024) })),
        };
      });
      breakdowns.push({ ...breakdown, loginScreen: Math.round(loginScreen), clicked: Math.round(clicked), rows: Math.round(rows) });
      err(`[bench]   navigation ${JSON.stringify(breakdown.navigation)}`);
      err(`[bench]   marks ${JSON.stringify(breakdown.marks)} (bench: login field visible ${loginScreen.toFixed(0)}, submit clicked ${clicked.toFixed(0)}, rows visible ${rows.toFixed(0)})`);
      err(`[bench]   scripts ${breakdown.resources.map((r) => `${r.name} ${r.kB} kB ${r.start}→${r.end}`).join(', ')}`);
      samples.loginPainted.push(loginPainted);
      samples.loginScreen.push(loginScreen);
      samples.worklist.push(rows - clicked);
      samples.kdf.push(kdf);
      samples.total.push(loginScreen + Math.max(0, rows - clicked - kdf));
      err(`[bench] app cold start ${i + 1} (typing ${typingMs} ms): login painted ${loginPainted.toFixed(0)} ms, interactive ${loginScreen.toFixed(0)} ms, login → rows ${(rows - clicked).toFixed(0)} ms (PBKDF2 ${kdf.toFixed(0)} ms)`);
    } finally {
      await ctx.close();
    }
  }
  // The median of each point over the starts, relative to navigation start (marks after the login are also given
  // relative to the click, since the time spent typing differs from start to start).
  const median = (values) => stat(values).p50;
  const points = new Map();
  for (const b of breakdowns) {
    const add = (name, value) => value !== undefined && points.set(name, [...(points.get(name) ?? []), value]);
    for (const [name, value] of Object.entries(b.navigation)) add(`navigation.${name}`, value);
    for (const [name, value] of Object.entries(b.marks)) add(value >= b.clicked ? `${name} (after click)` : name, value >= b.clicked ? value - b.clicked : value);
    add('login field visible (bench)', b.loginScreen);
    add('rows visible (after click, bench)', b.rows - b.clicked);
  }
  err(`[bench] app cold start breakdown (typing ${typingMs} ms), median ms:`);
  for (const [name, values] of [...points].sort((a, b) => (a[0].includes('after click') ? 1e6 : 0) + median(a[1]) - ((b[0].includes('after click') ? 1e6 : 0) + median(b[1])))) err(`[bench]   ${name.padEnd(44)} ${String(median(values)).padStart(6)}`);
  return { n: coldStarts, loginPainted: stat(samples.loginPainted), loginScreen: stat(samples.loginScreen), worklist: stat(samples.worklist), kdf: stat(samples.kdf), total: stat(samples.total) };
}

/** Median and max of new-process opens of the office database with the raw IndexedDB API (see the measure's name). */
async function measureRawColdOpen() {
  const times = [];
  for (let i = 0; i < coldStarts; i++) {
    const ctx = await chromium.launchPersistentContext(profile, { executablePath, args, headless: true });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${server.url}raw-cold-open`); // any page of the origin (a 404 is enough): no application code
      times.push(
        await page.evaluate(async () => {
          const db = await new Promise((resolve, reject) => {
            const request = indexedDB.open('kz-state-services');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          await new Promise((resolve, reject) => {
            const range = IDBKeyRange.bound(['assign', ''], ['assign', '\uffff']);
            const request = db.transaction('cases').objectStore('cases').index('[worklist+dueDate]').getAll(range, 50);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          db.close();
          return performance.now();
        }),
      );
    } finally {
      await ctx.close();
    }
  }
  err(`[bench] raw cold open: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  return { n: times.length, ...stat(times) };
}

/** Median (the lower middle of an even count) and maximum of a few measured times. */
function stat(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
}
