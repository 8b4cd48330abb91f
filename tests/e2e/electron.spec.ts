/**
 * The real Electron shell: launches the BUILT app (`npm run build` first) with Playwright's Electron driver and
 * checks the window, the preload API and the hardening from inside the page.
 *
 * Skipped when Electron's binary is not installed (closed networks: see electron/tools/install-electron.mjs);
 * the same renderer is covered in a plain Chromium by the other specs.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const APP_ENTRY_URL = 'app://local/index.html';

type Titles = { app: { title: string } };
const titles = (['ru', 'kk'] as const).map(
  (lang) => (JSON.parse(readFileSync(path.join(root, 'shared', 'i18n', `${lang}.json`), 'utf8')) as Titles).app.title,
);

/** The Electron binary, or why there is none. */
function findElectron(): { path: string } | { reason: string } {
  const require = createRequire(path.join(root, 'package.json'));
  try {
    const binary = require('electron') as unknown;
    if (typeof binary === 'string' && existsSync(binary)) return { path: binary };
    return { reason: `${String(binary)} does not exist` };
  } catch (error) {
    return { reason: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
}

const electronBinary = findElectron();
const builtMain = path.join(root, 'dist', 'electron', 'main.cjs');

test.describe('Electron shell', () => {
  test.skip(
    'reason' in electronBinary,
    `Electron's binary is not installed (${'reason' in electronBinary ? electronBinary.reason : ''}); ` +
      'get it with `node node_modules/electron/install.js`',
  );
  test.skip(!existsSync(builtMain), 'the app is not built — run `npm run build` first');

  let app: ElectronApplication;
  let dataHome: string;

  test.beforeEach(async () => {
    // A fresh data folder per test: on Linux, Electron's appData is $XDG_CONFIG_HOME.
    dataHome = mkdtempSync(path.join(os.tmpdir(), 'kz-electron-e2e-'));
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: 'path' in electronBinary ? electronBinary.path : undefined,
      args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', root],
      cwd: root,
      env: { ...process.env, XDG_CONFIG_HOME: dataHome, ELECTRON_ENABLE_LOGGING: '1' },
    });
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(dataHome, { recursive: true, force: true });
  });

  test('opens the app from app://local with the title of the UI language', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe(APP_ENTRY_URL);

    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(titles).toContain(title);
    await page.screenshot({ path: test.info().outputPath('electron-window.png') });
  });

  test('exposes the preload API and nothing of Node or ipcRenderer', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const exposed = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return {
        methods: Object.keys(window.electronApi ?? {}).sort(),
        ipcRenderer: 'ipcRenderer' in scope,
        require: typeof scope.require,
        process: typeof scope.process,
        module: typeof scope.module,
      };
    });
    expect(exposed).toEqual({
      methods: ['getAppInfo', 'onMenuCommand', 'openExternal', 'openFile', 'saveFile', 'savePdf', 'setLanguage'],
      ipcRenderer: false,
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    const info = await page.evaluate(() => window.electronApi?.getAppInfo());
    expect(info).toMatchObject({ runtime: 'electron', isPackaged: false, platform: process.platform });
    expect(info?.dataFolder.startsWith(dataHome)).toBe(true);

    // The contract is enforced in main: a bad request is refused with a clear error.
    const refused = await page.evaluate(() =>
      window.electronApi?.openExternal('file:///etc/passwd').then(
        () => 'accepted',
        (error: unknown) => String(error),
      ),
    );
    expect(refused).toMatch(/shell:open-external" refused/);
  });

  test('serves the app with the strict CSP and denies new windows', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const csp = await page.evaluate(async () =>
      (await fetch('./index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');

    const opened = await page.evaluate(() => window.open('app://local/index.html') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
