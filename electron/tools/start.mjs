#!/usr/bin/env node
// `npm start` (after `npm run build`): opens the app in Electron when its binary is installed, otherwise in a
// Chromium app window served from a tiny static server on 127.0.0.1.
//
// The fallback uses a FIXED port and its own browser profile, so the origin (http://127.0.0.1:<port>) and with it
// the IndexedDB data stay the same from one start to the next. The server sends the same Content-Security-Policy
// as the Electron shell (electron/security.ts; tests/electron/start-server.test.ts keeps them equal).
//
// Env:
//   START_PORT=<n>          port of the fallback server (default 47615 — changing it means a different origin,
//                           i.e. an empty IndexedDB)
//   START_NO_BROWSER=1      only serve (for tests and for opening the URL in a browser of your choice)
//   START_FORCE_BROWSER=1   use the Chromium fallback even when Electron is installed
//   START_ROOT=<dir>        folder to serve instead of dist/renderer (tests)
//   START_PROFILE_DIR=<dir> browser profile folder instead of the OS data folder
//   BROWSER=<path|command>  the browser to launch instead of the first one found
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const APP_DATA_FOLDER = 'kz-state-services';
const DEFAULT_PORT = 47615;
const HOST = '127.0.0.1';
/** Answered on every response, so a second `npm start` can tell our server from another program on the port. */
const SERVER_MARKER = 'kz-state-services';

/** Must stay identical to CONTENT_SECURITY_POLICY in electron/security.ts (a test compares them). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Sync (issue #6): the central sync service the administrator configures — over TLS, or on this machine.
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Chromium flags for a quiet start on a closed network (each avoids a stream of failed requests or errors). */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

// ---------------------------------------------------------------------------------------------------------------
// Electron
// ---------------------------------------------------------------------------------------------------------------

/** { path } of the Electron binary, or { reason } why there is none. */
export function findElectron() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  if (!existsSync(path.join(packageDir, 'path.txt'))) {
    return { reason: 'its download was skipped or failed during npm install' };
  }
  let binary;
  try {
    binary = require('electron');
  } catch (error) {
    return { reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { reason: `${binary} does not exist` };
  return { path: binary };
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: projectRoot, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------------------------------------------

/** Maps a URL path to a file under root; paths without an extension are client routes (index.html). */
export function resolveStaticFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' || path.posix.extname(decoded) === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : undefined;
}

function securityHeaders() {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-App-Server': SERVER_MARKER,
  };
}

/** A server for `root` that answers GET/HEAD only, and only to requests addressed to this machine by name. */
export function createStaticServer(root, port) {
  const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  return http.createServer(async (request, response) => {
    const send = (status, body, contentType, extra = {}) => {
      response.writeHead(status, { ...securityHeaders(), 'Content-Type': contentType, ...extra });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    // A foreign Host header means DNS rebinding or a proxy: refuse.
    if (!allowedHosts.has(request.headers.host ?? '')) return send(421, 'Misdirected request', 'text/plain');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, 'Method not allowed', 'text/plain', { Allow: 'GET, HEAD' });
    }
    const { pathname } = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    const filePath = resolveStaticFile(root, pathname);
    if (filePath === undefined) return send(403, 'Forbidden', 'text/plain');
    try {
      const body = await readFile(filePath);
      const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
      // Vite's assets carry a content hash; index.html must always be fresh after a rebuild.
      const cache = filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable';
      return send(200, body, type, { 'Cache-Control': cache });
    } catch {
      return send(404, 'Not found', 'text/plain');
    }
  });
}

/** Resolves when listening; rejects with a clear message when the port is taken. */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        const failure = new Error(
          `Port ${port} on ${HOST} is already in use (by another \`npm start\` or another program).\n` +
            'Close it, or start with START_PORT=<another port> — note that the app keeps its data per origin, ' +
            'so a different port starts with empty data.',
        );
        failure.code = 'EADDRINUSE';
        reject(failure);
      } else reject(error);
    });
    server.listen(port, HOST, () => resolve());
  });
}

/** True when our own server (an earlier `npm start`) already answers on the port. */
async function isOurServer(port) {
  try {
    const response = await fetch(`http://${HOST}:${port}/`, { method: 'HEAD', signal: AbortSignal.timeout(2_000) });
    return response.headers.get('x-app-server') === SERVER_MARKER;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------------------------

function onPath(command) {
  const lookup = process.platform === 'win32' ? 'where' : 'which';
  const result = spawnSync(lookup, [command], { encoding: 'utf8' });
  const found = result.status === 0 ? result.stdout.split(/\r?\n/)[0]?.trim() : '';
  return found ? found : undefined;
}

/** The browser to launch: $BROWSER, else the first Chromium-family browser found. */
export function findBrowser(env = process.env) {
  if (env.BROWSER) return existsSync(env.BROWSER) ? env.BROWSER : onPath(env.BROWSER);
  for (const command of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(command);
    if (found) return found;
  }
  const knownPaths =
    process.platform === 'win32'
      ? [
          path.join(env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
          path.join(env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        ]
      : process.platform === 'darwin'
        ? ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']
        : [];
  return knownPaths.find((candidate) => existsSync(candidate));
}

/** The browser profile folder in the OS data folder (kept between starts: it holds the IndexedDB). */
export function profileDir(env = process.env, platform = process.platform) {
  if (env.START_PROFILE_DIR) return env.START_PROFILE_DIR;
  const home = os.homedir();
  const dataHome =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'));
  return path.join(dataHome, APP_DATA_FOLDER, 'chromium-profile');
}

/**
 * First start only: profile preferences no command-line flag covers. The UI is Russian/Kazakh on purpose, so no
 * "translate this page?" bubble (it would also call Google from a closed network).
 */
function seedProfile(profile) {
  const preferences = path.join(profile, 'Default', 'Preferences');
  if (existsSync(preferences)) return;
  mkdirSync(path.dirname(preferences), { recursive: true });
  writeFileSync(preferences, JSON.stringify({ translate: { enabled: false }, browser: { check_default_browser: false } }));
}

export function browserArgs({ url, profile, isRoot }) {
  return [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--class=kz-state-services',
    '--window-size=1280,820',
    ...QUIET_FLAGS,
    // Chromium refuses to run as root with its sandbox; only then is it turned off.
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}

function launchBrowser(url) {
  const browser = findBrowser();
  if (browser === undefined) {
    throw new Error(
      'No Chromium-family browser was found (tried chromium, chromium-browser, google-chrome, google-chrome-stable).\n' +
        `Install one, set BROWSER=<path>, or open ${url} yourself (START_NO_BROWSER=1 just serves).`,
    );
  }
  const profile = profileDir();
  seedProfile(profile);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = browserArgs({ url, profile, isRoot });
  console.log(`Opening ${url} in ${browser} (profile ${profile})`);
  return spawn(browser, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

async function startFallback(reason) {
  const root = process.env.START_ROOT ? path.resolve(process.env.START_ROOT) : path.join(projectRoot, 'dist', 'renderer');
  const port = Number(process.env.START_PORT ?? DEFAULT_PORT);
  const url = `http://${HOST}:${port}/`;
  const serveOnly = Boolean(process.env.START_NO_BROWSER);

  if (reason) {
    console.log(`Electron's binary is not installed on this machine (${reason});`);
    console.log('opening the same app in a Chromium app window instead.');
  }
  if (!existsSync(path.join(root, 'index.html')) || !statSync(root).isDirectory()) {
    throw new Error(`${path.join(root, 'index.html')} does not exist — run \`npm run build\` first.`);
  }

  const server = createStaticServer(root, port);
  try {
    await listen(server, port);
  } catch (error) {
    if (error.code === 'EADDRINUSE' && !serveOnly && (await isOurServer(port))) {
      // An earlier `npm start` is serving: open another window on it instead of failing.
      console.log(`The app is already being served at ${url}; opening a window on it.`);
      const browser = launchBrowser(url);
      browser.on('exit', (code) => process.exit(code ?? 0));
      return;
    }
    throw error;
  }
  console.log(`Serving ${root} at ${url}`);

  const stop = (code) => server.close(() => process.exit(code));
  if (serveOnly) {
    console.log('START_NO_BROWSER is set: serving only (Ctrl+C to stop).');
    process.on('SIGINT', () => stop(0));
    process.on('SIGTERM', () => stop(0));
    return;
  }
  const browser = launchBrowser(url);
  const forward = (signal) => browser.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  browser.on('error', (error) => {
    console.error(`The browser could not be started: ${error.message}`);
    stop(1);
  });
  // The server lives exactly as long as the browser window.
  browser.on('exit', (code) => stop(code ?? 0));
}

async function main() {
  const electron = process.env.START_FORCE_BROWSER ? { reason: 'START_FORCE_BROWSER is set' } : findElectron();
  if (electron.path !== undefined && !process.env.START_NO_BROWSER) {
    console.log(`Starting Electron (${electron.path})`);
    runElectron(electron.path);
    return;
  }
  await startFallback(electron.reason);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
