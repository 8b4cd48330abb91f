import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { syncPort } from './playwright.config';
import { STAFF, act, choose, completeOwnSteps, createUsers, fillCitizen, logIn, logOut, officeWithStaff, openCase, presentAllDocuments, setUpOffice, shots, startIntake } from './workstation';

/**
 * Issue #6 end to end: two browser contexts are two offices with their own IndexedDB — the ЦОН and the district
 * office — and the real sync service runs beside the app (playwright.config.ts, PGlite in memory). The ЦОН registers
 * a case with no link, the link returns and the case is synced and handed over; the district office reviews and decides
 * it, and — as the act has the ЦОН hand the result to an applicant who applied there — hands it back to the ЦОН, which
 * issues it; both offices end with the same journal.
 */
const SERVER = `http://127.0.0.1:${syncPort}`;
const offices = JSON.parse(readFileSync(new URL('./sync-offices.json', import.meta.url), 'utf8')) as { id: string; adminToken: string }[];

async function enrolmentCode(officeId: string): Promise<string> {
  const office = offices.find((o) => o.id === officeId);
  if (!office) throw new Error(officeId);
  const response = await fetch(`${SERVER}/v1/admin/enrolment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Office ${office.id}:${office.adminToken}` },
    body: '{}',
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { code: string }).code;
}

/** The administrator connects this computer to the sync service with a one-time code (admin desk). */
async function enrol(page: Page, officeId: string): Promise<void> {
  await logIn(page, STAFF.admin.login);
  await page.locator('[data-nav="admin"]').click();
  await page.getByTestId('sync-server-url').fill(SERVER);
  await page.getByTestId('sync-code').fill(await enrolmentCode(officeId));
  await page.getByTestId('sync-device-name').fill(`${officeId} — окно 1`);
  await page.getByTestId('sync-enrol').click();
  await expect(page.getByTestId('sync-enrolled')).toBeVisible({ timeout: 15_000 });
  await logOut(page);
}

const indicator = (page: Page) => page.getByTestId('sync-indicator');

/** "Sync now", and wait for THAT round to finish (a newer last success), not for a state an earlier round left. */
async function syncNow(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-now')).toBeEnabled({ timeout: 15_000 });
  const before = await indicator(page).getAttribute('data-last-success');
  await page.getByTestId('sync-now').click();
  await expect.poll(() => indicator(page).getAttribute('data-last-success'), { timeout: 20_000 }).not.toBe(before);
  await expect(indicator(page)).toHaveAttribute('data-online', 'true', { timeout: 15_000 });
  await expect(indicator(page)).toHaveAttribute('data-waiting', '0', { timeout: 15_000 });
}

test.describe('offices that sync (issue #6)', () => {
  test('a case registered at the ЦОН offline is handed to the district office after the link returns, decided there, and issued by the ЦОН', async ({ browser }) => {
    test.setTimeout(300_000);
    const conContext = await browser.newContext();
    const auContext = await browser.newContext();
    const con = await conContext.newPage();
    const au = await auContext.newPage();

    // The ЦОН: its own office database, a ЦОН worker, connected to the sync service.
    await setUpOffice(con, 'ALM-CON');
    await createUsers(con, [{ login: 'conworker', name: 'Бекова Сәуле', role: 'con_worker' }]);
    await enrol(con, 'ALM-CON');
    // The district office likewise, with its staff.
    await officeWithStaff(au);
    await enrol(au, 'ALM-AU');

    // The ЦОН loses its link and registers the case anyway.
    await conContext.setOffline(true);
    await logIn(con, 'conworker');
    await startIntake(con, 'безработн', /Регистрация и постановка на учет безработных/);
    await choose(con, 'Канал приёма', 'ЦОН');
    await fillCitizen(con, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await presentAllDocuments(con);
    await con.getByTestId('intake-consent').check();
    await con.getByTestId('intake-register').click();
    await expect(con.getByTestId('case-number')).toContainText('ALM-CON', { timeout: 15_000 });
    const number = (await con.getByTestId('case-number').textContent())?.replace(/^.*№\s*/, '').trim() ?? '';
    expect(number).toMatch(/^ALM-CON-\d{4}-B\d{4}-\d{5}$/);
    await con.getByTestId('sync-now').click();
    await expect(indicator(con)).toHaveAttribute('data-online', 'false', { timeout: 15_000 });
    await expect(indicator(con)).toHaveAttribute('data-waiting', /^[1-9]\d*$/);
    await con.screenshot({ path: `${shots}sync-offline-ru.png` });

    // The link returns: the outbox is shipped; the ЦОН does its own steps and hands the case to the district office.
    await conContext.setOffline(false);
    await syncNow(con);
    await completeOwnSteps(con);
    await act(con, 'case.handover', async (page) => {
      await page.getByTestId('handover-to-office').fill('ALM-AU');
      await page.getByRole('dialog').getByLabel('Основание передачи').fill('Передача пакета в районный отдел услугодателя (п. 12 пп. 1)');
    });
    await syncNow(con);
    await logOut(con);

    // The district office pulls the case and works it: review, decision, issue.
    await logIn(au, STAFF.specialist.login);
    await syncNow(au);
    await openCase(au, number);
    await completeOwnSteps(au);
    await expect(au.getByTestId('case-status')).toHaveText('Решение');
    await logOut(au);
    await logIn(au, STAFF.head.login);
    await openCase(au, number);
    await act(au, 'decision.grant');
    await expect(au.getByTestId('case-status')).toHaveText('Выдача');
    await logOut(au);
    // The outgoing registration is the district office's; handing the notice to an applicant who applied at a ЦОН is
    // the ЦОН worker's step (002 R1: the issue step's actor for the ЦОН channel), so the case goes back to the ЦОН.
    await logIn(au, STAFF.specialist.login);
    await openCase(au, number);
    await completeOwnSteps(au);
    await expect(au.locator('[data-action="issue.deliver"]')).toBeDisabled();
    await act(au, 'case.handover', async (page) => {
      await page.getByTestId('handover-to-office').fill('ALM-CON');
      await page.getByRole('dialog').getByLabel('Основание передачи').fill('Решение принято, результат выдаётся через ЦОН');
    });
    await syncNow(au);
    await au.getByTestId('sync-open').click();
    await expect(au.getByTestId('sync-summary')).toContainText('На связи');
    await au.screenshot({ path: `${shots}sync-page-ru.png`, fullPage: true });
    await logOut(au);

    // The ЦОН pulls the decided case and hands the result to the applicant.
    await logIn(con, 'conworker');
    await syncNow(con);
    await openCase(con, number);
    await expect(con.getByTestId('case-status')).toHaveText('Выдача');
    await act(con, 'issue.deliver');
    await expect(con.getByTestId('case-status')).toHaveText('Услуга оказана');
    await expect(con.getByTestId('case-timeline')).toContainText(STAFF.head.name);
    await syncNow(con);

    // And the district office's journal agrees.
    await logIn(au, STAFF.head.login);
    await syncNow(au);
    await openCase(au, number);
    await expect(au.getByTestId('case-status')).toHaveText('Услуга оказана');
    await conContext.close();
    await auContext.close();
  });
});
