import { expect, test } from '@playwright/test';
import { STAFF, act, completeOwnSteps, defineCommission, fillCitizen, logIn, logOut, officeWithStaff, openCase, pickService, presentAllDocuments, recordSitting, shots } from './workstation';

test.describe('targeted social assistance with the district commission (002 R7)', () => {
  test('composition in admin, assignment, inspection act, sitting with attendance and quorum, conclusion signed by chair and member under their logins, decision, issue', async ({ page }) => {
    test.setTimeout(300_000);
    await officeWithStaff(page);

    // The administrator defines the office's district commission; a draft without the regulation's commission is refused, with the reason.
    await logIn(page, STAFF.admin.login);
    const admin = page.getByTestId('commissions-admin');
    await admin.getByTestId('commission-name-ru').fill('Участковая комиссия № 1');
    await admin.getByTestId('commission-name-kk').fill('№ 1 учаскелік комиссия');
    await admin.getByTestId('commission-save').click();
    await expect(admin.getByTestId('commission-message')).toContainText('Выберите комиссию, предусмотренную регламентами');
    await defineCommission(page, { regulation: /Участковая комиссия/, nameRu: 'Участковая комиссия № 1', nameKk: '№ 1 учаскелік комиссия', chair: STAFF.chair.name, members: [STAFF.member.name] });
    await expect(admin.getByTestId('commission-row')).toContainText(STAFF.member.name);
    await logOut(page);

    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'адресной социальной', /Назначение государственной адресной социальной помощи/);
    await fillCitizen(page, '850315400124', 'Бекова Айгерім Серікқызы');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = (await page.getByTestId('case-number').textContent())?.replace(/^.*№\s*/, '').trim() ?? '';
    await logOut(page);

    // Head assigns the responsible specialist from the "to assign" worklist.
    await logIn(page, STAFF.head.login);
    await page.locator('[data-nav="to_assign"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await act(page, 'review.assign');
    await logOut(page);

    // The assigned specialist finds it under "mine", checks and sends it to the commission.
    await logIn(page, STAFF.specialist.login);
    await page.locator('[data-nav="mine"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Комиссия');
    await logOut(page);

    // A commission member inspects the family and records the act.
    await logIn(page, STAFF.member.login);
    await page.locator('[data-nav="at_commission"]').click();
    await page.getByRole('gridcell', { name: number }).click();
    await act(page, 'commission.inspect', async (p) => {
      await p.getByLabel('Членов семьи').fill('4');
      await p.getByLabel('Совокупный месячный доход семьи, тенге').fill('95000');
      await p.getByLabel('Жилищно-бытовые условия').fill('Двухкомнатная квартира, 4 человека, удовлетворительное состояние');
    });
    await completeOwnSteps(page, 1);
    await logOut(page);

    // The chair records the sitting: first without the member (no quorum — the conclusion stays closed, and says why),
    // then with everyone present; the conclusion on need follows and the chair signs it under their own login.
    await logIn(page, STAFF.chair.login);
    await openCase(page, number);
    await expect(page.locator('[data-why="commission.conclude"]')).toContainText('заседание комиссии');
    await recordSitting(page, 'Кабинет 12, районный отдел', [STAFF.member.name]);
    await expect(page.getByTestId('case-sitting')).toContainText('Кворума нет');
    await expect(page.getByTestId('sitting-absent')).toContainText(STAFF.member.name);
    await expect(page.locator('[data-why="commission.conclude"]')).toContainText('Нет кворума: на заседании присутствовали 1 из 2');
    await recordSitting(page, 'Кабинет 12, районный отдел');
    await expect(page.getByTestId('case-sitting')).toContainText('Кворум есть');
    await expect(page.getByTestId('sitting-present')).toContainText(STAFF.member.name);
    await expect(page.getByTestId('case-timeline')).toContainText('Отметить заседание комиссии');
    await act(page, 'commission.conclude', async (p) => {
      await p.getByTestId('conclusion-text').fill('Семья нуждается в государственной адресной социальной помощи');
    });
    await completeOwnSteps(page);
    await expect(page.getByTestId('case-status')).toHaveText('Решение');
    await act(page, 'commission.sign', async (p) => {
      await p.getByRole('checkbox').check();
    });
    await page.screenshot({ path: `${shots}commission-ru.png`, fullPage: true });
    await logOut(page);

    await logIn(page, STAFF.member.login);
    await openCase(page, number);
    await act(page, 'commission.sign', async (p) => {
      await p.getByRole('checkbox').check();
    });
    await logOut(page);

    // Specialist and head take the decision stage's steps in turn.
    for (let round = 0; round < 3; round++) {
      await logIn(page, STAFF.specialist.login);
      await openCase(page, number);
      await completeOwnSteps(page);
      await logOut(page);
      await logIn(page, STAFF.head.login);
      await openCase(page, number);
      if (await page.locator('[data-action="decision.grant"]:not([disabled])').count()) {
        await act(page, 'decision.grant');
        await logOut(page);
        break;
      }
      await completeOwnSteps(page);
      await logOut(page);
    }

    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await expect(page.getByTestId('case-status')).toHaveText('Выдача');
    await act(page, 'issue.deliver');
    await expect(page.getByTestId('case-status')).toHaveText('Услуга оказана');
    await expect(page.getByTestId('case-timeline')).toContainText('Подписать заключение');
    await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.chair.name} (Председатель комиссии)`);
    await expect(page.getByTestId('case-timeline')).toContainText(`${STAFF.member.name} (Член комиссии)`);
  });
});
