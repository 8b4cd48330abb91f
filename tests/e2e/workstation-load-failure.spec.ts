import { expect, test } from '@playwright/test';
import { PASSWORD, setUpOffice, STAFF } from './workstation';

// The desks' code is its own chunk (renderer/app/App.tsx Desks). Should it fail to load — a damaged installation — the
// signed-in user gets a message in their language and a way out, never a blank window.
test.describe('the desks cannot be loaded', () => {
  test('a message in the UI language, and Retry opens the desks once the code is there again, still signed in', async ({ page }) => {
    const blocked = '**/assets/SignedInWorkstation-*.js';
    await page.route(blocked, (route) => route.abort('failed'));
    await setUpOffice(page);
    await page.getByTestId('login-login').fill(STAFF.admin.login);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    const failed = page.getByTestId('desks-load-failed');
    await expect(failed).toContainText('Не удалось загрузить рабочее место', { timeout: 30_000 });
    await expect(failed.getByTestId('desks-retry')).toHaveText('Повторить');
    // Still failing: still the message (no crash, no blank window).
    await failed.getByTestId('desks-retry').click();
    await expect(failed).toContainText('Не удалось загрузить рабочее место');
    // In Kazakh too.
    await page.getByTestId('lang-kk').click();
    await expect(failed).toContainText('Жұмыс орнын жүктеу мүмкін болмады');
    await expect(failed.getByTestId('desks-retry')).toHaveText('Қайталау');

    await page.unroute(blocked);
    await failed.getByTestId('desks-retry').click();
    await expect(page.getByTestId('session-user')).toBeVisible();
    await expect(page.getByTestId('desks-load-failed')).toHaveCount(0);
  });
});
