/**
 * electron/tools/start.mjs in serve-only mode (START_NO_BROWSER=1): the fallback server that `npm start` uses when
 * Electron's binary is missing. Run as a real process against a temp folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const START = path.resolve('electron/tools/start.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [START], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('npm start fallback server', () => {
  let root: string;
  let port: number;
  let server: ReturnType<typeof start>;
  let base: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'start-server-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Госуслуги</title>');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    // A file next to the served folder, which must stay out of reach.
    writeFileSync(path.join(path.dirname(root), 'start-server-secret.txt'), 'secret');
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = start({ START_NO_BROWSER: '1', START_ROOT: root, START_PORT: String(port) });
    await waitFor(() => server.output().includes('Serving'), 'the server to listen');
  });

  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(root, { recursive: true, force: true });
    rmSync(path.join(path.dirname(root), 'start-server-secret.txt'), { force: true });
  });

  it('serves the renderer with the same CSP as the Electron shell', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Госуслуги');
  });

  it('serves assets, and client routes get index.html', async () => {
    const script = await fetch(`${base}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await (await fetch(`${base}/cases/123`)).text()).toContain('Госуслуги');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    const response = await fetch(`${base}/..%2fstart-server-secret.txt`);
    expect(response.status).toBe(403);
  });

  it('answers only GET/HEAD addressed to this machine', async () => {
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    // fetch() may not set Host; a DNS-rebinding page would arrive with its own host name.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { Host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('fails clearly when the port is taken', async () => {
    const second = start({ START_NO_BROWSER: '1', START_ROOT: root, START_PORT: String(port) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
  });

  it('fails clearly when the renderer is not built', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'start-server-empty-'));
    const run = start({ START_NO_BROWSER: '1', START_ROOT: empty, START_PORT: String(await freePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/run `npm run build` first/);
    rmSync(empty, { recursive: true, force: true });
  });
});
