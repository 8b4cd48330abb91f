import { expect, test } from '@playwright/test';
import { STAFF, act, completeOwnSteps, fillCitizen, logIn, logOut, officeWithStaff, openCase, pickService, presentAllDocuments, shots } from './workstation';

test.describe('unemployed registration through the desks (002 R1, no commission)', () => {
  test('operator registers, specialist reviews, head decides, result issued — each under their own login', async ({ page }) => {
    test.setTimeout(180_000);
    await officeWithStaff(page);

    // Window operator: intake by IIN, checklist, consent → number, receipt, due date.
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', /Регистрация и постановка на учет безработных/);
    await fillCitizen(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await expect(page.getByText(/Дата рождения 01\.01\.1990/)).toBeVisible();
    await presentAllDocuments(page);
    await expect(page.getByTestId('intake-why-not')).toContainText('согласия');
    await page.getByTestId('intake-consent').check();
    await expect(page.getByTestId('intake-why-not')).toBeHidden();
    await page.screenshot({ path: `${shots}intake-ru.png` });
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = (await page.getByTestId('case-number').textContent())?.replace(/^.*№\s*/, '').trim() ?? '';
    expect(number).toMatch(/^ALM-AU-\d{4}-B9001-00001$/);
    await page.locator('[data-print="receipt"]').click();
    await expect(page.frameLocator('[data-testid="print-preview"]').getByText('РАСПИСКА')).toBeVisible();
    await expect(page.frameLocator('[data-testid="print-preview"]').getByText(STAFF.operator.name).first()).toBeVisible();
    await page.keyboard.press('Escape');
    // The operator cannot do the specialist's step: the button is disabled and says why.
    await expect(page.locator('[data-action="step.complete"]')).toBeDisabled();
    await expect(page.locator('[data-why="step.complete"]')).toContainText('Специалист');
    await logOut(page);

    // Specialist: the review steps.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Решение');
    await logOut(page);

    // Head: the decision.
    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="awaiting_decision"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await page.screenshot({ path: `${shots}case-decision-ru.png`, fullPage: true });
    await act(page, 'decision.grant');
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(page);

    // Specialist: outgoing journal and issue.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Услуга оказана');
    await page.locator('[data-print="result"]').click();
    await expect(page.frameLocator('[data-testid="print-preview"]').getByText(/УВЕДОМЛЕНИЕ/)).toBeVisible();
    await page.keyboard.press('Escape');
    // Every action is in the journal timeline with who and in which role.
    await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.head.name} (Руководитель районного отдела)`);
    await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.operator.name} (Оператор окна приёма)`);
  });
});
