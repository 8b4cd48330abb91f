import { expect, test, type Page } from '@playwright/test';
import { STAFF, act, caseNumberOnPage, choose, completeOwnSteps, logIn, logOut, officeWithStaff, openCase, presentAllDocuments, startIntake, typeDate } from './workstation';

const FOREIGNER = { name: 'Ли Вэй', passport: 'EA4417203', citizenship: 'Китайская Народная Республика' };
// The national-security committee's answer (ҰҚК/КНБ) as the specialist records it: its outgoing number and date.
const KNB_ANSWER = { number: '7/2-4418', date: '2026-11-16', agency: 'ДКНБ по г. Алматы' };

/** Operator registers a foreigner by passport for the border-zone pass; returns the case number. */
async function registerForeigner(page: Page): Promise<string> {
  await logIn(page, STAFF.operator.login);
  await startIntake(page, 'пограничную зону', /Выдача пропуска на въезд в пограничную зону/);
  // The intake desk offers the current version: MVD order No 500 of 2015 (seed 003), not No 103 of 2014.
  await expect(page.getByText(/Регламент: .*№ 500/)).toBeVisible();
  await expect(page.getByText(/№ 103/)).toHaveCount(0);
  // A border-zone pass is for foreigners and stateless persons only: no IIN field, passport and citizenship instead.
  await expect(page.getByRole('combobox', { name: 'Статус заявителя' })).toHaveText('Иностранец');
  await choose(page, 'Статус заявителя', 'Иностранец');
  await expect(page.getByTestId('intake-iin')).toHaveCount(0);
  await page.getByTestId('intake-passport').fill(FOREIGNER.passport);
  await page.getByLabel('Гражданство').fill(FOREIGNER.citizenship);
  await page.getByTestId('intake-name').fill(FOREIGNER.name);
  await presentAllDocuments(page);
  // The foreigner applies in person: the application, not a host organisation's petition.
  await page.getByTestId('intake-checklist').getByRole('checkbox', { name: /Ходатайство принимающей организации/ }).uncheck();
  await expect(page.getByTestId('intake-why-not')).toBeHidden();
  await page.getByTestId('intake-register').click();
  await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
  return caseNumberOnPage(page);
}

/** Specialist: send to the ДВД, the ДВД check, then the ДКНБ answer with its number and date (stays signed in). */
async function recordChecks(page: Page, number: string): Promise<void> {
  const chart = page.getByTestId('process-chart');
  await logIn(page, STAFF.specialist.login);
  await openCase(page, number);
  await expect(chart.locator('[data-step="send-to-dvd"]')).toHaveAttribute('data-mark', 'current');
  await act(page, 'step.complete', async (p) => {
    await p.getByLabel('Номер документа').fill('3/1-112');
    await typeDate(p, 'Дата документа', '2026-11-12');
    await p.getByLabel('Орган (кому / от кого)').fill('ДВД г. Алматы');
  });
  await expect(chart.locator('[data-step="dvd-check"]')).toHaveAttribute('data-mark', 'current');
  await act(page, 'step.complete');
  await expect(chart.locator('[data-step="national-security-answer"]')).toHaveAttribute('data-mark', 'current');
  // A request step asks for the answer's document: a number without a date is a field error and records nothing.
  await page.locator('[data-action="step.complete"]').click();
  await expect(page.getByRole('dialog')).toContainText('Зафиксировать ответ ДКНБ');
  await page.getByRole('dialog').getByLabel('Номер документа').fill(KNB_ANSWER.number);
  await page.getByTestId('action-submit').click();
  await expect(page.getByRole('dialog').getByText('Заполните поле')).toBeVisible();
  await expect(page.getByTestId('case-timeline').locator('li')).toHaveCount(3); // nothing recorded
  await typeDate(page.getByRole('dialog'), 'Дата документа', KNB_ANSWER.date);
  await page.getByRole('dialog').getByLabel('Орган (кому / от кого)').fill(KNB_ANSWER.agency);
  await page.getByTestId('action-submit').click();
  await expect(page.getByRole('dialog')).toBeHidden({ timeout: 15_000 });
  await expect(chart.locator('[data-step="national-security-answer"]')).toHaveAttribute('data-mark', 'done');
  await expect(page.getByTestId('case-status')).toHaveText('Решение');
  await expect(page.getByTestId('case-timeline')).toContainText('Зафиксировать ответ ДКНБ');
  await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.specialist.name} (Специалист`);
}

test.describe('border-zone pass for a foreigner, MVD 2015 No 500 (seed 003)', () => {
  test('passport intake, ДВД and ДКНБ checks with the answer document recorded, head signs, pass issued', async ({ page }) => {
    test.setTimeout(240_000);
    await officeWithStaff(page);
    const number = await registerForeigner(page);
    // The talon identifies the foreigner by passport and cites the 2015 order.
    await expect(page.getByTestId('case-page')).toContainText(FOREIGNER.name);
    await page.locator('[data-print="receipt"]').click();
    const talon = page.frameLocator('[data-testid="print-preview"]');
    await expect(talon.getByText(new RegExp(`Номер паспорта ${FOREIGNER.passport}`)).first()).toBeVisible();
    await expect(talon.getByText(/№ 500 \(30\.05\.2015\)/).first()).toBeVisible();
    await page.keyboard.press('Escape');
    // The 2015 process: ДВД, then the national-security answer — not the 2014 "special records" check.
    const chart = page.getByTestId('process-chart');
    await expect(chart.locator('[data-step="national-security-answer"]')).toContainText('Зафиксировать ответ ДКНБ');
    await expect(chart.locator('[data-step="send-to-dvd"]')).toBeVisible();
    await expect(chart.locator('[data-step="check-special-records"]')).toHaveCount(0);
    await logOut(page);

    await recordChecks(page, number);
    await logOut(page);

    // Head signs the pass and seals it.
    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="awaiting_decision"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await expect(page.locator('[data-step="sign-pass"]')).toHaveAttribute('data-mark', 'current');
    await act(page, 'decision.grant');
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(page);

    // Specialist issues the pass.
    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await completeOwnSteps(page);
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Услуга оказана');
    await page.locator('[data-print="result"]').click();
    const pass = page.frameLocator('[data-testid="print-preview"]');
    await expect(pass.getByText(FOREIGNER.name).first()).toBeVisible();
    await expect(pass.getByText(/пограничную зону/i).first()).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('the case page names the regulation version the case runs under (MVD No 500 of 30.05.2015)', async ({ page }) => {
    test.setTimeout(120_000);
    await officeWithStaff(page);
    await registerForeigner(page);
    await expect(page.getByTestId('case-page')).toContainText(/№ 500/);
    await expect(page.getByTestId('case-page')).toContainText('30.05.2015');
  });

  test('the case page identifies a foreign applicant by passport', async ({ page }) => {
    test.setTimeout(120_000);
    await officeWithStaff(page);
    await registerForeigner(page);
    await expect(page.getByTestId('case-page')).toContainText(FOREIGNER.passport);
  });

  test('the recorded ДКНБ answer (number and date) stays visible on the case page', async ({ page }) => {
    test.setTimeout(180_000);
    await officeWithStaff(page);
    const number = await registerForeigner(page);
    await logOut(page);
    await recordChecks(page, number);
    await expect(page.getByTestId('case-timeline')).toContainText(KNB_ANSWER.number);
    await expect(page.getByTestId('case-timeline')).toContainText('16.11.2026');
  });
});
