// One cold start of the application on a kept benchmark profile, recorded as a Chrome trace (load it in DevTools'
// Performance panel or chrome://tracing): where the time of a start goes, task by task, when `npm run bench` shows it
// grew. Usage, after `npm run bench -- --cases=200000 --no-sync --profile=/tmp/bench200k --keep` has seeded the profile:
//   node tests/bench/trace-cold-start.mjs            (env: PROFILE=/tmp/bench200k, TYPING=ms before the sign-in is
//                                                     submitted, TRACE_OUT=/tmp/cold-start-trace.json, APP_DIR + NO_BUILD=1
//                                                     to trace an app built elsewhere, e.g. without minification)
// The origin (and so the port) must be the one the profile was seeded on: read from its .bench-seeded.json.
import { chromium } from '@playwright/test';
import { serveStatic, buildAppInto } from './serveStatic.mjs';
import { APP_HEAD, APP_WINDOW } from './benchBrowser.mjs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const profile = process.env.PROFILE ?? '/tmp/bench200k';
const { port } = JSON.parse(readFileSync(join(profile, '.bench-seeded.json'), 'utf8'));
const appDir = process.env.APP_DIR ?? mkdtempSync(join(tmpdir(), 'trace-app-'));
if (!process.env.NO_BUILD) await buildAppInto(appDir);
const empty = mkdtempSync(join(tmpdir(), 'trace-empty-'));
const server = await serveStatic(empty, port, { '/app/': appDir });
const ctx = await chromium.launchPersistentContext(profile, APP_WINDOW);
const page = ctx.pages()[0] ?? (await ctx.newPage());
const cdp = await ctx.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const finished = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'loading'] }, transferMode: 'ReportEvents' });
await page.goto(`${server.url}app/index.html`);
await page.getByTestId('login-login').waitFor({ state: 'visible', timeout: 60_000 });
const loginScreen = await page.evaluate(() => performance.now());
await page.waitForTimeout(Number(process.env.TYPING ?? 0));
await page.getByTestId('login-login').fill(APP_HEAD.login);
await page.getByTestId('login-password').fill(APP_HEAD.password);
const clicked = await page.evaluate(() => performance.now());
await page.getByTestId('login-submit').click();
await page.locator('.MuiDataGrid-row').first().waitFor({ state: 'visible', timeout: 60_000 });
const rows = await page.evaluate(() => performance.now());
const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('app:')).map((m) => [m.name.slice(4), Math.round(m.startTime)])));
await cdp.send('Tracing.end');
await finished;
const out = process.env.TRACE_OUT ?? join(tmpdir(), 'cold-start-trace.json');
writeFileSync(out, JSON.stringify({ traceEvents: events }));
console.log(JSON.stringify({ trace: out, loginScreen: Math.round(loginScreen), clicked: Math.round(clicked), rows: Math.round(rows), marks }));
await ctx.close();
await server.close();
rmSync(empty, { recursive: true, force: true });
if (!process.env.APP_DIR) rmSync(appDir, { recursive: true, force: true });

// The main thread's long tasks (≥ 30 ms), in ms from navigation start, with what ran in them.
const entry = events.find((e) => e.name === 'app:entry-evaluated');
if (entry) {
  const origin = entry.ts - entry.args.data.startTime * 1000;
  const main = events.filter((e) => e.pid === entry.pid && e.tid === entry.tid && e.ph === 'X');
  for (const task of main.filter((e) => e.name === 'RunTask' && e.dur >= 30_000)) {
    const inside = main.filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 5_000);
    const what = inside.slice(0, 6).map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${Math.round(e.dur / 1000)}`);
    console.log(`${String(Math.round((task.ts - origin) / 1000)).padStart(6)} ms  +${String(Math.round(task.dur / 1000)).padStart(4)} ms  ${what.join(' | ')}`);
  }
}
