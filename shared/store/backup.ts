import { z } from 'zod';
import { stateCacheOf } from './caseStateCache';
import { SCHEMA_VERSION, TABLE_NAMES, type CaseDatabase, type TableName } from './database';
import { sha256Hex, type JournalEntry } from './journal';
import { StoreError, storeError } from './storeErrors';
import { ChainChecker } from './verify';

/**
 * Backup: the whole office database in one file — gzip (CompressionStream) of JSON lines. The first line is the
 * header (format, schema version, office, row counts per table, byte length and SHA-256 of the body); every further
 * line is one row: `{"t":"<table>","r":{…}}`. Restore goes into an empty profile only and refuses, before writing
 * anything, a file that is not a backup, is corrupt or truncated, comes from another schema version, or holds a
 * journal whose chains do not verify; then it writes every table in one transaction.
 */
export const BACKUP_FORMAT = 'kz-state-services/backup';
export const BACKUP_EXTENSION = 'jsonl.gz';

const TableCounts = z.record(z.enum(TABLE_NAMES), z.number().int().min(0));

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().min(1),
  office: z.string().nullable(),
  createdAt: z.string(),
  counts: TableCounts,
  bodyBytes: z.number().int().min(0),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export type BackupFile = { readonly bytes: Uint8Array; readonly fileName: string; readonly header: BackupHeader };
export type BackupContents = { readonly header: BackupHeader; readonly tables: Readonly<Record<TableName, readonly unknown[]>> };

const encoder = new TextEncoder();

async function gzip(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const stream = new Blob(parts as Uint8Array<ArrayBuffer>[]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompresses as far as the data allows: the bytes it got and, when it failed, how. */
async function gunzip(bytes: Uint8Array): Promise<{ readonly data: Uint8Array; readonly failure?: 'truncated' | 'corrupt' }> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let failure: 'truncated' | 'corrupt' | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch (error) {
    // Node (zlib): "unexpected end of file"; Chromium: "Compressed input was truncated."
    const message = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
    failure = /truncat|unexpected end|Z_BUF_ERROR|premature/i.test(message) ? 'truncated' : 'corrupt';
  }
  const length = chunks.reduce((n, c) => n + c.byteLength, 0);
  const data = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.byteLength;
  }
  return failure === undefined ? { data } : { data, failure };
}

function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/** The whole database as one backup file (a consistent snapshot: one read transaction over every table). */
export async function createBackup(db: CaseDatabase, options: { readonly office?: string } = {}): Promise<BackupFile> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray() as Promise<unknown[]>)));
  const counts = Object.fromEntries(TABLE_NAMES.map((name, i) => [name, rows[i]?.length ?? 0])) as Record<TableName, number>;
  const lines: string[] = [];
  TABLE_NAMES.forEach((name, i) => {
    for (const row of rows[i] ?? []) lines.push(JSON.stringify({ t: name, r: row }));
  });
  const body = encoder.encode(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const offices = (rows[TABLE_NAMES.indexOf('offices')] ?? []) as { id?: string }[];
  const office = options.office ?? offices[0]?.id ?? null;
  const createdAt = db.now();
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    office,
    createdAt: createdAt.toISOString(),
    counts,
    bodyBytes: body.byteLength,
    bodySha256: await sha256Hex(body),
  };
  const bytes = await gzip([encoder.encode(`${JSON.stringify(header)}\n`), body]);
  return { bytes, header, fileName: `backup-${office ?? 'office'}-${stamp(createdAt)}.${BACKUP_EXTENSION}` };
}

/**
 * Reads and checks a backup file without touching any database. Throws a StoreError (`backupNotBackup`,
 * `backupCorrupt`, `backupTruncated`, `backupWrongSchema`) with the message for the user.
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupContents> {
  if (bytes.byteLength < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw storeError('backupNotBackup');
  const { data, failure } = await gunzip(bytes);
  const newline = data.indexOf(0x0a);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (newline < 0) {
    if (failure === 'truncated') throw storeError('backupTruncated');
    if (failure === 'corrupt') throw storeError('backupCorrupt', { details: 'gzip' });
    throw storeError('backupNotBackup');
  }
  let header: BackupHeader;
  try {
    const parsed = BackupHeader.safeParse(JSON.parse(decoder.decode(data.subarray(0, newline))));
    if (!parsed.success) {
      const format = (JSON.parse(decoder.decode(data.subarray(0, newline))) as { format?: unknown }).format;
      if (format === BACKUP_FORMAT && failure === undefined) throw storeError('backupCorrupt', { details: 'header' });
      throw storeError('backupNotBackup');
    }
    header = parsed.data;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw failure === 'truncated' ? storeError('backupTruncated') : storeError('backupNotBackup');
  }
  if (header.schemaVersion !== SCHEMA_VERSION) throw storeError('backupWrongSchema', { found: header.schemaVersion, expected: SCHEMA_VERSION });

  const body = data.subarray(newline + 1);
  if (failure !== undefined) {
    // zlib cannot tell a cut file from a damaged one (a flipped bit may read as a premature end). The gzip trailer
    // can: its last 4 bytes hold the uncompressed length, which a cut file has lost.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const trailerIntact = view.getUint32(bytes.byteLength - 4, true) === (newline + 1 + header.bodyBytes) % 2 ** 32;
    throw trailerIntact ? storeError('backupCorrupt', { details: 'gzip' }) : storeError('backupTruncated');
  }
  if (body.byteLength < header.bodyBytes) throw storeError('backupTruncated');
  if (body.byteLength > header.bodyBytes) throw storeError('backupCorrupt', { details: 'size' });
  if ((await sha256Hex(body)) !== header.bodySha256) throw storeError('backupCorrupt', { details: 'SHA-256' });

  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as unknown[]])) as Record<TableName, unknown[]>;
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw storeError('backupCorrupt', { details: 'UTF-8' });
  }
  const lines = text.split('\n');
  if (lines.pop() !== '') throw storeError('backupCorrupt', { details: 'lines' });
  lines.forEach((line, index) => {
    let record: { t?: unknown; r?: unknown };
    try {
      record = JSON.parse(line) as { t?: unknown; r?: unknown };
    } catch {
      throw storeError('backupCorrupt', { details: `line ${index + 2}` });
    }
    const table = typeof record.t === 'string' && (TABLE_NAMES as readonly string[]).includes(record.t) ? (record.t as TableName) : undefined;
    if (!table || typeof record.r !== 'object' || record.r === null) throw storeError('backupCorrupt', { details: `line ${index + 2}` });
    tables[table].push(record.r);
  });
  for (const name of TABLE_NAMES) {
    if (tables[name].length !== (header.counts[name] ?? 0)) throw storeError('backupCorrupt', { details: `${name}: ${tables[name].length} ≠ ${header.counts[name] ?? 0}` });
  }

  // The journal must verify: a restored office continues every chain it holds.
  const journal = (tables.actions as JournalEntry[]).toSorted((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.seq - b.seq));
  const checker = new ChainChecker();
  for (let i = 0; i < journal.length; i += 5000) await checker.push(journal.slice(i, i + 5000));
  const problem = checker.problems[0];
  if (problem) throw storeError('backupCorrupt', { details: problem.message });
  return { header, tables };
}

/** Tables that must be empty for a restore ("an empty profile"); settings written at first start are replaced. */
const MUST_BE_EMPTY: readonly TableName[] = TABLE_NAMES.filter((name) => name !== 'settings');

/** Restores a backup into an empty database: all tables in one transaction, or nothing. */
export async function restoreBackup(db: CaseDatabase, bytes: Uint8Array): Promise<BackupContents> {
  const contents = await readBackup(bytes);
  const tables = TABLE_NAMES.map((name) => db.table(name));
  await db.transaction('rw', tables, async () => {
    const counts = await Promise.all(MUST_BE_EMPTY.map((name) => db.table(name).count()));
    if (counts.some((n) => n > 0)) throw storeError('restoreNotEmpty');
    for (const name of TABLE_NAMES) {
      const rows = contents.tables[name];
      if (rows.length === 0) continue;
      if (name === 'settings') await db.table(name).bulkPut(rows as object[]);
      else await db.table(name).bulkAdd(rows as object[]);
    }
  });
  stateCacheOf(db).clear();
  return contents;
}
