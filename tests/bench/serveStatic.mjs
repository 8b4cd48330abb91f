// A tiny static server for dist/bench on 127.0.0.1 (an ephemeral port unless given). Cross-origin isolation headers
// give the pages precise timers (performance.now() at microseconds instead of 100 µs steps).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * `mounts` serves other folders under a path prefix on the same origin (so they share its IndexedDB), e.g.
 * `{ '/app/': 'dist/…' }` for the cold-start measure of the application itself.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(root, port = 0, mounts = {}) {
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let base = root;
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (mount) {
      base = mounts[mount];
      path = path.slice(mount.length - 1);
    }
    try {
      const body = await readFile(join(base, path === '/' ? (mount ? 'index.html' : 'bench.html') : path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Builds the bench/harness pages into dist/bench with Vite. */
export async function buildBenchPages() {
  const { build } = await import('vite');
  await build({ configFile: new URL('./vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  return new URL('../../dist/bench/', import.meta.url).pathname;
}

/** Builds the application's renderer (the product UI) into `outDir` for the cold-start measure. */
export async function buildAppInto(outDir) {
  const { build } = await import('vite');
  await build({ configFile: new URL('../../renderer/vite.config.ts', import.meta.url).pathname, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}
