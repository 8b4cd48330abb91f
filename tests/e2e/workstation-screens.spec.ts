import { expect, test, type Page } from '@playwright/test';
import { STAFF, act, caseNumberOnPage, completeOwnSteps, createUsers, fillCitizen, logIn, logOut, openCase, pickService, presentAllDocuments, setUpOffice, shots } from './workstation';

/**
 * Screenshot a desk in Russian, switch to Kazakh with the toggle, check the heading is the Kazakh one, screenshot,
 * and switch back — so the review of both languages sees the same screen with the same data.
 */
/** A screen as a user sees it: no pointer hover and no click ripple left over from the step before. */
async function settled(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
}

async function inBothLanguages(page: Page, desk: string, headings: { ru: string | RegExp; kk: string | RegExp }, fullPage = false): Promise<void> {
  await expect(page.getByRole('heading', { name: headings.ru }).first()).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${shots}${desk}-ru.png`, fullPage });
  await page.getByTestId('lang-kk').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { name: headings.kk }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: headings.ru })).toHaveCount(0);
  await settled(page);
  await page.screenshot({ path: `${shots}${desk}-kk.png`, fullPage });
  await page.getByTestId('lang-ru').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: headings.ru }).first()).toBeVisible();
}

test.describe('every desk in Russian and Kazakh (screenshots for review)', () => {
  test('wizard, login, intake, worklist, case page with chart, commission case, admin, journals, catalogue', async ({ page }) => {
    test.setTimeout(360_000);
    await page.goto('./');
    await expect(page.getByTestId('setup-submit')).toBeVisible({ timeout: 30_000 });
    await inBothLanguages(page, 'wizard', { ru: 'Первый запуск: настройка офиса', kk: 'Алғашқы іске қосу: кеңсені баптау' });
    await setUpOffice(page);
    await inBothLanguages(page, 'login', { ru: 'Вход в рабочее место', kk: 'Жұмыс орнына кіру' });
    await createUsers(page, [STAFF.operator, STAFF.specialist, STAFF.head, STAFF.chair, STAFF.member]);

    await logIn(page, STAFF.admin.login);
    await page.locator('[data-nav="admin"]').click();
    await inBothLanguages(page, 'admin', { ru: 'Пользователи офиса', kk: 'Кеңсе пайдаланушылары' });
    await logOut(page);

    // Intake of targeted social assistance (a commission service), partly filled so the checklist is visible.
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'адресной социальной', /Назначение государственной адресной социальной помощи/);
    await fillCitizen(page, '850315400124', 'Бекова Айгерім Серікқызы');
    await inBothLanguages(page, 'intake', { ru: 'Приём заявления', kk: 'Өтінішті қабылдау' });
    // In Kazakh the chosen service is shown by its Kazakh name.
    await page.getByTestId('lang-kk').click();
    await expect(page.getByTestId('intake-service')).toHaveValue('Мемлекеттік атаулы әлеуметтік көмек тағайындау');
    await page.getByTestId('lang-ru').click();
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    await inBothLanguages(page, 'case', { ru: `Дело № ${number}`, kk: `№ ${number} іс` }, true);
    // The receipt printed in Kazakh: the Kazakh template, names of documents in Kazakh.
    await page.getByTestId('lang-kk').click();
    await page.locator('[data-print="receipt"]').click();
    const receipt = page.frameLocator('[data-testid="print-preview"]');
    await expect(receipt.getByRole('heading', { name: 'ҚОЛХАТ' })).toBeVisible();
    await expect(receipt.getByText('Мемлекеттік атаулы әлеуметтік көмек тағайындау').first()).toBeVisible();
    await page.screenshot({ path: `${shots}receipt-kk.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-ru').click();
    await logOut(page);

    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="to_assign"]').click();
    await expect(page.getByRole('gridcell', { name: number })).toBeVisible();
    await inBothLanguages(page, 'worklist', { ru: 'Назначить исполнителя', kk: 'Орындаушыны тағайындау' });
    await page.getByRole('gridcell', { name: number }).click();
    await act(page, 'review.assign');
    await logOut(page);

    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Комиссия');
    await logOut(page);

    // The commission's view of the case: inspection due, chart in the commission stage.
    await logIn(page, STAFF.member.login);
    await page.locator('[data-nav="at_commission"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await expect(page.getByTestId('case-status')).toHaveText('Комиссия');
    await inBothLanguages(page, 'commission-case', { ru: `Дело № ${number}`, kk: `№ ${number} іс` }, true);
    await page.getByTestId('lang-kk').click();
    await expect(page.getByTestId('case-status')).toHaveText('Комиссия');
    await expect(page.getByTestId('case-page')).toContainText('Процесс сызбасы');
    await page.getByTestId('lang-ru').click();

    await page.locator('[data-nav="catalogue"]').click();
    await page.getByTestId('catalogue-list').getByRole('button', { name: /Выдача пропуска на въезд в пограничную зону/ }).last().click();
    await inBothLanguages(page, 'catalogue', { ru: 'Каталог государственных услуг', kk: 'Мемлекеттік қызметтер каталогы' });
    if (await page.locator('[data-nav="journals"]').count()) {
      await page.locator('[data-nav="journals"]').click();
      await inBothLanguages(page, 'journals', { ru: 'Журналы и реестры', kk: 'Журналдар мен тізілімдер' });
    }
  });

  test('in Kazakh the case timeline writes dates as ДД.ММ.ГГГГ, like every other date of the app', async ({ page }) => {
    test.setTimeout(120_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator]);
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', /Регистрация и постановка на учет безработных/);
    await fillCitizen(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    await expect(page.getByTestId('case-timeline')).toContainText(/\d{2}\.\d{2}\.\d{4}/);
    await page.getByTestId('lang-kk').click();
    await expect(page.getByTestId('case-status')).toHaveText('Қарау');
    await expect(page.getByTestId('case-timeline')).toContainText(/\d{2}\.\d{2}\.\d{4}/);
    await expect(page.getByTestId('case-timeline')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  });
});
