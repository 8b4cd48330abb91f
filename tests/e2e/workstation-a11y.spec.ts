import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PASSWORD, STAFF, caseNumberOnPage, createUsers, fillCitizen, logIn, logOut, openCase, pickService, presentAllDocuments, setUpOffice } from './workstation';

type Finding = { desk: string; rule: string; impact: string; help: string; targets: string[]; nodes: string[] };
const findings: Finding[] = [];
const summaryFile = fileURLToPath(new URL('../artifacts/axe-summary.json', import.meta.url));

/** Axe on the page as it is now; serious and critical violations are soft failures, all of them are kept for the report. */
async function audit(page: Page, desk: string): Promise<void> {
  // The print preview is a sandboxed srcdoc iframe (no scripts): axe cannot run inside it, and it is paper, not a desk.
  const result = await new AxeBuilder({ page })
    .options({ iframes: false })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('[data-testid="print-preview"]')
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations) {
    findings.push({ desk, rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), nodes: v.nodes.slice(0, 5).map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`) });
  }
  expect.soft(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${desk}`).toEqual([]);
}

const WORKLISTS = { to_register: 1, to_assign: 1, mine: 1, in_review: 1, at_commission: 1, awaiting_decision: 1, ready_to_issue: 1, due_soon: 1, overdue: 1 };

/** Every desk in the role's navigation, audited after its content has rendered. */
async function auditNavigation(page: Page, role: string): Promise<void> {
  const items = page.locator('[data-nav]');
  const names = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-nav') ?? ''));
  for (const name of names) {
    await page.locator(`[data-nav="${name}"]`).click();
    if (name === 'intake') await expect(page.getByTestId('intake-service')).toBeVisible();
    else if (name === 'catalogue') await expect(page.getByTestId('catalogue-list')).toBeVisible();
    else if (name === 'admin') await expect(page.getByTestId('user-create')).toBeVisible();
    else if (name in WORKLISTS) await expect(page.getByTestId('worklist-count')).toBeVisible();
    else await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await audit(page, `${role}: ${name}`);
  }
}

test.describe('accessibility of every desk (axe: no serious or critical violations) and keyboard-only intake', () => {
  test.afterAll(() => {
    writeFileSync(summaryFile, JSON.stringify(findings, null, 2));
  });

  test('first-start wizard and login screen', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await expect(page.getByTestId('setup-submit')).toBeVisible({ timeout: 30_000 });
    await audit(page, 'first-start wizard');
    // A submitted empty wizard shows its field errors: they must be announced as well as drawn.
    await page.getByTestId('setup-submit').click();
    await expect(page.getByTestId('setup-code')).toHaveAttribute('aria-invalid', 'true');
    await audit(page, 'first-start wizard with field errors');
    await setUpOffice(page);
    await audit(page, 'login');
    await page.getByTestId('login-login').fill(STAFF.admin.login);
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible({ timeout: 30_000 });
    await audit(page, 'login with an error');
  });

  test('the administrator’s, the operator’s and the specialist’s desks, intake with a service, case page and its dialogs', async ({ page }) => {
    test.setTimeout(300_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator, STAFF.specialist]);

    await logIn(page, STAFF.admin.login);
    await auditNavigation(page, 'admin');
    await logOut(page);

    // The operator's desks, intake with a chosen service (checklist, consent, why-not) and a registered case.
    await logIn(page, STAFF.operator.login);
    await page.locator('[data-nav="intake"]').click();
    await pickService(page, 'безработн', /Регистрация и постановка на учет безработных/);
    await fillCitizen(page, '900101300017', 'Сейітқали Әлия Нұрланқызы');
    await expect(page.getByTestId('intake-why-not')).toBeVisible();
    await audit(page, 'operator: intake with a service chosen');
    await presentAllDocuments(page);
    await page.getByTestId('intake-consent').check();
    await page.getByTestId('intake-register').click();
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
    const number = await caseNumberOnPage(page);
    await expect(page.getByTestId('process-chart')).toBeVisible();
    await audit(page, 'operator: case page with chart');
    await page.locator('[data-print="receipt"]').click();
    await expect(page.getByTestId('print-preview')).toBeVisible();
    await audit(page, 'operator: receipt preview dialog');
    await page.keyboard.press('Escape');
    await auditNavigation(page, 'operator');
    await logOut(page);

    await logIn(page, STAFF.specialist.login);
    await openCase(page, number);
    await page.locator('[data-action="step.complete"]').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, 'specialist: step dialog');
    await page.keyboard.press('Escape');
    await auditNavigation(page, 'specialist');
  });

  test('the head’s, the commission’s desks and the catalogue', async ({ page }) => {
    test.setTimeout(300_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.head, STAFF.chair, STAFF.member]);
    await logIn(page, STAFF.head.login);
    await auditNavigation(page, 'head');
    await logOut(page);
    await logIn(page, STAFF.chair.login);
    await auditNavigation(page, 'commission chair');
    await logOut(page);
    await logIn(page, STAFF.member.login);
    await auditNavigation(page, 'commission member');
    // The catalogue with a service opened (details, terms, steps).
    await page.locator('[data-nav="catalogue"]').click();
    await page.getByTestId('catalogue-list').getByRole('button', { name: /Выдача пропуска на въезд в пограничную зону/ }).last().click();
    await audit(page, 'catalogue: service details');
  });

  test('keyboard only: sign in, fill and submit the intake form with Tab, Space and Enter', async ({ page }) => {
    test.setTimeout(180_000);
    await setUpOffice(page);
    await createUsers(page, [STAFF.operator]);

    // Sign in: the login field has focus; Tab to the password, Enter submits.
    await expect(page.getByTestId('login-login')).toBeFocused();
    await page.keyboard.type(STAFF.operator.login);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('login-password')).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('session-user')).toBeVisible({ timeout: 30_000 });

    // The operator lands on intake with the service field focused: type, Enter takes the highlighted match.
    await expect(page.getByTestId('intake-service')).toBeFocused();
    await page.keyboard.type('безработн');
    await expect(page.getByRole('option', { name: /Регистрация и постановка на учет безработных/ }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('intake-service')).toHaveValue(/Регистрация и постановка на учет безработных/);

    await tabTo(page, page.getByTestId('intake-iin'));
    await page.keyboard.type('900101300017');
    await tabTo(page, page.getByTestId('intake-name'));
    await page.keyboard.type('Сейітқали Әлия Нұрланқызы');
    const boxes = page.getByTestId('intake-checklist').getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) {
      await tabTo(page, boxes.nth(i));
      await page.keyboard.press('Space');
      await expect(boxes.nth(i)).toBeChecked();
    }
    await tabTo(page, page.getByTestId('intake-consent'));
    await page.keyboard.press('Space');
    await expect(page.getByTestId('intake-why-not')).toBeHidden();
    await tabTo(page, page.getByTestId('intake-register'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-status')).toHaveText('Рассмотрение', { timeout: 15_000 });
  });

  test('keyboard: the "skip to content" link moves focus to the main area and keeps the page', async ({ page }) => {
    test.setTimeout(180_000);
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
    const url = page.url();
    const skip = page.getByRole('link', { name: 'Перейти к содержимому' });
    await skip.focus();
    await expect(skip).toBeVisible(); // shown while focused
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    expect(page.url()).toBe(url);
    await expect(page.getByTestId('case-page')).toBeVisible();
  });
});

/** Press Tab until `target` has focus (it must be reachable, within a sane number of stops). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, maxStops = 40): Promise<void> {
  for (let i = 0; i < maxStops; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
