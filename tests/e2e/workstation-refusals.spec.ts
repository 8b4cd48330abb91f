import { expect, test } from '@playwright/test';
import { STAFF, act, caseNumberOnPage, choose, completeOwnSteps, fillCitizen, logIn, logOut, officeWithStaff, openCase, pickService, presentAllDocuments, typeDate } from './workstation';

const UNEMPLOYED = /Регистрация и постановка на учет безработных/;
const RESIDENCE = 'Сведения о регистрации по постоянному месту жительства';
const MOTIVATION = 'По данным АИС «Рынок труда» заявитель состоит в трудовых отношениях с ТОО «Алатау Сервис» с 01.10.2026';

test.describe('refusals and bad input at the desks (002 R1)', () => {
  test('(a) refusal at intake: incomplete package → "Отказано в приёме документов", the receipt lists the missing document', async ({ page }) => {
    test.setTimeout(180_000);
    await officeWithStaff(page);
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', UNEMPLOYED);
    await fillCitizen(page, '921111300672', 'Оспанов Дәурен Маратұлы');
    await page.getByTestId('intake-checklist').getByRole('checkbox', { name: /^Документ, удостоверяющий личность/ }).check();
    await page.getByTestId('intake-consent').check();
    // Register is blocked and says what is missing; the refusal of intake is what the package allows.
    await expect(page.getByTestId('intake-register')).toBeDisabled();
    await expect(page.getByTestId('intake-why-not')).toContainText(RESIDENCE);
    await expect(page.getByTestId('intake-refuse')).toBeEnabled();
    await page.getByTestId('intake-refuse').click();

    await expect(page.getByTestId('case-status')).toHaveText('Отказано в приёме документов', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    expect(number).toMatch(/-00001$/);
    // A closed case: no actions, no receipt of registration — the refusal receipt instead.
    await expect(page.locator('[data-action]')).toHaveCount(0);
    await expect(page.locator('[data-print="receipt"]')).toHaveCount(0);
    await page.locator('[data-print="refusal-receipt"]').click();
    const receipt = page.frameLocator('[data-testid="print-preview"]');
    await expect(receipt.getByText(RESIDENCE).first()).toBeVisible();
    await expect(receipt.getByText('Оспанов Дәурен Маратұлы').first()).toBeVisible();
    await expect(receipt.getByText(STAFF.operator.name).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('case-timeline')).toContainText(`Отказать в приёме документов`);
  });

  test('(b) motivated refusal: empty motivation records nothing; with ground and motivation → issue → "Мотивированный отказ"', async ({ page }) => {
    test.setTimeout(240_000);
    await officeWithStaff(page);
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', UNEMPLOYED);
    await fillCitizen(page, '880202400155', 'Нұрланова Дана Асқарқызы');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    await logOut(page);

    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Решение');
    await logOut(page);

    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="awaiting_decision"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    const timeline = page.getByTestId('case-timeline').locator('li');
    await expect(timeline.first()).toBeVisible();
    const entries = await timeline.count();
    // Empty motivation: the field says so, the dialog stays, and the journal is untouched.
    await page.locator('[data-action="decision.refuse"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.getByTestId('action-submit').click();
    await expect(dialog.getByText('Заполните поле')).toBeVisible();
    await expect(dialog.getByTestId('refusal-motivation')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect(dialog).toBeHidden();
    await expect(timeline).toHaveCount(entries);
    await expect(page.getByTestId('case-status')).toHaveText('Решение');

    await act(page, 'decision.refuse', async (p) => {
      await choose(p, 'Основание отказа по регламенту', /Несоответствие услугополучателя требованиям/);
      await p.getByTestId('refusal-motivation').fill(MOTIVATION);
    });
    await expect(timeline).toHaveCount(entries + 1);
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(page);

    // Specialist: outgoing journal, then the refusal letter is handed over.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Мотивированный отказ');
    await page.locator('[data-print="result"]').click();
    const letter = page.frameLocator('[data-testid="print-preview"]');
    await expect(letter.getByText(MOTIVATION).first()).toBeVisible();
    await expect(letter.getByText(/Несоответствие услугополучателя требованиям/).first()).toBeVisible();
    await expect(letter.getByText(STAFF.head.name).first()).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('(c) a wrong IIN is flagged at the field and creates no case; a double click on Register creates exactly one', async ({ page }) => {
    test.setTimeout(180_000);
    await officeWithStaff(page);
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', UNEMPLOYED);
    await fillCitizen(page, '900101300018', 'Сейітқали Әлия Нұрланқызы'); // check digit is 7
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    const iin = page.getByTestId('intake-iin');
    await expect(iin).toHaveAttribute('aria-invalid', 'true');
    // The message sits under the IIN field itself (its helper text), not somewhere on the page.
    const describedBy = (await iin.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Контрольная цифра ИИН не сходится — проверьте, нет ли опечатки');
    // Pressing Register anyway: no case, the desk stays on the form with the error.
    if (await page.getByTestId('intake-register').isEnabled()) await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-page')).toHaveCount(0);
    await expect(page.getByTestId('intake-outcome')).toHaveCount(0);
    await expect(iin).toBeFocused();

    // Corrected check digit, then an impatient double click.
    await iin.fill('900101300017');
    await expect(iin).toHaveAttribute('aria-invalid', 'false');
    // The IIN holds the birth date: a different one typed over it is flagged at its field, and registers nothing.
    const mismatch = page.getByText('Дата рождения не совпадает с ИИН: по ИИН — 01.01.1990');
    await typeDate(page, 'Дата рождения', '1990-01-02');
    await expect(mismatch).toBeVisible();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-page')).toHaveCount(0);
    await expect(mismatch).toBeVisible();
    await typeDate(page, 'Дата рождения', '1990-01-01');
    await expect(mismatch).toHaveCount(0);
    await page.getByTestId('intake-register').dblclick();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    // Numbers are sequential per device block: 00001 means the wrong-IIN attempt consumed none.
    expect(await caseNumberOnPage(page)).toMatch(/-00001$/);
    await page.getByTestId('quick-search').fill('900101300017');
    await page.getByTestId('quick-search').press('Enter');
    await expect(page.getByRole('gridcell', { name: /-00001$/ })).toHaveCount(1);
    await expect(page.getByRole('gridcell', { name: /-00002$/ })).toHaveCount(0);
    await expect(page.getByRole('row')).toHaveCount(2); // the header and one case
  });

  test('(c2) two clicks on Register within one task (before React re-renders) still create exactly one case', async ({ page }) => {
    test.setTimeout(180_000);
    await officeWithStaff(page);
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', UNEMPLOYED);
    await fillCitizen(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    // A bouncing mouse button or a touch screen delivers the second click before the disabled button is rendered.
    await page.getByTestId('intake-register').evaluate((button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    await page.getByTestId('quick-search').fill('900101300017');
    await page.getByTestId('quick-search').press('Enter');
    await expect(page.getByRole('gridcell', { name: /-00001$/ })).toHaveCount(1);
    await expect(page.getByRole('row')).toHaveCount(2); // the header and one case — not two
  });
});
