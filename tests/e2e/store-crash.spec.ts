import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import type { CheckResult } from '../bench/crashHarness';
import { chromiumArgs, chromiumPath } from './playwright.config';

/**
 * Crash safety of the case store in real Chromium: a harness page loops real `perform` intakes and prints
 * "saved <number> <action id>" after each committed transaction; the browser is killed hard (SIGKILL to its process
 * group, no graceful close) in the middle of the loop, twice, and the same profile is reopened. Then: every action the
 * page reported as saved is in the journal, no case exists without its first action, and every chain verifies.
 *
 * Chromium is started by this spec (not by Playwright's launcher) so that its process id is known and it can be
 * killed like a power cut would; Playwright attaches over CDP.
 */
type Harness = { state: string; saved: number; error?: string; check: (ids: readonly string[]) => Promise<CheckResult> };
type Launched = { readonly child: ChildProcess; readonly browser: Browser; readonly page: Page };
type StaticServer = { readonly url: string; readonly close: () => Promise<void> };
/** The bench pages' builder and server (plain JS, shared with `npm run bench`). */
type ServeStatic = { buildBenchPages: () => Promise<string>; serveStatic: (root: string) => Promise<StaticServer> };
const serveStaticModule = fileURLToPath(new URL('../bench/serveStatic.mjs', import.meta.url));

const SAVED = /^saved (\S*) ([0-9a-f-]{36})$/;

function launch(profile: string): Promise<Launched> {
  const child = spawn(chromiumPath, [...chromiumArgs, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true, // its own process group: the kill reaches the browser and every child it started
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stderr?.removeAllListeners('data');
      child.stderr?.resume();
      void chromium.connectOverCDP(match[1]).then(async (browser) => {
        const context = browser.contexts()[0] ?? (await browser.newContext());
        const page = context.pages()[0] ?? (await context.newPage());
        resolve({ child, browser, page });
      }, reject);
    });
  });
}

/** SIGKILL to the whole process group, then wait until the browser process is gone. */
async function killHard(launched: Launched): Promise<void> {
  const { child } = launched;
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  await exited;
  await launched.browser.close().catch(() => undefined);
}

async function savedIds(page: Page): Promise<string[]> {
  const text = (await page.locator('#saved').textContent()) ?? '';
  return text
    .split('\n')
    .map((line) => SAVED.exec(line)?.[2])
    .filter((id): id is string => id !== undefined);
}

test.describe('case store crash safety', () => {
  test.setTimeout(240_000);
  let server: StaticServer | undefined;
  let profile: string;

  test.beforeAll(async () => {
    const { buildBenchPages, serveStatic } = (await import(serveStaticModule)) as ServeStatic;
    server = await serveStatic(await buildBenchPages());
    profile = mkdtempSync(join(tmpdir(), 'store-crash-'));
  });

  test.afterAll(async () => {
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('a hard kill mid-loop loses nothing reported as saved, leaves no case without its first action, and every chain verifies', async () => {
    const reported: string[] = [];
    for (const round of [1, 2]) {
      const launched = await launch(profile);
      try {
        await launched.page.goto(`${server!.url}crash.html`);
        const target = 25 * round;
        await expect
          .poll(async () => launched.page.evaluate(() => {
            const h = (window as unknown as { harness?: Harness }).harness;
            if (h?.state === 'failed') throw new Error(h.error);
            return h?.saved ?? 0;
          }), { timeout: 60_000, intervals: [50] })
          .toBeGreaterThanOrEqual(target);
        // Read what the page has reported as saved, and kill at once: the loop is still writing.
        reported.push(...(await savedIds(launched.page)));
      } finally {
        await killHard(launched);
      }
    }
    expect(reported.length).toBeGreaterThanOrEqual(75);

    const reopened = await launch(profile);
    try {
      await reopened.page.goto(`${server!.url}crash.html?mode=check`);
      await expect.poll(() => reopened.page.evaluate(() => (window as unknown as { harness?: Harness }).harness?.state), { timeout: 30_000 }).toBe('ready');
      const result = await reopened.page.evaluate((ids) => (window as unknown as { harness: Harness }).harness.check(ids), reported);
      expect(result.lost, 'actions reported as saved but missing').toEqual([]);
      expect(result.casesWithoutFirstAction).toEqual([]);
      expect(result.problems).toEqual([]);
      expect(result.verifyOk).toBe(true);
      expect(result.actions).toBeGreaterThanOrEqual(reported.length);
    } finally {
      await killHard(reopened);
    }
  });
});
