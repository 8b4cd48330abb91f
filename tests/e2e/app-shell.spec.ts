import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shots = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });

test.describe('app shell in the production build', () => {
  test('opens in Russian, switches to Kazakh instantly, remembers it, renders Kazakh letters offline', async ({ page }) => {
    const remote: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') remote.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Государственные услуги — рабочее место районного отдела');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    // A new workstation starts with setting up its office.
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Первый запуск: настройка офиса');
    await page.screenshot({ path: `${shots}shell-ru.png`, fullPage: false });

    await page.getByTestId('lang-kk').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мемлекеттік қызметтер — аудандық бөлімнің жұмыс орны');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Алғашқы іске қосу: кеңсені баптау');

    // Every Kazakh letter is drawn by the bundled Noto Sans, not a fallback font.
    const kazakh = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';
    const glyphsLoaded = await page.evaluate(async (letters) => {
      await document.fonts.ready;
      await document.fonts.load(`16px "Noto Sans"`, letters);
      return document.fonts.check(`16px "Noto Sans"`, letters);
    }, kazakh);
    expect(glyphsLoaded).toBe(true);
    await page.screenshot({ path: `${shots}shell-kk.png`, fullPage: false });

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await page.getByTestId('lang-ru').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    expect(remote, 'nothing is fetched from the network at run time').toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the strict Content-Security-Policy is in the page', async ({ page }) => {
    await page.goto('./');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // An injected inline script must not run, and the browser must report the violation.
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations.join(' ')).toContain('script-src');
  });
});
