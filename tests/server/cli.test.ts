import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeAuthorization, SYNC_PATHS } from '../../shared/sync/protocol';
import { call, startCentre, type Centre } from './harness';
import { freshDatabase, type TestDatabase } from './pg';

/** `npm run server -- …` office set-up commands, as the README gives them, against the database the service uses. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const cli = (args: readonly string[], databaseUrl: string) =>
  run(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });

let database: TestDatabase;
let centre: Centre;
beforeAll(async () => {
  database = await freshDatabase('sync_cli');
  centre = await startCentre({ database });
});
afterAll(async () => {
  await centre?.close();
  await database?.drop();
});

describe('npm run server -- (office set-up)', () => {
  it('creates an office and prints its admin token once; the token then works; a second create changes nothing', async () => {
    const created = await cli(['--create-office', 'ALM-CLI', '--kind', 'con', '--name-ru', 'ЦОН Алмалинский', '--name-kk', 'Алмалы ХҚКО'], database.url);
    const token = /token[^:]*: (\S+)/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^[\w-]{43}$/);
    const code = await call<{ code: string; officeId: string }>(centre.url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, officeAuthorization('ALM-CLI', token ?? ''));
    expect(code.status).toBe(201);
    expect(code.body.officeId).toBe('ALM-CLI');

    const again = await cli(['--create-office', 'ALM-CLI', '--kind', 'con', '--name-ru', 'x', '--name-kk', 'y'], database.url);
    expect(again.stdout).toContain('exists already');
    const printed = await cli(['--enrolment-code', 'ALM-CLI', '--ttl-minutes', '30'], database.url);
    expect(printed.stdout).toMatch(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
  }, 60_000);

  it('refuses a bad office code with a message and a non-zero exit', async () => {
    await expect(cli(['--create-office', 'alm au', '--kind', 'district', '--name-ru', 'x', '--name-kk', 'y'], database.url)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Bad office code') });
  }, 60_000);
});
