#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild into dist/electron/{main,preload}.cjs.
// Everything (zod, shared/, the i18n JSON) is bundled in, so the packaged app needs no node_modules; only
// `electron` stays external (it is provided by the runtime).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdir = path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  external: ['electron'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

const started = Date.now();
const results = await Promise.all([
  // Main runs on Electron's Node (Electron 41 ships Node 24; node20 keeps the output conservative).
  build({ ...common, platform: 'node', target: 'node20', entryPoints: { main: 'electron/main.ts' }, outdir, outExtension: { '.js': '.cjs' } }),
  // The sandboxed preload runs in the renderer before every page load: browser platform, Chromium target,
  // `require('electron')` only (it imports the contract for types only, so no zod).
  build({ ...common, platform: 'browser', target: 'chrome130', entryPoints: { preload: 'electron/preload.ts' }, outdir, outExtension: { '.js': '.cjs' } }),
]);

for (const result of results) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    console.log(`  ${path.relative(root, path.resolve(root, file))}  ${(output.bytes / 1024).toFixed(1)} KiB`);
  }
}
console.log(`electron main + preload built (v${version}) in ${Date.now() - started} ms`);
