import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import {
  allReportFacts,
  CaseDatabase,
  BACKUP_FORMAT,
  createBackup,
  exportCase,
  planBackup,
  writeBackup,
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
import { buildTemplates } from '../../bench/officeTemplates';
import { seedOffice } from '../../bench/officeSeed';
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

/**
 * Rewrites a format-2 backup's rows and compresses it again. `edit` gets the header and the row lines of each segment;
 * the checkpoints and the trailer's hashes are computed anew (so the damage reaches the checks behind them), the
 * trailer's counts are kept unless `recount`.
 */
async function rewrite(
  bytes: Uint8Array,
  edit: (header: Record<string, unknown>, rows: string[]) => [Record<string, unknown>, string[]],
  recount = false,
) {
  const lines = new TextDecoder().decode(await gunzip(bytes)).split('\n');
  lines.pop();
  const trailer = (JSON.parse(lines.pop()!) as { end: { counts: Record<string, number> } }).end;
  const segments: string[][] = [[]];
  for (const line of lines.slice(1)) {
    if (line.startsWith('{"s":')) segments.push([]);
    else segments.at(-1)!.push(line);
  }
  segments.pop();
  const edited = segments.map((rows) => edit(JSON.parse(lines[0]!) as Record<string, unknown>, rows));
  const header = edited[0]?.[0] ?? (JSON.parse(lines[0]!) as Record<string, unknown>);
  let text = `${JSON.stringify(header)}\n`;
  let link = await sha256Hex(text);
  let rows = 0;
  let bodyBytes = 0;
  const counts: Record<string, number> = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0]));
  for (const [i, [, segmentRows]] of edited.entries()) {
    const body = segmentRows.map((l) => `${l}\n`).join('');
    link = await sha256Hex(`${link}${body}`);
    for (const l of segmentRows) counts[(JSON.parse(l) as { t: string }).t]! += 1;
    rows += segmentRows.length;
    bodyBytes += new TextEncoder().encode(body).length;
    text += `${body}${JSON.stringify({ s: { i: i + 1, rows: segmentRows.length, bytes: new TextEncoder().encode(body).length, sha256: link } })}\n`;
  }
  text += `${JSON.stringify({ end: { counts: recount ? counts : trailer.counts, segments: edited.length, rows, bodyBytes, sha256: link } })}\n`;
  return gzip(new TextEncoder().encode(text));
}

/** A backup as the program wrote it before streaming (format version 1): one header with counts and SHA-256. */
async function formatVersion1Backup(db: CaseDatabase): Promise<Uint8Array> {
  const rows = await Promise.all(TABLE_NAMES.map((t) => db.table(t).toArray()));
  const lines: string[] = [];
  TABLE_NAMES.forEach((t, i) => {
    for (const r of rows[i] ?? []) lines.push(JSON.stringify({ t, r }));
  });
  const body = new TextEncoder().encode(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    office: OFFICE,
    createdAt: '2026-03-02T04:00:00.000Z',
    counts: Object.fromEntries(TABLE_NAMES.map((t, i) => [t, rows[i]?.length ?? 0])),
    bodyBytes: body.byteLength,
    bodySha256: await sha256Hex(body),
  };
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const whole = new Uint8Array(head.length + body.length);
  whole.set(head);
  whole.set(body, head.length);
  return gzip(whole);
}

/** A new, empty profile with the setting first start writes (a restore keeps it when it fails). */
async function emptyProfile() {
  const db = await track(new CaseDatabase({ name: `restore-${crypto.randomUUID()}` }));
  await db.open();
  await db.settings.put({ key: 'ui.language', value: 'kk' });
  return db;
}

async function expectUntouched(db: CaseDatabase) {
  for (const table of TABLE_NAMES) {
    if (table === 'settings') expect(await db.settings.toArray()).toEqual([{ key: 'ui.language', value: 'kk' }]);
    else expect(await db.table(table).count(), table).toBe(0);
  }
}

/** The bytes as a stream of chunks of the given sizes (cycled), as a file arrives through IPC or `file.stream()`. */
function chunked(bytes: Uint8Array, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      const size = Math.max(1, sizes[i++ % sizes.length] ?? 1);
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
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
    // The report facts are not in the file: the restore derives them, the same as the office wrote them.
    expect(await allReportFacts(target)).toEqual(await allReportFacts(source));
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
    ['a body that does not match its checksum', 'backupCorrupt', async (b: Uint8Array) => {
      const text = new TextDecoder().decode(await gunzip(b)).replace('"seq":1', '"seq":7');
      return gzip(new TextEncoder().encode(text));
    }],
    ['a row missing (checkpoints updated, counts not)', 'backupCorrupt', (b: Uint8Array) =>
      rewrite(b, (h, rows) => [h, rows.filter((l) => !l.startsWith('{"t":"users"'))])],
    ['a tampered action (checksums updated)', 'backupCorrupt', (b: Uint8Array) =>
      rewrite(b, (h, rows) => [h, rows.map((l) => l.replace(/"fullName":"[^"]+"/, '"fullName":"Подмена"'))], true)],
    ['an action missing from a chain (checksums and counts updated)', 'backupCorrupt', (b: Uint8Array) =>
      rewrite(b, (h, rows) => [h, rows.filter((l) => !(l.startsWith('{"t":"actions"') && l.includes('"seq":2,')))], true)],
    ['a file without its trailer', 'backupTruncated', async (b: Uint8Array) => {
      const lines = new TextDecoder().decode(await gunzip(b)).split('\n');
      return gzip(new TextEncoder().encode(`${lines.slice(0, -2).join('\n')}\n`));
    }],
    ['rows after the trailer', 'backupCorrupt', async (b: Uint8Array) => {
      const text = new TextDecoder().decode(await gunzip(b));
      return gzip(new TextEncoder().encode(`${text}{"t":"users","r":{"id":"x"}}\n`));
    }],
    ['a backup of another schema version', 'backupWrongSchema', (b: Uint8Array) => rewrite(b, (h, rows) => [{ ...h, schemaVersion: 1 }, rows])],
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

  it('restores a backup written by schema v4, deriving what v5 added (report facts, refusal grounds)', async () => {
    const source = await officeWithCases();
    // Two cases refused on the merits, so the v4 rows lack grounds the journal holds.
    let at = Date.parse('2026-03-05T04:00:00.000Z');
    for (let i = 0; i < 2; i++) {
      const { caseId } = await registerCase(source, undefined, new Date((at += 600_000)).toISOString());
      for (let s = 0; s < 40; s++) if (!(await advance(source, caseId, new Date((at += 3_600_000)).toISOString(), false))) break;
    }
    const refused = (await source.cases.toArray()).filter((r) => r.status === 'refused');
    expect(refused.length).toBe(2);
    expect(refused.every((r) => r.refusalGroundId !== undefined)).toBe(true);
    const file = await createBackup(source);
    const v4File = await rewrite(file.bytes, (h, rows) => [{ ...h, schemaVersion: 4 }, rows.map((l) => (l.startsWith('{"t":"cases"') ? l.replace(/,"refusalGroundId":"[^"]+"/, '') : l))]);
    expect(new TextDecoder().decode(await gunzip(v4File))).not.toContain('refusalGroundId');
    const target = await emptyProfile();
    await restoreBackup(target, v4File);
    const [restoredTables, sourceTables] = [await dump(target), await dump(source)];
    for (const table of TABLE_NAMES) expect(restoredTables[table], table).toEqual(table === 'settings' ? [{ key: 'ui.language', value: 'kk' }] : sourceTables[table]);
    expect(await allReportFacts(target)).toEqual(await allReportFacts(source));
    expect((await verify(target)).ok).toBe(true);
  });

  it('readBackup checks without a database', async () => {
    const file = await createBackup(await officeWithCases());
    const contents = await readBackup(file.bytes);
    expect(contents.tables.cases).toHaveLength(6);
  });
});

describe('streamed backup and restore (an office of any size)', () => {
  async function seeded(cases: number) {
    const db = await track(new CaseDatabase({ name: `seeded-${crypto.randomUUID()}`, durability: 'relaxed' }));
    await db.open();
    await officeDirectory.putOffice(db, { id: OFFICE, name: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы' } });
    await officeDirectory.putUser(db, { id: 'operator', officeId: OFFICE, fullName: 'Оператор', roles: ['operator'], active: true });
    await seedOffice(db, buildTemplates(), { cases, office: OFFICE, deviceId: 'device-1', now: new Date('2026-03-02T04:00:00.000Z') });
    // Rows of the per-case tables the seed does not write, so their paging is exercised too.
    const someCases = await db.cases.limit(40).toArray();
    for (const [i, row] of someCases.entries()) {
      const first = await db.actions.where('[caseId+seq]').equals([row.id, 1]).first();
      await db.outbox.add({ actionId: first!.id, caseId: row.id, queuedAt: row.registeredAt });
      if (i % 2 === 0) await db.replicas.add({ actionId: first!.id, caseId: row.id, origin: 'local', at: row.registeredAt });
    }
    return db;
  }

  it('round-trips a few thousand cases through many small pages and chunks, reporting progress', async () => {
    const source = await seeded(2500);
    const expectedRows = (await Promise.all(TABLE_NAMES.map((t) => source.table(t).count()))).reduce((a, b) => a + b, 0);
    const plan = await planBackup(source);
    const chunks: Uint8Array[] = [];
    const progress: number[] = [];
    const header = await writeBackup(source, plan, async (chunk) => void chunks.push(chunk), {
      pageSize: 97,
      chunkBytes: 16 * 1024,
      onProgress: (p) => progress.push(p.rows),
    });
    expect(chunks.length).toBeGreaterThan(20);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.byteLength).toBeGreaterThanOrEqual(16 * 1024);
    expect(progress.length).toBeGreaterThan(2500 / 97);
    expect(progress).toEqual(progress.toSorted((a, b) => a - b));
    expect(progress.at(-1)).toBe(expectedRows);
    expect(header.counts.cases).toBe(2500);
    expect(header.counts.outbox).toBe(40);

    const target = await emptyProfile();
    const restoring: number[] = [];
    // The file arrives in odd-sized pieces, as from a disk or IPC.
    const restored = await restoreBackup(target, chunked(concatAll(chunks), [7_001, 65_536, 3, 250_000]), { onProgress: (p) => restoring.push(p.rows) });
    expect(restored.header).toEqual(header);
    expect(restoring.at(-1)).toBe(expectedRows);
    const [restoredTables, sourceTables] = [await dump(target), await dump(source)];
    // Settings are merged: the profile's own first-start settings stay beside the backup's (the source has none).
    for (const table of TABLE_NAMES) expect(restoredTables[table], table).toEqual(table === 'settings' ? [{ key: 'ui.language', value: 'kk' }] : sourceTables[table]);
    expect((await verify(target)).ok).toBe(true);
  }, 120_000);

  it('keeps every case consistent with its journal while the office works during the backup', async () => {
    const source = await officeWithCases();
    let at = Date.parse('2026-03-10T04:00:00.000Z');
    let rounds = 0;
    // Between pages, operators go on: a new case, and the next action on every open case.
    const work = async () => {
      rounds += 1;
      at += 600_000;
      await registerCase(source, serviceVersions[rounds % serviceVersions.length], new Date(at).toISOString());
      for (const row of await source.cases.toArray()) await advance(source, row.id, new Date((at += 60_000)).toISOString());
    };
    let pending = Promise.resolve();
    const chunks: Uint8Array[] = [];
    const header = await writeBackup(
      source,
      await planBackup(source),
      async (chunk) => {
        chunks.push(chunk);
        await pending;
      },
      { pageSize: 1, chunkBytes: 1, onProgress: () => void (pending = pending.then(work)) },
    );
    await pending;
    expect(rounds).toBeGreaterThan(3);
    expect(await source.actions.count()).toBeGreaterThan(header.counts.actions);
    const target = await emptyProfile();
    await restoreBackup(target, concatAll(chunks));
    // Every case in the file is whole: its projection matches its chain (verify compares them).
    const report = await verify(target);
    expect(report.problems).toEqual([]);
    expect(report.cases).toBe(header.counts.cases);
  }, 60_000);

  it('never leaves a half-restored profile when the file is cut at any byte', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source, { pageSize: 1 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: file.bytes.length - 1 }), async (cut) => {
        const target = await emptyProfile();
        const code = await refusal(restoreBackup(target, chunked(file.bytes.slice(0, cut), [997])));
        expect(['backupTruncated', 'backupCorrupt']).toContain(code);
        await expectUntouched(target);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('calls a file cut inside its first bytes truncated, not "not a backup" (every cut of the gzip header and first line)', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source, { pageSize: 1 });
    const target = await emptyProfile();
    for (let cut = 0; cut < Math.min(240, file.bytes.length); cut += 1) {
      expect([cut, await refusal(restoreBackup(target, chunked(file.bytes.slice(0, cut), [997])))]).toEqual([cut, 'backupTruncated']);
    }
    await expectUntouched(target);
  }, 120_000);

  it('clears what it wrote when a late segment fails (a broken chain after several good segments)', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source, { pageSize: 1 });
    let segment = 0;
    const damaged = await rewrite(file.bytes, (h, rows) => {
      segment += 1;
      return [h, segment === 5 ? rows.map((l) => (l.startsWith('{"t":"actions"') ? l.replace('"seq":1,', '"seq":1,"x":1,') : l)) : rows];
    }, true);
    const target = await emptyProfile();
    const written: number[] = [];
    expect(await refusal(restoreBackup(target, damaged, { onProgress: (p) => written.push(p.rows) }))).toBe('backupCorrupt');
    expect(written.length).toBeGreaterThanOrEqual(3);
    await expectUntouched(target);
  });

  it('still restores a format version 1 backup, and refuses one cut short', async () => {
    const source = await officeWithCases();
    const v1 = await formatVersion1Backup(source);
    const target = await emptyProfile();
    const restored = await restoreBackup(target, chunked(v1, [1000]));
    expect(restored.header).toMatchObject({ formatVersion: 1, office: OFFICE, counts: { cases: 6, offices: 1 } });
    const { settings: _s, ...restoredTables } = await dump(target);
    const { settings: _t, ...sourceTables } = await dump(source);
    expect(restoredTables).toEqual(sourceTables);
    const other = await emptyProfile();
    expect(await refusal(restoreBackup(other, v1.slice(0, Math.floor(v1.length / 2))))).toBe('backupTruncated');
    await expectUntouched(other);
  });

  it('finishes a restore that a crash interrupted: the leftovers are cleared first', async () => {
    const source = await officeWithCases();
    const file = await createBackup(source);
    const target = await emptyProfile();
    await target.settings.put({ key: 'backup.restoreInProgress', value: { startedAt: '2026-03-02T04:00:00.000Z' } });
    await target.users.add({ id: 'half', officeId: OFFICE, fullName: 'Половина', roles: [], active: true });
    await restoreBackup(target, file.bytes);
    expect(await target.users.get('half')).toBeUndefined();
    expect(await target.settings.get('backup.restoreInProgress')).toBeUndefined();
    expect(await target.cases.count()).toBe(6);
  });

  it('reports a failing sink (a full disk) and an aborted backup as errors', async () => {
    const source = await officeWithCases();
    const plan = await planBackup(source);
    let taken = 0;
    await expect(
      writeBackup(source, plan, async () => {
        taken += 1;
        if (taken === 1) throw new Error('ENOSPC: no space left on device');
      }, { pageSize: 1, chunkBytes: 64 }),
    ).rejects.toMatchObject({ code: 'backupFileFailed', localized: { ru: expect.stringContaining('ENOSPC') as unknown } });
    const controller = new AbortController();
    controller.abort();
    expect(await refusal(writeBackup(source, plan, async () => undefined, { signal: controller.signal }))).toBe('aborted');
  });
});

function concatAll(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

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
