#!/usr/bin/env node
// `npm run package:dir`: proves the app packages correctly without downloading Electron.
//
// Runs electron-builder (`--linux dir`, config from electron-builder.yml) with a placeholder Electron distribution
// — a temp folder whose `electron` "executable" is a stub — into a temp output folder, then opens
// resources/app.asar and checks that it holds exactly what the app needs to run:
//   package.json, dist/electron/main.cjs, dist/electron/preload.cjs, dist/renderer/index.html,
//   nothing from node_modules, and less than 5 MB in all.
// Fuses are skipped (they patch the real binary, which the stub is not). Needs `npm run build` first.
//
// Env: PACKAGE_CHECK_KEEP=1 keeps the temp folders and prints where they are.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const MAX_ASAR_BYTES = 5 * 1024 * 1024;
const REQUIRED = ['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

function fail(message) {
  console.error(`\n✗ package check FAILED: ${message}`);
  process.exitCode = 1;
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    } else if (entry.name === name) return full;
  }
  return undefined;
}

async function main() {
  const missingBuild = REQUIRED.filter((file) => file !== 'package.json' && !existsSync(path.join(root, file)));
  if (missingBuild.length > 0) {
    fail(`not built yet (${missingBuild.join(', ')} missing) — run \`npm run build\` first.`);
    return;
  }

  let asar;
  let builder;
  try {
    // @electron/asar comes with electron-builder (app-builder-lib); resolve it from there if it is not hoisted.
    const builderDir = path.dirname(require.resolve('app-builder-lib/package.json'));
    asar = createRequire(path.join(builderDir, 'package.json'))('@electron/asar');
    builder = await import('electron-builder');
  } catch (error) {
    fail(`electron-builder or @electron/asar cannot be loaded: ${error instanceof Error ? error.message : error}`);
    return;
  }

  const temp = mkdtempSync(path.join(os.tmpdir(), 'kz-package-check-'));
  const electronDist = path.join(temp, 'electron-dist');
  const output = path.join(temp, 'release');
  try {
    // The placeholder Electron: electron-builder copies this folder and renames `electron` to the executable name.
    execFileSync('mkdir', ['-p', path.join(electronDist, 'resources')]);
    writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\necho "placeholder Electron (package check)"\n');
    chmodSync(path.join(electronDist, 'electron'), 0o755);
    writeFileSync(path.join(electronDist, 'LICENSE'), 'placeholder\n');
    // Chromium's UI string packs: electron-builder keeps only `electronLanguages` and deletes the rest.
    execFileSync('mkdir', ['-p', path.join(electronDist, 'locales')]);
    for (const locale of ['ru', 'kk', 'en-US', 'de']) writeFileSync(path.join(electronDist, 'locales', `${locale}.pak`), '');
    writeFileSync(path.join(electronDist, 'version'), `${require('electron/package.json').version}\n`);

    console.log(`electron-builder --linux dir (placeholder Electron in ${electronDist})`);
    await builder.build({
      projectDir: root,
      targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
      publish: 'never',
      config: {
        electronDist,
        directories: { output },
        // Fuses rewrite sentinel bytes inside the real Electron binary; the placeholder has none.
        electronFuses: null,
      },
    });

    const asarPath = findFile(output, 'app.asar');
    if (asarPath === undefined) {
      fail(`no app.asar was produced under ${output}`);
      return;
    }
    const files = asar.listPackage(asarPath, { isPack: false }).map((file) => file.replace(/\\/g, '/').replace(/^\//, ''));
    const size = statSync(asarPath).size;
    const problems = [];
    for (const required of REQUIRED) {
      if (!files.includes(required)) problems.push(`missing ${required}`);
    }
    const fromNodeModules = files.filter((file) => file.split('/').includes('node_modules'));
    if (fromNodeModules.length > 0) {
      problems.push(`${fromNodeModules.length} entries from node_modules (e.g. ${fromNodeModules.slice(0, 3).join(', ')})`);
    }
    const sources = files.filter((file) => /\.(ts|tsx)$/.test(file) || file.startsWith('electron/') || file.startsWith('shared/'));
    if (sources.length > 0) problems.push(`source files inside: ${sources.slice(0, 5).join(', ')}`);
    if (size >= MAX_ASAR_BYTES) problems.push(`app.asar is ${(size / 1024 / 1024).toFixed(2)} MB (limit 5 MB)`);

    console.log(`\n${path.relative(temp, asarPath)}: ${(size / 1024 / 1024).toFixed(2)} MB, ${files.length} entries`);
    for (const file of files.filter((f) => !f.startsWith('dist/renderer/assets/'))) console.log(`  ${file}`);
    const assets = files.filter((f) => f.startsWith('dist/renderer/assets/'));
    if (assets.length > 0) console.log(`  dist/renderer/assets/… (${assets.length} entries)`);

    if (problems.length > 0) fail(problems.join('; '));
    else console.log('\n✓ package check passed: app.asar holds the built app only, no node_modules, under 5 MB.');
  } catch (error) {
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    if (process.env.PACKAGE_CHECK_KEEP) console.log(`(kept ${temp})`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

await main();
