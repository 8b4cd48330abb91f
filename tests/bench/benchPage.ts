import { DATABASE_NAME } from '../../shared/store';
import { prepareAppOffice } from './appOffice';
import { runBenchmark, type BenchResult } from './benchmark';

/** The benchmark in the browser: parameters from the URL, progress in the page, the result on `window.__bench`. */
declare global {
  interface Window {
    __bench?: { state: 'running' } | { state: 'done'; result: BenchResult } | { state: 'failed'; error: string };
  }
}

const params = new URLSearchParams(location.search);
const number = (key: string, fallback: number) => Number(params.get(key) ?? fallback);
const out = document.getElementById('log');
const log = (line: string) => {
  if (out) out.textContent += `${line}\n`;
  console.log(`[bench] ${line}`);
};

// app=1: the cases go into the application's own database, which then gets an office and a head for the cold-start
// measure that run-bench.mjs makes with the real application afterwards (same origin, same IndexedDB).
const forApp = params.get('app') === '1';
window.__bench = { state: 'running' };
runBenchmark({
  cases: number('cases', 1000),
  ...(forApp ? { name: DATABASE_NAME } : {}),
  samples: number('samples', 200),
  intakeSamples: number('intakeSamples', number('samples', 200)),
  openSamples: number('openSamples', 7),
  reportSamples: number('reportSamples', 7),
  verify: params.get('verify') === '1',
  log,
}).then(
  async (result) => {
    if (forApp) await prepareAppOffice(DATABASE_NAME, { login: params.get('appLogin') ?? '', password: params.get('appPassword') ?? '' });
    window.__bench = { state: 'done', result };
  },
  (error: unknown) => {
    window.__bench = { state: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  },
);
