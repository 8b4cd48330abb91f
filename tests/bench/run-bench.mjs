// `npm run bench` (node tests/bench/run-bench.mjs [--cases=200000] [--samples=200] [--verify]): builds the benchmark
// page, serves it on 127.0.0.1, runs it in headless Chromium on a fresh on-disk profile, prints the table and, as the
// LAST line, one JSON object with the summary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildBenchPages, serveStatic } from './serveStatic.mjs';

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const cases = Number(arg('cases', 200_000));
const samples = Number(arg('samples', 300));
const verify = process.argv.includes('--verify');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const err = (line) => process.stderr.write(`${line}\n`);
const root = await buildBenchPages();
const server = await serveStatic(root);
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
  await page.goto(`${server.url}bench.html?cases=${cases}&samples=${samples}${verify ? '&verify=1' : ''}`);
  let state;
  for (;;) {
    state = await page.evaluate(() => window.__bench);
    if (state && state.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (state.state === 'failed') throw new Error(state.error);
  const { measures, summary } = state.result;
  const fmt = (v) => (v === undefined || Number.isNaN(v) ? '' : v >= 100 ? v.toFixed(0) : v.toFixed(3));
  const rows = [['measure', 'n', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'ratio (p95)'], ...measures.map((m) => [m.name, String(m.n), fmt(m.p50), fmt(m.p95), fmt(m.rawP50), fmt(m.rawP95), m.ratio === undefined ? '' : m.ratio.toFixed(2)])];
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  const print = (r) => console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  print(rows[0]);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(1).forEach(print);
  console.log('targets: search & worklist p95 ≤ 30 ms and ≤ 2× raw; intake ≤ 1.5× raw; replay ≤ 0.2 ms per case');
  console.log(JSON.stringify(summary));
} catch (error) {
  err(error instanceof Error ? error.stack ?? error.message : String(error));
  exitCode = 1;
} finally {
  await context?.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
