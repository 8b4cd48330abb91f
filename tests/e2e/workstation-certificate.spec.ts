import { expect, test } from '@playwright/test';
import { STAFF, act, atOfficeHours, caseNumberOnPage, completeOwnSteps, fillCitizen, logIn, logOut, officeWithStaff, openCase, presentAllDocuments, shownDate, startIntake, typeDate } from './workstation';

test.describe('unemployed certificate on the spot (002 R3, term in minutes)', () => {
  test('registered at 10:00 on a working day: due today, "срок сегодня"; walked to "Услуга оказана" by specialist and head', async ({ page }) => {
    test.setTimeout(240_000);
    // 002 R3 п.9 пп.1: 10 minutes at the office — office minutes, so the flow runs on a working morning.
    await atOfficeHours(page);
    await officeWithStaff(page);

    await logIn(page, STAFF.operator.login);
    await startIntake(page, 'справок безработн', /Выдача справок безработным гражданам/);
    await fillCitizen(page, '880202400155', 'Нұрланова Дана Асқарқызы');
    await expect(page.getByText(/Дата рождения 02\.02\.1988, пол: женский/)).toBeVisible();
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await expect(page.getByTestId('intake-why-not')).toBeHidden();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    expect(number).toMatch(/^ALM-AU-2026-B9001-00001$/);

    // The service term is today, and the chip counts it as due today (not "left N days", not "no term").
    const dueField = page.getByTestId('case-page').getByText('Срок услуги', { exact: true }).locator('xpath=following-sibling::*[1]');
    await expect(dueField).toHaveText(shownDate());
    await expect(page.getByText('срок сегодня', { exact: true })).toBeVisible();
    await expect(page.locator('[data-remaining]')).toHaveAttribute('data-remaining', '0');
    // The receipt gives the same day as the day of receiving the service.
    await page.locator('[data-print="receipt"]').click();
    const receipt = page.frameLocator('[data-testid="print-preview"]');
    await expect(receipt.getByText('РАСПИСКА')).toBeVisible();
    await expect(receipt.getByText(shownDate()).first()).toBeVisible();
    await page.keyboard.press('Escape');
    // The operator cannot do the specialist's check.
    await expect(page.locator('[data-action="step.complete"]')).toBeDisabled();
    await logOut(page);

    // Specialist: checks the registration in the AIS and prepares the certificate.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await expect(page.locator('[data-step="check-unemployed-registration"]')).toHaveAttribute('data-mark', 'current');
    expect(await completeOwnSteps(page)).toBe(2); // check in the AIS, prepare the certificate
    await expect(page.getByTestId('case-status')).toHaveText('Решение');
    await expect(page.locator('[data-step="prepare-certificate"]')).toHaveAttribute('data-mark', 'done');
    // The head's signature is not the specialist's to give.
    await expect(page.locator('[data-action="decision.grant"]')).toBeDisabled();
    await expect(page.locator('[data-why="decision.grant"]')).toContainText('Руководитель');
    await logOut(page);

    // Head signs the certificate.
    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="awaiting_decision"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await expect(page.getByTestId('case-number')).toContainText(number);
    await act(page, 'decision.grant');
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(page);

    // Specialist: outgoing journal with its number and date, then hands the certificate over.
    await logIn(page, STAFF.specialist.login);
    await page.locator('[data-nav="ready_to_issue"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await act(page, 'step.complete', async (p) => {
      await p.getByLabel('Номер документа').fill('05-12/341');
      await typeDate(p, 'Дата документа', OFFICE_DATE);
    });
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Услуга оказана');
    await expect(page.locator('[data-action]')).toHaveCount(0);
    await expect(page.getByTestId('case-timeline')).toContainText('Зарегистрировать справку в журнале исходящей корреспонденции');
    await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.head.name} (Руководитель районного отдела)`);
    await page.locator('[data-print="result"]').click();
    const result = page.frameLocator('[data-testid="print-preview"]');
    await expect(result.getByText(/Справка о регистрации в качестве безработного/i).first()).toBeVisible();
    await expect(result.getByText('Нұрланова Дана Асқарқызы').first()).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('the receipt dates the registration by the Almaty calendar day, also early in the morning', async ({ page }) => {
    test.setTimeout(120_000);
    await atOfficeHours(page, '2026-11-18T04:30:00+05:00'); // 17.11 23:30 UTC
    await officeWithStaff(page);
    await logIn(page, STAFF.operator.login);
    await startIntake(page, 'справок безработн', /Выдача справок безработным гражданам/);
    await fillCitizen(page, '880202400155', 'Нұрланова Дана Асқарқызы');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-timeline')).toContainText(/18\.11\.2026,? 04:30/, { timeout: 15_000 });
    await page.locator('[data-print="receipt"]').click();
    const receipt = page.frameLocator('[data-testid="print-preview"]');
    await expect(receipt.getByRole('row', { name: /Дата регистрации/ })).toContainText('18.11.2026');
    await expect(receipt.getByText('17.11.2026')).toHaveCount(0);
  });
});

const OFFICE_DATE = '2026-11-18';
