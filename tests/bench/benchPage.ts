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

window.__bench = { state: 'running' };
runBenchmark({
  cases: number('cases', 1000),
  samples: number('samples', 200),
  intakeSamples: number('intakeSamples', number('samples', 200)),
  openSamples: number('openSamples', 7),
  verify: params.get('verify') === '1',
  log,
}).then(
  (result) => {
    window.__bench = { state: 'done', result };
  },
  (error: unknown) => {
    window.__bench = { state: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
  },
);
