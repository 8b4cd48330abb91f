import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../shared/reports/csv';
import type { DeadlinesDashboard } from '../../shared/reports/deadlinesDashboard';
import type { ServiceStatistics } from '../../shared/reports/serviceStatistics';
import { STAFF, atOfficeHours, logIn, officeWithStaff, shots, typeDate } from './workstation';

/**
 * The heads' reports in the built app: the known-answers office of tests/shared/reports (April 2026) is written into
 * the office database the page opened, then the head generates the statistics for April, checks the figures, exports
 * XLSX and CSV and reads them back, opens a case from the deadlines dashboard, and the charts are photographed in both
 * languages for review (resources/screenshots/reports-ru.png / reports-kk.png).
 */
const OFFICE = 'ALM-AU';
const TODAY = '2026-11-18';
const screenshots = fileURLToPath(new URL('../../resources/screenshots/', import.meta.url));

type Seed = { readonly entries: unknown[]; readonly rows: unknown[]; readonly statistics: ServiceStatistics; readonly dashboard: DeadlinesDashboard };

/** The known-answers office (tests/shared/reports/knownAnswers.ts), built by tests/e2e/reportsSeed.ts under tsx. */
function seededOffice(): Seed {
  const script = fileURLToPath(new URL('./reportsSeed.ts', import.meta.url));
  return JSON.parse(execFileSync('npx', ['tsx', script, OFFICE, TODAY], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Seed;
}

/**
 * Writes journal entries and their projections into the app's own IndexedDB, as a restore would, and asks the store to
 * derive their report facts (the marker a schema upgrade, a rebuild or a restore leaves: shared/store/reportFactsStore.ts).
 */
async function seed(page: Page, data: Pick<Seed, 'entries' | 'rows'>): Promise<void> {
  await page.evaluate(async ({ entries, rows }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kz-state-services');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['actions', 'cases', 'settings'], 'readwrite');
      for (const entry of entries) tx.objectStore('actions').put(entry);
      for (const row of rows) tx.objectStore('cases').put(row);
      tx.objectStore('settings').put({ key: 'store.reportFactsPending', value: { since: 'e2e seed' } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, data);
}

async function audit(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).options({ iframes: false }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join(', ')}`), `axe on ${what}`).toEqual([]);
}

test.describe('reports for heads', () => {
  test('statistics for April 2026 agree with the seeded journals; XLSX and CSV read back; dashboard opens a case; charts in ru and kk', async ({ page }) => {
    test.setTimeout(240_000);
    await atOfficeHours(page, `${TODAY}T10:00:00+05:00`);
    await officeWithStaff(page);
    const { entries, rows, statistics: expected, dashboard } = seededOffice();
    await seed(page, { entries, rows });
    expect(expected.total.received).toBe(8);

    await logIn(page, STAFF.head.login);
    // The app bar's count on every screen: overdue + due today.
    const badge = page.getByTestId('deadline-badge');
    await expect(badge).toHaveAttribute('data-count', String(dashboard.counts.overdue + dashboard.counts.today));

    // Statistics for April.
    await page.locator('[data-nav="reports"]').click();
    await typeDate(page, /^Период с/, '2026-04-01');
    await typeDate(page, /^Период по/, '2026-04-30');
    const services = page.getByTestId('statistics-services');
    await expect(services).toBeVisible({ timeout: 30_000 });
    const totalRow = services.locator('.report-total');
    await expect(totalRow).toBeVisible();
    const cells = await totalRow.locator('[role="gridcell"]').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual(['Итого', '8', '6', '1', '1', '1', '2', '1', '2', '1', '3', '7', '12']);
    await expect(page.getByTestId('statistics-grounds')).toContainText('1');
    await expect(page.getByTestId('report-charts')).toBeVisible();
    await expect(page.getByTestId('report-charts').locator('svg').first()).toBeVisible();
    await audit(page, 'statistics');
    await page.screenshot({ path: `${shots}statistics-ru.png`, fullPage: true });

    // XLSX: download and read back with exceljs.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Услуги', 'Этапы', 'Отказы по основаниям', 'По неделям']);
    const sheet = book.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(5)[1]).toBe('Поступило');
    expect(values(sheet.rowCount)).toEqual(['Итого', 8, 6, 1, 1, 1, 2, 1, 2, 1, 3, 7, 12]);
    expect(values(sheet.rowCount - 1)[0]).toMatch(/протез/i);

    // CSV: UTF-8 with BOM, ";" separated, the same total row.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-csv').click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)).toContainEqual(['Итого', '8', '6', '1', '1', '1', '2', '1', '2', '1', '3', '7', '12']);

    // Charts in both languages, looked at by a person (the review): nothing cut, Kazakh letters drawn.
    const charts = page.getByTestId('report-charts');
    await charts.scrollIntoViewIfNeeded();
    await charts.screenshot({ path: `${screenshots}reports-ru.png` });
    await page.getByTestId('lang-kk').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { name: 'Қызметтер статистикасы' })).toBeVisible();
    await expect(services.locator('.report-total [role="gridcell"]').first()).toHaveText('Барлығы');
    await charts.scrollIntoViewIfNeeded();
    await charts.screenshot({ path: `${screenshots}reports-kk.png` });
    // Away from the language switch: axe would measure its hover colours, not the page's.
    await page.mouse.move(700, 600);
    await audit(page, 'statistics (kk)');
    await page.getByTestId('lang-ru').click();

    // The deadlines dashboard: counts as computed, and a row opens its case.
    await page.locator('[data-nav="dashboard"]').click();
    await expect(page.getByTestId('dashboard-count-overdue')).toHaveText(String(dashboard.counts.overdue));
    await expect(page.getByTestId('dashboard-count-today')).toHaveText(String(dashboard.counts.today));
    await expect(page.getByTestId('dashboard-count-soon')).toHaveText(String(dashboard.counts.soon));
    await audit(page, 'deadlines dashboard');
    await page.screenshot({ path: `${shots}dashboard-ru.png`, fullPage: true });
    const first = dashboard.rows[0]!;
    await page.getByTestId('dashboard-cases-grid').getByRole('gridcell', { name: first.number }).click();
    await expect(page.getByTestId('case-number')).toContainText(first.number);

    // The correspondence journal exports too.
    await page.locator('[data-nav="journals"]').click();
    // The current month (November): the one case lodged on 16.11.
    await expect(page.getByTestId('journal-table')).toBeVisible();
    const [journal] = await Promise.all([page.waitForEvent('download'), page.getByTestId('journal-xlsx').click()]);
    const jbook = new ExcelJS.Workbook();
    await jbook.xlsx.load(readFileSync(await journal.path()) as unknown as ArrayBuffer);
    // Title, office, period, blank, header, then one row per application lodged in the period.
    const jsheet = jbook.worksheets[0]!;
    expect(jsheet.rowCount).toBe(6);
    expect((jsheet.getRow(6).values as unknown[]).slice(1)).toEqual([1, '16.11.2026 10:00', 'ALM-AU-2026-B0001-00013', expect.stringMatching(/протез/i), 'Заявитель P10, 900101300017', 'Заявление принято', 'operator user']);
  });
});
