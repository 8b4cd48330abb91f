import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Page helpers for the workstation flows: the office is set up and staffed through the UI, as an office would. */
export const shots = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });

export const PASSWORD = 'Qwerty-2026!';

export const STAFF = {
  admin: { login: 'admin', name: 'Жанибеков Ерлан' },
  operator: { login: 'operator', name: 'Сейітқали Әлия', role: 'operator' },
  specialist: { login: 'specialist', name: 'Омарова Гүлнар', role: 'specialist' },
  head: { login: 'head', name: 'Ахметов Нұрлан', role: 'head' },
  chair: { login: 'chair', name: 'Иманова Сәуле', role: 'commission_chair' },
  member: { login: 'member', name: 'Қасымов Бауыржан', role: 'commission_member' },
} as const;

export async function setUpOffice(page: Page, code = 'ALM-AU'): Promise<void> {
  await page.goto('./');
  await page.getByTestId('setup-code').fill(code);
  await page.getByTestId('setup-nameRu').fill('Отдел занятости и социальных программ Ауэзовского района');
  await page.getByTestId('setup-nameKk').fill('Әуезов ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі');
  await page.getByTestId('setup-districtRu').fill('Ауэзовский район');
  await page.getByTestId('setup-districtKk').fill('Әуезов ауданы');
  await page.getByTestId('setup-providerRu').fill('Управление занятости и социальных программ города Алматы');
  await page.getByTestId('setup-providerKk').fill('Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы');
  // helper9: a first-start block comes from 9000–9999 (the centre never issues those); fixed here so numbers are known.
  await page.getByTestId('setup-block').fill('9001');
  await page.getByTestId('setup-adminName').fill(STAFF.admin.name);
  await page.getByTestId('setup-login').fill(STAFF.admin.login);
  await page.getByTestId('setup-password').fill(PASSWORD);
  await page.getByTestId('setup-passwordRepeat').fill(PASSWORD);
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('login-submit')).toBeVisible({ timeout: 30_000 });
}

export async function logIn(page: Page, login: string, role?: string): Promise<void> {
  await page.getByTestId('login-login').fill(login);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  if (role) {
    const choose = page.getByTestId('login-role-submit');
    if (await choose.isVisible({ timeout: 1_000 }).catch(() => false)) await choose.click();
  }
  await expect(page.getByTestId('session-user')).toBeVisible({ timeout: 30_000 });
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

export async function createUsers(page: Page, users: readonly { login: string; name: string; role: string }[]): Promise<void> {
  await logIn(page, STAFF.admin.login);
  for (const user of users) {
    await page.getByTestId('user-fullName').fill(user.name);
    await page.getByTestId('user-login').fill(user.login);
    await page.getByTestId('user-password').fill(PASSWORD);
    await page.getByTestId(`user-role-${user.role}`).check();
    await page.getByTestId('user-create').click();
    await expect(page.getByTestId('admin-message')).toContainText(user.name, { timeout: 30_000 });
  }
  await logOut(page);
}

/** A fresh office with its staff; returns signed out at the login screen. */
export async function officeWithStaff(page: Page): Promise<void> {
  await setUpOffice(page);
  await createUsers(page, [STAFF.operator, STAFF.specialist, STAFF.head, STAFF.chair, STAFF.member]);
}

export async function pickService(page: Page, fragment: string, option: RegExp): Promise<void> {
  await page.getByTestId('intake-service').fill(fragment);
  await page.getByRole('option', { name: option }).first().click();
}

export async function fillCitizen(page: Page, iin: string, name: string): Promise<void> {
  await page.getByTestId('intake-iin').fill(iin);
  await page.getByTestId('intake-name').fill(name);
}

/** Tick every document of the checklist (a complete package). */
export async function presentAllDocuments(page: Page): Promise<void> {
  const boxes = page.getByTestId('intake-checklist').getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
}

/** Perform the engine's offered action of this type on the open case page, filling the dialog with `fill`. */
export async function act(page: Page, type: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  const button = page.locator(`[data-action="${type}"]`).first();
  await expect(button).toBeEnabled();
  // Every action appends to the journal: wait until the timeline (a live query) shows it, so the next step starts
  // from a settled page.
  const entries = page.getByTestId('case-timeline').locator('li');
  const before = await entries.count();
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(page);
  await page.getByTestId('action-submit').click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await expect.poll(() => entries.count(), { timeout: 15_000 }).toBeGreaterThan(before);
}

export async function openCase(page: Page, number: string): Promise<void> {
  await page.getByTestId('quick-search').fill(number);
  await page.getByTestId('quick-search').press('Enter');
  await page.getByRole('gridcell', { name: number }).click();
  await expect(page.getByTestId('case-number')).toContainText(number);
}

/**
 * The case page is on screen with its journal (its actions render with it): the step helpers below count the enabled
 * actions, and must not count them on the worklist the row was clicked in.
 */
async function caseShown(page: Page): Promise<void> {
  await expect(page.getByTestId('case-timeline')).toBeVisible({ timeout: 15_000 });
}

/** Complete the current step repeatedly while the given role can only "complete the step". */
export async function completeSteps(page: Page, max = 10): Promise<void> {
  await caseShown(page);
  for (let i = 0; i < max; i++) {
    const step = page.locator('[data-action="step.complete"]:not([disabled])');
    if ((await step.count()) === 0) return;
    await act(page, 'step.complete');
  }
}

/**
 * Pin the browser's clock to an instant in Almaty office hours (it keeps ticking from there), for flows whose
 * assertions depend on "today": on-the-spot terms run in office minutes only, so on a weekend or after 18:00 their
 * due date is rightly the next working day. Call before the first `page.goto`.
 */
export const OFFICE_MORNING = '2026-11-18T10:00:00+05:00'; // a Wednesday, no holiday, 10:00 in Almaty
export async function atOfficeHours(page: Page, instant = OFFICE_MORNING): Promise<void> {
  await page.clock.install({ time: new Date(instant) });
}

/** 'YYYY-MM-DD' of the pinned office instant, as the UI writes dates (ДД.ММ.ГГГГ). */
export function shownDate(instant = OFFICE_MORNING): string {
  const [y, m, d] = instant.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** The case number from the case page heading ("Дело № …" / "№ … іс"). */
export async function caseNumberOnPage(page: Page): Promise<string> {
  await expect(page.getByTestId('case-number')).toContainText(/\d{5}/);
  const heading = (await page.getByTestId('case-number').textContent()) ?? '';
  return /([A-Z][A-Z0-9]*-[A-Z0-9-]+-\d{5})/.exec(heading)?.[1] ?? '';
}

/** Open the intake desk and choose a service (operator or specialist signed in). */
export async function startIntake(page: Page, fragment: string, option: RegExp): Promise<void> {
  await page.locator('[data-nav="intake"]').click();
  await pickService(page, fragment, option);
}

/** Choose an option of a MUI select (TextField select) by its label and the option's visible name. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

/**
 * Like `completeSteps`, but waits for each completion to reach the journal (one more timeline entry) before looking
 * for the next step — so a stale, still-enabled button of the step just completed is never clicked.
 */
export async function completeOwnSteps(page: Page, max = 10): Promise<number> {
  await caseShown(page);
  const entries = page.getByTestId('case-timeline').locator('li');
  for (let i = 0; i < max; i++) {
    const before = await entries.count();
    const step = page.locator('[data-action="step.complete"]:not([disabled])');
    if ((await step.count()) === 0) return i;
    await act(page, 'step.complete');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBeGreaterThan(before);
  }
  return max;
}

/**
 * Type a date into a date field (MUI X picker, labelled by `label`) the way a user does: click into the day, clear the
 * field, type ДД.ММ.ГГГГ. `iso` is 'YYYY-MM-DD'; the field must then show the date as ДД.ММ.ГГГГ.
 */
export async function typeDate(scope: Page | Locator, label: string | RegExp, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const shown = `${day}.${month}.${year}`;
  const field = scope.getByRole('group', { name: label, exact: typeof label === 'string' });
  const { keyboard } = 'keyboard' in scope ? scope : scope.page();
  await field.getByRole('spinbutton').first().click();
  await keyboard.press('ControlOrMeta+a');
  await keyboard.press('Backspace');
  await keyboard.type(shown);
  await expect(field.locator('input')).toHaveValue(shown);
}

/**
 * The administrator defines the office's commission (composition) on the admin page: the regulation's commission, the
 * names in both languages, the chair and the members. Leaves the administrator signed in on the admin page.
 */
export async function defineCommission(
  page: Page,
  commission: { readonly regulation: RegExp; readonly nameRu: string; readonly nameKk: string; readonly chair: string; readonly members: readonly string[] },
): Promise<void> {
  const section = page.getByTestId('commissions-admin');
  await expect(section).toBeVisible();
  await choose(page, 'Комиссия по регламенту', commission.regulation);
  await section.getByTestId('commission-name-ru').fill(commission.nameRu);
  await section.getByTestId('commission-name-kk').fill(commission.nameKk);
  await choose(page, 'Председатель', commission.chair);
  for (const member of commission.members) await section.getByRole('checkbox', { name: member }).check();
  await section.getByTestId('commission-save').click();
  await expect(section.getByTestId('commission-message')).toContainText(commission.nameRu);
  await expect(section.getByTestId('commission-row').filter({ hasText: commission.nameRu })).toBeVisible();
}

/** The chair records the commission's sitting on the open case page; `absent` are the names to untick. */
export async function recordSitting(page: Page, place: string, absent: readonly string[] = []): Promise<void> {
  await act(page, 'commission.sitting', async (p) => {
    const dialog = p.getByRole('dialog');
    await dialog.getByTestId('sitting-place').fill(place);
    for (const name of absent) await dialog.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
  });
}
