#!/usr/bin/env node
// Root `postinstall`: fetches Electron's binary when possible and never fails the install when it is not.
//
// package.json sets `"allowScripts": { "electron": false }`, so npm ≥ 11.16 skips electron's own postinstall and
// `npm ci` succeeds on machines without access to GitHub (closed office networks). This script then tries the
// same download itself, with a time limit, and explains what works without it. Where npm ignores allowScripts
// (npm < 11.16), electron's postinstall has already run and this script only reports the result.
//
// Env: ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips the download; ELECTRON_INSTALL_TIMEOUT_MS overrides the 120 s limit.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const TIMEOUT_MS = Number(process.env.ELECTRON_INSTALL_TIMEOUT_MS ?? 120_000);

function notice(reason) {
  console.log(
    [
      '',
      `Electron's binary was not downloaded: ${reason}.`,
      'Everything except running the Electron window works (build, tests, packaging checks);',
      '`npm start` will open the same app in a Chromium app window.',
      'To get Electron later: `node node_modules/electron/install.js`',
      '',
    ].join('\n'),
  );
}

/** The electron package folder, or undefined when it is not installed at all. */
function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The binary's path when it is installed and usable, else undefined (mirrors electron/install.js isInstalled). */
function installedBinary(dir) {
  try {
    const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    const installedVersion = readFileSync(path.join(dir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    if (installedVersion !== version) return undefined;
    const executable = readFileSync(path.join(dir, 'path.txt'), 'utf8');
    const binary = path.join(dir, 'dist', executable);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Runs electron's own installer; resolves to { ok, reason }. */
function runInstaller(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, 'install.js')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      resolve({ ok: false, reason: `the download did not finish within ${Math.round(TIMEOUT_MS / 1000)} s` });
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve({ ok: true, reason: '' });
        return;
      }
      // The first line of electron's error is the useful one, e.g. "RequestError: getaddrinfo ENOTFOUND github.com".
      const firstLine = output.split('\n').find((line) => line.trim() !== '') ?? `installer exited with code ${code}`;
      resolve({ ok: false, reason: firstLine.trim() });
    });
  });
}

async function main() {
  const dir = electronPackageDir();
  if (dir === undefined) {
    notice('the electron package is not installed (a production install without devDependencies?)');
    return;
  }
  const already = installedBinary(dir);
  if (already !== undefined) {
    console.log(`Electron's binary is installed: ${already}`);
    return;
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    notice('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    return;
  }
  console.log(`Downloading Electron's binary (time limit ${Math.round(TIMEOUT_MS / 1000)} s)…`);
  const result = await runInstaller(dir);
  const binary = installedBinary(dir);
  if (result.ok && binary !== undefined) {
    console.log(`Electron's binary is installed: ${binary}`);
  } else {
    notice(result.ok ? 'the installer finished but no binary was found' : result.reason);
  }
}

main().catch((error) => {
  // Never fail `npm install` because of the optional binary.
  notice(error instanceof Error ? error.message : String(error));
});
