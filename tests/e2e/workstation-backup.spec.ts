import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { logIn, setUpOffice, STAFF } from './workstation';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

test.describe('backup of the office database (browser: a download)', () => {
  test('the administrator saves a streamed backup; the file holds the office and its hash chain checks out', async ({ page }) => {
    await setUpOffice(page);
    await logIn(page, STAFF.admin.login);
    const download = page.waitForEvent('download');
    await page.getByTestId('admin-backup').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^backup-ALM-AU-\d{8}-\d{4}\.jsonl\.gz$/);
    await expect(page.getByTestId('admin-message')).toContainText('Резервная копия сохранена');
    // The progress disappears once done and the button is usable again.
    await expect(page.getByTestId('admin-backup-progress')).toHaveCount(0);
    await expect(page.getByTestId('admin-backup')).toBeEnabled();

    // Checked here with Node's own zlib and crypto, independently of the app's reader (shared/store/backup.ts).
    const lines = gunzipSync(await readFile(await file.path())).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    const header = JSON.parse(lines[0]!) as { format: string; formatVersion: number; office: string };
    expect(header).toMatchObject({ format: 'kz-state-services/backup', formatVersion: 2, office: 'ALM-AU' });
    const trailer = (JSON.parse(lines.at(-1)!) as { end: { counts: Record<string, number>; sha256: string } }).end;
    expect(trailer.counts).toMatchObject({ offices: 1, users: 1, credentials: 1 });
    let link = sha256(`${lines[0]}\n`);
    let segment = '';
    const users: { fullName: string }[] = [];
    for (const line of lines.slice(1, -1)) {
      const record = JSON.parse(line) as { s?: { sha256: string }; t?: string; r?: { fullName: string } };
      if (record.s) {
        link = sha256(`${link}${segment}`);
        expect(record.s.sha256).toBe(link);
        segment = '';
      } else {
        segment += `${line}\n`;
        if (record.t === 'users') users.push(record.r!);
      }
    }
    expect(trailer.sha256).toBe(link);
    expect(users.map((u) => u.fullName)).toEqual([STAFF.admin.name]);
  });

  test('a new computer restores the office from that file on its first start, and its users sign in', async ({ page, browser }) => {
    await setUpOffice(page);
    await logIn(page, STAFF.admin.login);
    const download = page.waitForEvent('download');
    await page.getByTestId('admin-backup').click();
    const path = await (await download).path();

    // Another profile (a new computer): the first-start screen offers the restore beside the set-up.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('./');
    const chooser = other.waitForEvent('filechooser');
    await other.getByTestId('setup-restore').click();
    await (await chooser).setFiles(path);
    await expect(other.getByTestId('login-submit')).toBeVisible({ timeout: 30_000 });
    await logIn(other, STAFF.admin.login);
    await expect(other.getByTestId('session-user')).toContainText(STAFF.admin.name);
    await fresh.close();
  });

  test('a file that is not a backup is refused on first start with a message, and the profile stays empty', async ({ page }) => {
    await page.goto('./');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('setup-restore').click();
    await (await chooser).setFiles({ name: 'notes.jsonl.gz', mimeType: 'application/gzip', buffer: Buffer.from('это не резервная копия') });
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('setup-submit')).toBeVisible();
  });
});
