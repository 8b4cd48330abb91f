import { expect, test, type Page } from '@playwright/test';
import { STAFF, createUsers, fillCitizen, logIn, logOut, presentAllDocuments, setUpOffice, shots, startIntake, typeDate } from './workstation';

/** A head whose name, with the office's and the role's, is far longer than the app bar. */
const LONG_HEAD = { login: 'longhead', name: 'Абдуллаева-Жаксыбекова Гүлнар-Мадина Сатыбалдықызы-Ержанқызы', role: 'head' } as const;

/** The date a date field shows (its hidden input holds the field's text, ДД.ММ.ГГГГ). */
const shownIn = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true }).locator('input');

async function registerUnemployed(page: Page, iin: string, name: string): Promise<void> {
  await startIntake(page, 'безработн', /Регистрация и постановка на учет безработных/);
  await fillCitizen(page, iin, name);
  await presentAllDocuments(page);
  await page.getByTestId('intake-consent').check();
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
}

/** Nothing of the grid is off to the right: every column header ends inside the grid. */
async function expectAllColumnsVisible(page: Page): Promise<void> {
  const grid = page.getByRole('grid');
  const gridBox = await grid.boundingBox();
  const headers = grid.getByRole('columnheader');
  const count = await headers.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const box = await headers.nth(i).boundingBox();
    expect(box && gridBox && box.x + box.width <= gridBox.x + gridBox.width + 1, `column ${i + 1} of ${count} ends inside the grid`).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // The case number and the IIN are never cut.
  for (const cell of [grid.getByRole('gridcell', { name: /-00001$/ }), grid.getByRole('gridcell', { name: /^\d{12}$/ })]) {
    expect(await cell.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
}

test.describe('date pickers follow the UI language; the app bar and the worklist fit 1366 px', () => {
  test('intake: the birth date is typed as ДД.ММ.ГГГГ, wrong dates are named next to the field, the calendar speaks Kazakh', async ({ page }) => {
    test.setTimeout(180_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator]);
    await logIn(page, STAFF.operator.login);
    await startIntake(page, 'безработн', /Регистрация и постановка на учет безработных/);
    const field = page.getByRole('group', { name: 'Дата рождения', exact: true });
    // Empty: the placeholder is in the UI language, not the browser's (mm/dd/yyyy).
    await expect(shownIn(page, 'Дата рождения')).toHaveValue('');
    await expect(field).toContainText('ДД');
    await expect(field).toContainText('ГГГГ');
    // The IIN gives the birth date; the field shows it as ДД.ММ.ГГГГ (and another date must not contradict it).
    await fillCitizen(page, '850315310006', 'Сейітқали Әлия Нұрланқызы');
    await expect(shownIn(page, 'Дата рождения')).toHaveValue('15.03.1985');
    await typeDate(page, 'Дата рождения', '1985-03-16');
    await expect(field).toHaveAccessibleDescription('Дата рождения не совпадает с ИИН: по ИИН — 15.03.1985');

    await typeDate(page, 'Дата рождения', '1985-03-15');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');

    // Impossible and future dates: a clear message next to the field, nothing else.
    await typeDate(page, 'Дата рождения', '1985-02-31');
    await expect(field).toHaveAccessibleDescription('Введите существующую дату полностью: ДД.ММ.ГГГГ');
    await typeDate(page, 'Дата рождения', '2099-01-01');
    await expect(field).toHaveAccessibleDescription('Дата не может быть в будущем');
    await typeDate(page, 'Дата рождения', '1899-12-31');
    await expect(field).toHaveAccessibleDescription('Дата не может быть раньше 01.01.1900');
    // A half-typed date is named when the field is left.
    await field.getByRole('spinbutton').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('15.03');
    await page.getByTestId('intake-name').click();
    await expect(field).toHaveAccessibleDescription('Введите существующую дату полностью: ДД.ММ.ГГГГ');
    // …and Register is refused by the form, with the field focused for correction.
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('intake-outcome')).toHaveCount(0);
    await typeDate(page, 'Дата рождения', '1985-03-15');
    await expect(field).toHaveAccessibleDescription('');

    // The calendar names months and days in Russian, then in Kazakh after the switch; the field keeps its date.
    await field.getByRole('button').click();
    const calendar = page.getByRole('dialog');
    await expect(calendar).toContainText(/март 1985/i);
    await expect(calendar).toContainText(/пн\s*вт\s*ср\s*чт\s*пт\s*сб\s*вс/);
    await page.screenshot({ path: `${shots}datepicker-ru.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-kk').click();
    const kkField = page.getByRole('group', { name: 'Туған күні', exact: true });
    await expect(kkField.locator('input')).toHaveValue('15.03.1985');
    await kkField.getByRole('button').click();
    await expect(page.getByRole('dialog')).toContainText(/наурыз 1985/i);
    await expect(page.getByRole('dialog')).toContainText(/дй\s*сй\s*ср\s*бй\s*жм\s*сн\s*жк/);
    await page.screenshot({ path: `${shots}datepicker-kk.png` });
    await page.keyboard.press('Escape');
    // Kazakh wrong-date message, from our catalogue.
    await typeDate(page, 'Туған күні', '1985-02-31');
    await expect(page.getByText('Бар күнді толық енгізіңіз: КК.АА.ЖЖЖЖ')).toBeVisible();
    await page.getByTestId('lang-ru').click();
    await typeDate(page, 'Дата рождения', '1985-03-15');
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
  });

  test('journals: the period is typed as ДД.ММ.ГГГГ; a half-typed or reversed period is named', async ({ page }) => {
    test.setTimeout(180_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator]);
    await logIn(page, STAFF.operator.login);
    // The act's own date questions (seed 001) are the same field.
    await startIntake(page, 'месту жительства', /Регистрация по месту жительства/);
    const asked = page.getByRole('group', { name: 'Дата обращения', exact: true });
    await typeDate(page, 'Дата обращения', '2026-11-18');
    await expect(asked).toHaveAccessibleDescription('');
    await typeDate(page, 'Дата обращения', '2026-02-30');
    await expect(asked).toHaveAccessibleDescription('Введите существующую дату полностью: ДД.ММ.ГГГГ');
    await registerUnemployed(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await page.locator('[data-nav="journals"]').click();
    await expect(page.getByTestId('journal-table')).toContainText('Сейітқали Әлия Нұрланқызы');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Almaty' }));
    // A period that ends before the case: nothing; back to today: the row again.
    await typeDate(page, 'С', '2020-01-01');
    await typeDate(page, 'По', '2020-12-31');
    await expect(page.getByText('За выбранный период записей нет')).toBeVisible();
    await typeDate(page, 'По', today);
    await expect(page.getByTestId('journal-table')).toContainText('Сейітқали Әлия Нұрланқызы');
    // Reversed: the period's message; half-typed: the field's message.
    await typeDate(page, 'С', '2099-01-01');
    await expect(page.getByText('Начало периода позже его конца')).toBeVisible();
    const to = page.getByRole('group', { name: 'По', exact: true });
    await to.getByRole('spinbutton').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('1511');
    await page.getByRole('heading', { name: 'Журналы и реестры' }).click();
    await expect(page.getByText('Введите существующую дату полностью: ДД.ММ.ГГГГ')).toBeVisible();
    await expect(page.getByTestId('journal-table')).toHaveCount(0);
  });

  test('a long office, user and role name is cut in the app bar, whole in its tooltip; the worklist shows every key column', async ({ page }) => {
    test.setTimeout(180_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator, LONG_HEAD]);
    await logIn(page, STAFF.operator.login);
    await registerUnemployed(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await logOut(page);
    await logIn(page, LONG_HEAD.login);
    await page.locator('[data-nav="in_review"]').click();
    const user = page.getByTestId('session-user');
    await expect(user).toHaveAccessibleName(new RegExp(`${LONG_HEAD.name} · Руководитель районного отдела`));
    await user.hover();
    await expect(page.getByRole('tooltip')).toContainText(LONG_HEAD.name);
    for (const lang of ['ru', 'kk'] as const) {
      await page.getByTestId(`lang-${lang}`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The bar itself never overflows: the last button stays inside the window.
      const logout = await page.getByTestId('logout').boundingBox();
      expect(logout && logout.x + logout.width <= 1366).toBe(true);
      await expect(page.getByRole('gridcell', { name: /-00001$/ })).toBeVisible();
      await expectAllColumnsVisible(page);
      await page.screenshot({ path: `${test.info().outputDir}/worklist-long-name-${lang}.png` });
    }
    await page.getByTestId('lang-ru').click();
  });
});
