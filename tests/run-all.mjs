// `npm test`: every check the project has, in order, each counted; the last line is `N passed, N failed`.
// A failing step never hides the later ones: all run, then the summary and the exit code tell the truth.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function count(title, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Typecheck every tsconfig (one check each).
for (const project of ['shared/tsconfig.json', 'shared/store/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'server/tsconfig.json', 'tests/tsconfig.json']) {
  if (!existsSync(`${root}/${project}`)) continue;
  count(`typecheck ${project}`, run(`typecheck ${project}`, 'npx', ['tsc', '-p', project, '--noEmit']));
}

// 2. Lint (boundaries, type-aware rules, no raw UI strings).
count('lint', run('lint', 'npx', ['eslint', '--config', 'tests/lint/eslint.config.js', '--max-warnings', '0', '.']));

// 3. Unit tests (vitest: node for shared/ and electron/, jsdom for components).
const vitestReport = `${artifacts}vitest.json`;
rmSync(vitestReport, { force: true });
const vitestOk = run('unit tests', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts']);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if ((vitest.numFailedTests ?? 0) > 0 || (vitest.numFailedTestSuites ?? 0) > 0) failures.push('unit tests');
  if (!vitestOk && (vitest.numFailedTests ?? 0) === 0) count('unit test suites (failed to load)', false);
} else count('unit tests (no report)', false);

// 4. Production build (main, preload, renderer) — the end-to-end tests and the packaging check run against it.
const built = run('production build', 'npm', ['run', '--silent', 'build']);
count('production build', built);

// 5. End-to-end tests: Playwright driving Debian's Chromium against the production build.
if (built) {
  const pwReport = `${artifacts}playwright.json`;
  rmSync(pwReport, { force: true });
  const pwOk = run('end-to-end tests', 'npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts']);
  const pw = readJson(pwReport);
  if (pw?.stats) {
    passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
    failed += pw.stats.unexpected ?? 0;
    skipped += pw.stats.skipped ?? 0;
    if ((pw.stats.unexpected ?? 0) > 0) failures.push('end-to-end tests');
    if (!pwOk && (pw.stats.unexpected ?? 0) === 0) count('end-to-end run', false);
  } else count('end-to-end tests (no report)', false);

  // 6. Packaging: electron-builder --linux dir with a placeholder Electron; the asar holds only built output, < 5 MB.
  if (existsSync(`${root}/electron/tools/package-check.mjs`)) count('packaging check', run('packaging check', 'node', ['electron/tools/package-check.mjs']));
}

console.log('\n━━ summary');
if (skipped > 0) console.log(`${skipped} skipped (see the reasons above)`);
if (failures.length > 0) console.log(`failing: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
