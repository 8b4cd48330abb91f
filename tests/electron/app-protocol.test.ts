import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, createAppProtocolHandler, PrintDocuments, resolveAppFile } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const ROOT = path.resolve('/opt/app/dist/renderer');

function handler(files: Record<string, string> = {}) {
  const printDocuments = new PrintDocuments(() => 'p1');
  const logs: string[] = [];
  const handle = createAppProtocolHandler({
    root: ROOT,
    printDocuments,
    log: (m) => logs.push(m),
    readFile: async (filePath) => {
      const text = files[path.relative(ROOT, filePath)];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });
  return { handle, printDocuments, logs };
}

describe('app:// protocol', () => {
  it('maps paths into the renderer folder, client routes to index.html', () => {
    expect(resolveAppFile(ROOT, '/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppFile(ROOT, '/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppFile(ROOT, '/assets/index-abc.js')).toBe(path.join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppFile(ROOT, '/cases/2026-000123')).toBe(path.join(ROOT, 'index.html'));
  });

  it.each(['/../../../etc/passwd.txt', '/%2e%2e/%2e%2e/etc/passwd.txt', '/..%2f..%2fsecret.json', '/%00.js', '/%E0%A4%A'])(
    'never leaves the renderer folder: %s',
    (pathname) => {
      expect(resolveAppFile(ROOT, pathname)).toBeUndefined();
    },
  );

  it('serves files with their type and the CSP on every response', async () => {
    const { handle } = handler({ 'index.html': '<!doctype html>', 'assets/app.js': 'console.log(1)' });
    const page = await handle(new Request('app://local/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html>');

    const script = await handle(new Request('app://local/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const missing = await handle(new Request('app://local/assets/none.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only its own host and only GET/HEAD', async () => {
    const { handle } = handler({ 'index.html': 'x' });
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handle(new Request('app://local/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('serves a print document only while it is registered', async () => {
    const { handle, printDocuments } = handler();
    const document = printDocuments.register('<h1>Анықтама</h1>');
    expect(document.url).toBe('app://local/__print__/p1.html');
    const served = await handle(new Request(document.url));
    expect(await served.text()).toBe('<h1>Анықтама</h1>');
    expect(served.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    document.release();
    expect((await handle(new Request(document.url))).status).toBe(404);
  });

  it('knows the types Vite emits', () => {
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
