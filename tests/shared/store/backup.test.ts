import { afterEach, describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import {
  CaseDatabase,
  createBackup,
  exportCase,
  officeDirectory,
  readBackup,
  restoreBackup,
  SCHEMA_VERSION,
  sha256Hex,
  StoreError,
  storeMessage,
  TABLE_NAMES,
  verify,
  type StoreErrorCode,
} from '../../../shared/store';
import { advance, OFFICE, openTestDb, registerCase } from './fixtures';

const opened: CaseDatabase[] = [];
afterEach(async () => {
  const all = opened.splice(0);
  for (const d of all) d.close();
  for (const d of all) await d.delete();
});

async function track(db: CaseDatabase | Promise<CaseDatabase>) {
  const d = await db;
  opened.push(d);
  return d;
}

async function officeWithCases() {
  const db = await track(openTestDb());
  await officeDirectory.putOffice(db, { id: OFFICE, name: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы' } });
  await officeDirectory.putUser(db, { id: 'operator', officeId: OFFICE, fullName: 'Оператор', roles: ['operator'], active: true });
  let at = Date.parse('2026-03-02T04:00:00.000Z');
  for (const [i, service] of serviceVersions.slice(0, 6).entries()) {
    at += 600_000;
    const { caseId } = await registerCase(db, service, new Date(at).toISOString());
    for (let s = 0; s < i; s++) {
      at += 3_600_000;
      await advance(db, caseId, new Date(at).toISOString());
    }
  }
  return db;
}

async function dump(db: CaseDatabase) {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

const gunzip = async (bytes: Uint8Array) => new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
const gzip = async (bytes: Uint8Array) => new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());

/** Rewrites a backup's text (header and body) and compresses it again. */
async function rewrite(bytes: Uint8Array, edit: (header: Record<string, unknown>, body: string) => Promise<[Record<string, unknown>, string]> | [Record<string, unknown>, string]) {
  const text = new TextDecoder().decode(await gunzip(bytes));
  const newline = text.indexOf('\n');
  const [header, body] = await edit(JSON.parse(text.slice(0, newline)) as Record<string, unknown>, text.slice(newline + 1));
  return gzip(new TextEncoder().encode(`${JSON.stringify(header)}\n${body}`));
}

async function refusal(promise: Promise<unknown>): Promise<StoreErrorCode> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return (error as StoreError).code;
  }
  throw new Error('expected a refusal');
}

describe('backup and restore', () => {
  it('round-trips the whole database into an empty profile', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source);
    expect(file.fileName).toMatch(/^backup-ALM-AU-\d{8}-\d{4}\.jsonl\.gz$/);
    expect(file.header).toMatchObject({ schemaVersion: SCHEMA_VERSION, office: OFFICE, counts: { cases: 6, offices: 1, users: 1 } });
    const target = await track(new CaseDatabase({ name: `restore-${crypto.randomUUID()}` }));
    await target.open();
    const restored = await restoreBackup(target, file.bytes);
    expect(restored.header).toEqual(file.header);
    expect(await dump(target)).toEqual(await dump(source));
    expect((await verify(target)).ok).toBe(true);
    // The restored office goes on working: the chains continue.
    const someCase = (await target.cases.toArray()).find((r) => r.worklist !== 'closed')!;
    expect((await advance(target, someCase.id, '2026-03-20T05:00:00.000Z'))?.ok).toBe(true);
  });

  it('refuses a restore into a profile that already has data, and writes nothing', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source);
    const target = await track(openTestDb());
    await registerCase(target);
    const before = await dump(target);
    expect(await refusal(restoreBackup(target, file.bytes))).toBe('restoreNotEmpty');
    expect(await dump(target)).toEqual(before);
  });

  it.each([
    ['a truncated file', 'backupTruncated', async (b: Uint8Array) => b.slice(0, Math.floor(b.length * 0.6))],
    ['a file cut in its last bytes', 'backupTruncated', async (b: Uint8Array) => b.slice(0, b.length - 3)],
    ['a corrupt byte in the compressed data', 'backupCorrupt', async (b: Uint8Array) => flip(b, Math.floor(b.length / 2))],
    ['a corrupt byte early in the compressed data', 'backupCorrupt', async (b: Uint8Array) => flip(b, Math.floor(b.length * 0.2))],
    ['a corrupt byte late in the compressed data', 'backupCorrupt', async (b: Uint8Array) => flip(b, Math.floor(b.length * 0.9))],
    ['a body that does not match its checksum', 'backupCorrupt', (b: Uint8Array) => rewrite(b, (h, body) => [h, body.replace('"seq":1', '"seq":7')])],
    ['a row missing (counts and checksum updated)', 'backupCorrupt', (b: Uint8Array) =>
      rewrite(b, async (h, body) => {
        const lines = body.split('\n').filter((l) => !l.startsWith('{"t":"users"'));
        const text = lines.join('\n');
        return [{ ...h, bodyBytes: new TextEncoder().encode(text).length, bodySha256: await sha256Hex(text) }, text];
      })],
    ['a tampered action (checksum updated)', 'backupCorrupt', (b: Uint8Array) =>
      rewrite(b, async (h, body) => {
        const text = body.replace(/"fullName":"[^"]+"/, '"fullName":"Подмена"');
        return [{ ...h, bodyBytes: new TextEncoder().encode(text).length, bodySha256: await sha256Hex(text) }, text];
      })],
    ['a backup of another schema version', 'backupWrongSchema', (b: Uint8Array) => rewrite(b, (h, body) => [{ ...h, schemaVersion: 1 }, body])],
    ['a gzip file of something else', 'backupNotBackup', async () => gzip(new TextEncoder().encode('{"hello":"world"}\nmore\n'))],
    ['not a gzip file at all', 'backupNotBackup', async () => new TextEncoder().encode('id;name\n1;Иванов\n'.repeat(5))],
  ] as const)('refuses %s with a clear message, writing nothing', async (_what, code, damage) => {
    const source = await officeWithCases();
    const file = await createBackup(source);
    const damaged = await damage(file.bytes);
    const target = await track(new CaseDatabase({ name: `restore-${crypto.randomUUID()}` }));
    await target.open();
    let error: unknown;
    try {
      await restoreBackup(target, damaged);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe(code);
    const message = (error as StoreError).localized;
    expect(message.ru).not.toMatch(/\{\{/);
    expect(message.kk).not.toMatch(/\{\{/);
    if (code === 'backupWrongSchema') expect(message).toEqual(storeMessage('backupWrongSchema', { found: 1, expected: SCHEMA_VERSION }));
    for (const table of TABLE_NAMES) expect(await target.table(table).count(), table).toBe(0);
  });

  it('readBackup checks without a database', async () => {
    const file = await createBackup(await officeWithCases());
    const contents = await readBackup(file.bytes);
    expect(contents.tables.cases).toHaveLength(6);
  });
});

describe('export of one case', () => {
  it('holds the case row and its whole journal, with the chain verified', async () => {
    const db = await officeWithCases();
    const row = (await db.cases.toArray()).find((r) => r.actionCount > 2)!;
    const file = await exportCase(db, row.id);
    expect(file.fileName).toBe(`case-${row.number}.json`);
    const parsed = JSON.parse(file.text) as { case: unknown; journal: { seq: number }[]; chain: { ok: boolean } };
    expect(parsed.case).toEqual(row);
    expect(parsed.journal.map((e) => e.seq)).toEqual(Array.from({ length: row.actionCount }, (_v, i) => i + 1));
    expect(parsed.chain.ok).toBe(true);
    expect(await refusal(exportCase(db, 'no-such-case'))).toBe('caseNotFound');
  });
});

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}
