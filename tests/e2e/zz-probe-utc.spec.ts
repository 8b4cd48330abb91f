import { expect, test } from '@playwright/test';
import { STAFF, atOfficeHours, fillCitizen, logIn, officeWithStaff, presentAllDocuments, startIntake } from './workstation';
test('probe', async ({ page }) => {
  test.setTimeout(120_000);
  await atOfficeHours(page, '2026-11-18T04:30:00+05:00');
  await officeWithStaff(page);
  await logIn(page, STAFF.operator.login);
  await startIntake(page, 'безработн', /Регистрация и постановка на учет безработных/);
  await fillCitizen(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
  await presentAllDocuments(page);
  await page.getByTestId('intake-consent').check();
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
  await page.locator('[data-print="receipt"]').click();
  console.log('RECEIPT', await page.frameLocator('[data-testid="print-preview"]').locator('body').innerText());
  console.log('TIMELINE', await page.getByTestId('case-timeline').innerText());
});
