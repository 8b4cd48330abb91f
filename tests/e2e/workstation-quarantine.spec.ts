import { expect, test, type Page } from '@playwright/test';
import { STAFF, act, atOfficeHours, caseNumberOnPage, choose, completeOwnSteps, fillCitizen, logIn, logOut, officeWithStaff, openCase, presentAllDocuments, startIntake } from './workstation';

const DEATH_CERTIFICATE = 'Свидетельство или справка о смерти';
const KINSHIP = 'Документ, удостоверяющий личность и подтверждающий родство с умершим';

test.describe('quarantine-zone permit by category (seed 000)', () => {
  test('category 7 (funeral): its documents on the checklist, Register blocked until all are there, then registered and issued', async ({ page }) => {
    test.setTimeout(240_000);
    await atOfficeHours(page);
    await officeWithStaff(page);

    await logIn(page, STAFF.operator.login);
    await startIntake(page, 'карантин', /Разрешение на выезд\/въезд из\/в карантинной зоны/);
    const checklist = page.getByTestId('intake-checklist');
    // Before a category is chosen only the identity document is listed and the engine asks for the category.
    await expect(checklist.getByRole('checkbox')).toHaveCount(1);
    await fillCitizen(page, '950712300454', 'Жұмабеков Ерлан Серікұлы');
    await checklist.getByRole('checkbox', { name: /Документ, удостоверяющий личность/ }).check();
    await expect(page.getByTestId('intake-why-not')).toBeVisible();
    await expect(page.getByTestId('intake-register')).toBeDisabled();

    await choose(page, 'Категория лица', /^7\. Лица и их транспорт, следующие для участия в похоронах/);
    // The checklist now carries category 7's two documents (and nothing of other categories).
    await expect(checklist.getByRole('checkbox')).toHaveCount(3);
    await expect(checklist).toContainText(DEATH_CERTIFICATE);
    await expect(checklist).toContainText(KINSHIP);
    await expect(checklist).not.toContainText('Повестка');

    // One category document missing: Register is disabled and the reason names exactly that document.
    await checklist.getByRole('checkbox', { name: new RegExp(DEATH_CERTIFICATE) }).check();
    await expect(page.getByTestId('intake-register')).toBeDisabled();
    await expect(page.getByTestId('intake-why-not')).toContainText(KINSHIP);
    await expect(page.getByTestId('intake-why-not')).not.toContainText(DEATH_CERTIFICATE);

    // Complete package: nothing in the way, registered.
    await checklist.getByRole('checkbox', { name: new RegExp(KINSHIP) }).check();
    await expect(page.getByTestId('intake-why-not')).toBeHidden();
    await expect(page.getByTestId('intake-register')).toBeEnabled();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    // 30 minutes of office time: due today.
    await expect(page.getByText('срок сегодня', { exact: true })).toBeVisible();
    await logOut(page);

    // Specialist checks that the documents prove the category.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await expect(page.locator('[data-step="check-category-documents"]')).toHaveAttribute('data-mark', 'current');
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Решение');
    await logOut(page);

    // Head allows the crossing.
    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="awaiting_decision"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await act(page, 'decision.grant');
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(page);

    // The window operator hands the permit over (issue-permit is the operator's step).
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="ready_to_issue"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await completeOwnSteps(page);
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Услуга оказана');
    await page.locator('[data-print="result"]').click();
    const permit = page.frameLocator('[data-testid="print-preview"]');
    await expect(permit.getByText('Жұмабеков Ерлан Серікұлы').first()).toBeVisible();
    await expect(permit.getByText(/карантинной зоны/).first()).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('the case page lists the category documents by name, not by internal id', async ({ page }) => {
    test.setTimeout(120_000);
    await registerFuneralCase(page);
    const documents = page.getByTestId('case-page');
    await expect(documents).toContainText(DEATH_CERTIFICATE);
    await expect(documents).toContainText(KINSHIP);
    await expect(documents).not.toContainText('funeral-close-relative#');
  });

  test('the case page shows the category the applicant was registered under', async ({ page }) => {
    test.setTimeout(120_000);
    await registerFuneralCase(page);
    await expect(page.getByTestId('case-page')).toContainText('Лица и их транспорт, следующие для участия в похоронах близкого родственника');
  });
});

/** A complete category-7 package registered by the operator; stays on the new case page. */
async function registerFuneralCase(page: Page): Promise<void> {
  await atOfficeHours(page);
  await officeWithStaff(page);
  await logIn(page, STAFF.operator.login);
  await startIntake(page, 'карантин', /Разрешение на выезд\/въезд из\/в карантинной зоны/);
  await fillCitizen(page, '950712300454', 'Жұмабеков Ерлан Серікұлы');
  await choose(page, 'Категория лица', /^7\. Лица и их транспорт, следующие для участия в похоронах/);
  await presentAllDocuments(page);
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
}
