import { Dexie } from 'dexie';
import { z } from 'zod';
import { stateCacheOf } from './caseStateCache';
import { DERIVED_TABLES, SCHEMA_VERSION, TABLE_NAMES, type CaseDatabase, type SettingRow, type TableName } from './database';
import { deriveReportFacts, markReportFactsPending } from './reportFactsStore';
import { sha256Hex, type JournalEntry } from './journal';
import { StoreError, storeError, toStoreError } from './storeErrors';
import { ChainChecker } from './verify';

/**
 * Backup: the whole office database in one file — gzip (CompressionStream) of JSON lines, written and read as a
 * stream so an office of any size (the benchmark office: 200,000 cases, 1.6 M actions) never has to fit in memory
 * or in one IPC message.
 *
 * Format version 2 (written now):
 *   line 1            header  `{"format", "formatVersion":2, "schemaVersion", "office", "createdAt", "expected":{…}}`
 *   then segments     rows `{"t":"<table>","r":{…}}`, each segment closed by a checkpoint line
 *                     `{"s":{"i":<index>,"rows":<rows>,"bytes":<bytes>,"sha256":"<h_i>"}}`
 *   last line         trailer `{"end":{"counts":{…},"segments":n,"rows":n,"bodyBytes":n,"sha256":"<h_n>"}}`
 * Integrity: WebCrypto has no incremental digest, so the body is hashed as a chain of segments:
 *   h_0 = SHA-256(header line with its newline),  h_i = SHA-256(h_{i-1} as hex ‖ the segment's row lines).
 * A reader checks every checkpoint before it writes that segment, so damage is found where it is and nothing after
 * it is written; the trailer's counts and final hash close the file (a file without it is truncated). `expected` in
 * the header are the counts when the backup started — for progress only; the trailer's counts are the truth.
 *
 * Consistency: IndexedDB commits a transaction as soon as it has no pending request, so one transaction cannot span
 * the compression and hashing of a large office. The backup therefore reads in pages, each page in its own read-only
 * transaction, and keeps what belongs together in the same page: a page is a range of case ids (in primary-key
 * order) with those cases' rows, their whole journals (`[caseId+seq]`), outbox, replicas and conflicts. Every case
 * in the file is therefore exactly as it was at one moment — its projection matches its chain — and an action made
 * during the backup either is in the file with everything it wrote, or is not there at all (as if made after the
 * backup). The office-wide tables (users, offices, commissions, settings, credentials, numbering blocks…) are read
 * last in one transaction, so a numbering block is never behind a case number the file holds.
 *
 * Restore goes into an empty profile only. It decompresses as a stream (DecompressionStream), checks each segment
 * (hash, row shapes, the journal's hash chains) and writes it in one transaction; when anything fails — corrupt,
 * truncated, foreign schema, a broken chain, a full disk — it clears what it wrote and puts back the profile's own
 * settings, so a profile is never left half-restored. A marker setting is written while a restore runs, so the next
 * restore clears the leftovers of one interrupted by a crash. Format version 1 files (the whole body under one
 * SHA-256 in the header, written before streaming) are still read; they were at most 64 MB.
 */
export const BACKUP_FORMAT = 'kz-state-services/backup';
export const BACKUP_EXTENSION = 'jsonl.gz';
export const BACKUP_FORMAT_VERSION = 2;

/** Cases per page of a backup (each page is one read transaction and one segment). */
export const DEFAULT_BACKUP_PAGE_SIZE = 500;
/** Compressed bytes handed to the sink at a time (one IPC message in Electron). */
export const DEFAULT_BACKUP_CHUNK_BYTES = 1024 * 1024;
/** Far above any segment a writer makes (one page); a damaged file without checkpoints is refused at this size. */
const MAX_SEGMENT_CHARS = 128 * 1024 * 1024;
/** Settings key present while a restore is writing (see above). */
const RESTORE_MARKER = 'backup.restoreInProgress';

const TableCounts = z.record(z.enum(TABLE_NAMES), z.number().int().min(0));
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The header of a format version 1 file: counts and the body's checksum up front. */
export const BackupHeaderV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().min(1),
  office: z.string().nullable(),
  createdAt: z.string(),
  counts: TableCounts,
  bodyBytes: z.number().int().min(0),
  bodySha256: Sha256,
});
export type BackupHeaderV1 = z.infer<typeof BackupHeaderV1>;

/** The first line of a format version 2 file. */
export const BackupHeaderV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(2),
  schemaVersion: z.number().int().min(1),
  office: z.string().nullable(),
  createdAt: z.string(),
  /** Row counts when the backup started: the progress bar's total while restoring. */
  expected: TableCounts,
});
export type BackupHeaderV2 = z.infer<typeof BackupHeaderV2>;

const Checkpoint = z.strictObject({
  i: z.number().int().min(1),
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: Sha256,
});
const Trailer = z.strictObject({
  counts: TableCounts,
  segments: z.number().int().min(0),
  rows: z.number().int().min(0),
  bodyBytes: z.number().int().min(0),
  sha256: Sha256,
});

/** What a backup holds, known once it is written or fully read (the header and trailer together). */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  schemaVersion: z.number().int().min(1),
  office: z.string().nullable(),
  createdAt: z.string(),
  counts: TableCounts,
  /** Bytes of the row lines. */
  bodyBytes: z.number().int().min(0),
  /** v1: SHA-256 of the body; v2: the last link of the segment hash chain. */
  sha256: Sha256,
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export type BackupFile = { readonly bytes: Uint8Array; readonly fileName: string; readonly header: BackupHeader };
export type BackupContents = { readonly header: BackupHeader; readonly tables: Readonly<Record<TableName, readonly unknown[]>> };
export type RestoreReport = { readonly header: BackupHeader };

/** Rows done of the expected total; `total` may grow if the office worked during a backup. */
export type BackupProgress = { readonly phase: 'backup' | 'restore'; readonly rows: number; readonly total: number };

export type BackupOptions = {
  readonly office?: string;
  /** Cases per page (tests use small pages to exercise many segments). */
  readonly pageSize?: number;
  /** Compressed bytes per chunk handed to the sink. */
  readonly chunkBytes?: number;
  readonly onProgress?: (progress: BackupProgress) => void;
  readonly signal?: AbortSignal;
};

export type RestoreOptions = {
  readonly onProgress?: (progress: BackupProgress) => void;
  readonly signal?: AbortSignal;
};

/** A backup about to be written: its file name (for the save dialog) and first line. */
export type BackupPlan = { readonly fileName: string; readonly header: BackupHeaderV2 };

/** Where the compressed bytes go; resolves when the chunk is taken (that is the backpressure). */
export type BackupSink = (chunk: Uint8Array) => Promise<void>;

/** A backup file as bytes in memory or as a stream of (compressed) chunks. */
export type BackupSource = Uint8Array | ReadableStream<Uint8Array>;

const encoder = new TextEncoder();

/** Tables read page by page with the cases they belong to (all have a `caseId` index, `cases` by its id). */
const PER_CASE: readonly TableName[] = ['outbox', 'replicas', 'conflicts'];
/** Large office-wide tables read in primary-key pages. */
const PAGED: readonly TableName[] = ['applicants'];
/** Everything else: small, read together last (numbering blocks after every case — see above). */
const OFFICE_WIDE: readonly TableName[] = TABLE_NAMES.filter((name) => name !== 'cases' && name !== 'actions' && !PER_CASE.includes(name) && !PAGED.includes(name));

function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as Record<TableName, number>;
}

function concat(parts: readonly Uint8Array[], length = parts.reduce((n, p) => n + p.byteLength, 0)): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw storeError('aborted', {}, signal.reason);
}

const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((n, c) => n + c, 0);

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

/** The file name and header of a backup of this database now (counts for progress). */
export async function planBackup(db: CaseDatabase, options: { readonly office?: string } = {}): Promise<BackupPlan> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  const [offices, counts] = await db.transaction('r', tables, async () => [
    (await db.offices.limit(1).toArray()) as { id?: string }[],
    await Promise.all(tables.map((table) => table.count())),
  ] as const);
  const office = options.office ?? offices[0]?.id ?? null;
  const createdAt = db.now();
  const header: BackupHeaderV2 = {
    format: BACKUP_FORMAT,
    formatVersion: 2,
    schemaVersion: SCHEMA_VERSION,
    office,
    createdAt: createdAt.toISOString(),
    expected: Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i] ?? 0])) as Record<TableName, number>,
  };
  return { header, fileName: `backup-${office ?? 'office'}-${stamp(createdAt)}.${BACKUP_EXTENSION}` };
}

type Page = readonly (readonly [TableName, readonly unknown[]])[];

/** The pages of the database in the order they are written (see the consistency note at the top). */
async function* pages(db: CaseDatabase, pageSize: number): AsyncGenerator<Page> {
  let after: string | undefined;
  for (;;) {
    const page = await db.transaction('r', [db.cases, db.actions, ...PER_CASE.map((name) => db.table(name))], async () => {
      const cases = await (after === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(pageSize).toArray();
      const last = cases.at(-1)?.id;
      // The last page takes every case id above the previous page, rows or not: no action is left out.
      const lower = after ?? Dexie.minKey;
      const upper = last ?? Dexie.maxKey;
      // An empty array sorts above every string: `[[], 0]` closes the last range (`[maxKey, maxKey]` is refused by
      // some IndexedDB implementations).
      const actions = await db.actions.where('[caseId+seq]').between([lower, Dexie.maxKey], last === undefined ? [[], 0] : [last, Dexie.maxKey], false, true).toArray();
      const related = await Promise.all(PER_CASE.map((name) => db.table(name).where('caseId').between(lower, upper, false, true).toArray() as Promise<unknown[]>));
      return { last, rows: [['cases', cases], ['actions', actions], ...PER_CASE.map((name, i) => [name, related[i] ?? []] as const)] as const };
    });
    yield page.rows;
    if (page.last === undefined) break;
    after = page.last;
  }
  for (const name of PAGED) {
    let key: unknown;
    for (;;) {
      const table = db.table(name);
      const rows = (await db.transaction('r', table, () => (key === undefined ? table.orderBy(':id') : table.where(':id').above(key)).limit(pageSize).toArray())) as unknown[];
      if (rows.length === 0) break;
      yield [[name, rows]];
      key = (rows.at(-1) as Record<string, unknown>)[String(table.schema.primKey.keyPath)];
      if (rows.length < pageSize) break;
    }
  }
  const tables = OFFICE_WIDE.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray() as Promise<unknown[]>)));
  yield OFFICE_WIDE.map((name, i) => [name, rows[i] ?? []] as const);
}

/**
 * Writes the backup planned by `planBackup` to `sink` as compressed chunks of about `chunkBytes`. Resolves with what
 * the file holds once the last chunk was taken; a failing sink or an aborted signal rejects (the caller discards
 * the partial file).
 */
export async function writeBackup(db: CaseDatabase, plan: BackupPlan, sink: BackupSink, options: BackupOptions = {}): Promise<BackupHeader> {
  const pageSize = Math.max(1, options.pageSize ?? DEFAULT_BACKUP_PAGE_SIZE);
  const chunkBytes = Math.max(1, options.chunkBytes ?? DEFAULT_BACKUP_CHUNK_BYTES);
  const compression = new CompressionStream('gzip');
  const input = compression.writable.getWriter();
  const output = compression.readable.getReader();
  let sinkError: unknown;
  const pump = (async () => {
    const held: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await output.read();
        if (done) break;
        held.push(value);
        size += value.byteLength;
        if (size >= chunkBytes) {
          await sink(concat(held.splice(0), size));
          size = 0;
        }
      }
      if (size > 0) await sink(concat(held.splice(0), size));
    } catch (error) {
      sinkError = error;
      await output.cancel(error).catch(() => undefined);
      throw error;
    }
  })();
  // The pump's failure is reported through `write` below; this only keeps it from being an unhandled rejection.
  pump.catch(() => undefined);
  const write = async (bytes: Uint8Array): Promise<void> => {
    try {
      await input.write(bytes as Uint8Array<ArrayBuffer>);
    } catch (error) {
      throw sinkError ?? error;
    }
  };

  const counts = emptyCounts();
  const total = () => Math.max(sum(plan.header.expected), sum(counts));
  try {
    const headerLine = encoder.encode(`${JSON.stringify(plan.header)}\n`);
    let link = await sha256Hex(headerLine);
    await write(headerLine);
    let segments = 0;
    let bodyBytes = 0;
    let rowsWritten = 0;
    for await (const page of pages(db, pageSize)) {
      checkAborted(options.signal);
      let text = '';
      let rows = 0;
      for (const [table, tableRows] of page) {
        for (const row of tableRows) text += `${JSON.stringify({ t: table, r: row })}\n`;
        counts[table] += tableRows.length;
        rows += tableRows.length;
      }
      if (rows === 0 && segments > 0) continue;
      const body = encoder.encode(text);
      segments += 1;
      link = await sha256Hex(concat([encoder.encode(link), body]));
      bodyBytes += body.byteLength;
      rowsWritten += rows;
      await write(body);
      await write(encoder.encode(`${JSON.stringify({ s: { i: segments, rows, bytes: body.byteLength, sha256: link } })}\n`));
      options.onProgress?.({ phase: 'backup', rows: rowsWritten, total: total() });
    }
    await write(encoder.encode(`${JSON.stringify({ end: { counts, segments, rows: rowsWritten, bodyBytes, sha256: link } })}\n`));
    await input.close();
    await pump;
    const { expected: _expected, ...header } = plan.header;
    return { ...header, counts, bodyBytes, sha256: link };
  } catch (error) {
    await input.abort(error).catch(() => undefined);
    await pump.catch(() => undefined);
    if (error instanceof StoreError) throw error;
    if (sinkError !== undefined) {
      const details = sinkError instanceof Error ? sinkError.message : typeof sinkError === 'string' ? sinkError : 'write failed';
      throw storeError('backupFileFailed', { details: details.replace(/^Error invoking remote method '[^']+': /, '').slice(0, 300) }, sinkError);
    }
    throw toStoreError(error);
  }
}

/** The whole backup in memory (small offices, tests); large ones go through `writeBackup` to a file. */
export async function createBackup(db: CaseDatabase, options: BackupOptions = {}): Promise<BackupFile> {
  const plan = await planBackup(db, options);
  const chunks: Uint8Array[] = [];
  const header = await writeBackup(db, plan, async (chunk) => void chunks.push(chunk), options);
  return { bytes: concat(chunks), header, fileName: plan.fileName };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

type Rows = Map<TableName, unknown[]>;

/** Called with each checked group of rows, in file order; resolves when they are stored. */
type SegmentHandler = (rows: Rows) => Promise<void>;

function asStream(source: BackupSource): ReadableStream<Uint8Array> {
  return source instanceof Uint8Array ? new Blob([source as Uint8Array<ArrayBuffer>]).stream() : source;
}

/** How a failed decompression reads: a cut file, or damaged data. */
function decompressionFailure(error: unknown): 'truncated' | 'corrupt' {
  // Node (zlib): "unexpected end of file"; Chromium: "Compressed input was truncated."
  const message = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : String(error);
  return /truncat|unexpected end|Z_BUF_ERROR|premature/i.test(message) ? 'truncated' : 'corrupt';
}

/**
 * The decompressed file as lines, with what a failure needs: the compressed input's size and last 4 bytes (gzip's
 * ISIZE, the uncompressed length — a cut file has lost it) and the bytes decompressed so far.
 */
class LineReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private buffered = '';
  private ended = false;
  failure: 'truncated' | 'corrupt' | undefined;
  inputBytes = 0;
  outputBytes = 0;
  private tail = new Uint8Array(0);
  private readonly lines: string[] = [];
  private linesRead = 0;

  constructor(source: ReadableStream<Uint8Array>, signal: AbortSignal | undefined) {
    let first = true;
    const watch = new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, controller) => {
        checkAborted(signal);
        if (first && chunk.byteLength > 0) {
          first = false;
          if (chunk[0] !== 0x1f || (chunk.byteLength > 1 && chunk[1] !== 0x8b)) throw storeError('backupNotBackup');
        }
        this.inputBytes += chunk.byteLength;
        this.tail = concat([this.tail, chunk.subarray(Math.max(0, chunk.byteLength - 4))]).slice(-4);
        controller.enqueue(chunk);
      },
    });
    this.reader = source.pipeThrough(watch).pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  }

  /** gzip's ISIZE: the uncompressed length modulo 2^32 as the file's last 4 bytes say. */
  get isize(): number | undefined {
    return this.tail.byteLength === 4 ? new DataView(this.tail.buffer, this.tail.byteOffset, 4).getUint32(0, true) : undefined;
  }

  /** The next complete line, or undefined at the end (or at a failure: see `failure`). */
  async next(): Promise<string | undefined> {
    while (this.lines.length === 0 && !this.ended) await this.fill();
    return this.lines.shift();
  }

  /** Whatever follows a complete line that has no newline yet (at the end: a cut line). */
  get rest(): string {
    return this.buffered;
  }

  private async fill(): Promise<void> {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await this.reader.read();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      this.failure = decompressionFailure(error);
      this.ended = true;
      return;
    }
    let text: string;
    try {
      text = chunk.done ? this.decoder.decode() : this.decoder.decode(chunk.value, { stream: true });
    } catch {
      throw storeError('backupCorrupt', { details: 'UTF-8' });
    }
    if (chunk.done) this.ended = true;
    else this.outputBytes += chunk.value.byteLength;
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      this.buffered += text;
      // No line of a backup comes near this; a file that is one endless line must not fill the memory.
      if (this.buffered.length > MAX_SEGMENT_CHARS) throw this.linesRead === 0 ? storeError('backupNotBackup') : storeError('backupCorrupt', { details: 'line' });
      return;
    }
    const parts = `${this.buffered}${text.slice(0, lastNewline)}`.split('\n');
    this.buffered = text.slice(lastNewline + 1);
    this.linesRead += parts.length;
    this.lines.push(...parts);
  }

  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
  }
}

function parseJson(line: string, where: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw storeError('backupCorrupt', { details: where });
  }
}

function rowOf(record: unknown, where: string): { readonly table: TableName; readonly row: object } {
  const { t, r } = (record ?? {}) as { t?: unknown; r?: unknown };
  const table = typeof t === 'string' && (TABLE_NAMES as readonly string[]).includes(t) ? (t as TableName) : undefined;
  if (!table || typeof r !== 'object' || r === null || Array.isArray(r)) throw storeError('backupCorrupt', { details: where });
  return { table, row: r };
}

/** The error for a file that ended (or failed to decompress) before its end. */
function endedEarly(lines: LineReader, expectedTotal?: number): StoreError {
  if (lines.failure === 'corrupt') return storeError('backupCorrupt', { details: 'gzip' });
  // zlib cannot always tell a cut file from a damaged one (a flipped bit may read as a premature end). The gzip
  // trailer can when the total is known: its last 4 bytes hold the uncompressed length, which a cut file has lost.
  if (lines.failure === 'truncated' && expectedTotal !== undefined && lines.isize === expectedTotal % 2 ** 32) return storeError('backupCorrupt', { details: 'gzip' });
  return storeError('backupTruncated');
}

/** Orders journal entries by case and position, as the chain checker walks them. */
const byChain = (a: JournalEntry, b: JournalEntry): number => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : a.seq - b.seq);

async function checkChains(checker: ChainChecker, actions: readonly unknown[]): Promise<void> {
  const journal = (actions as JournalEntry[]).toSorted(byChain);
  for (let i = 0; i < journal.length; i += 5000) await checker.push(journal.slice(i, i + 5000));
  const problem = checker.problems[0];
  if (problem) throw storeError('backupCorrupt', { details: problem.message });
}

/**
 * Reads a backup, checks it and hands its rows to `onRows` group by group — for v2 each checked segment as soon as
 * it is checked, for v1 everything once the whole file is checked. Throws StoreError `backupNotBackup`,
 * `backupCorrupt`, `backupTruncated` or `backupWrongSchema`.
 */
async function readBackupStream(source: BackupSource, onRows: SegmentHandler, options: RestoreOptions): Promise<BackupHeader> {
  const lines = new LineReader(asStream(source), options.signal);
  try {
    const first = await lines.next();
    if (first === undefined) {
      if (lines.failure === 'corrupt') throw storeError('backupCorrupt', { details: 'gzip' });
      // Cut inside the header line: what came out is the start of a backup's header (however short), or contains it.
      const start = `{"format":"${BACKUP_FORMAT}"`;
      if (lines.failure === 'truncated' && (lines.rest.startsWith(start) || start.startsWith(lines.rest))) throw storeError('backupTruncated');
      if (lines.failure === 'truncated' && lines.outputBytes === 0) throw storeError('backupTruncated');
      throw storeError('backupNotBackup');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(first) as unknown;
    } catch {
      throw storeError('backupNotBackup');
    }
    const { format, formatVersion, schemaVersion } = (raw ?? {}) as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown };
    if (format !== BACKUP_FORMAT) throw storeError('backupNotBackup');
    if (typeof schemaVersion === 'number' && !RESTORABLE_SCHEMAS.includes(schemaVersion)) throw storeError('backupWrongSchema', { found: schemaVersion, expected: SCHEMA_VERSION });
    if (formatVersion === 1) {
      const header = BackupHeaderV1.safeParse(raw);
      if (!header.success) throw storeError('backupCorrupt', { details: 'header' });
      return await readVersion1(header.data, first, lines, onRows, options);
    }
    const header = BackupHeaderV2.safeParse(raw);
    if (!header.success) throw storeError('backupCorrupt', { details: 'header' });
    return await readVersion2(header.data, first, lines, onRows, options);
  } finally {
    await lines.cancel();
  }
}

async function readVersion2(header: BackupHeaderV2, headerLine: string, lines: LineReader, onRows: SegmentHandler, options: RestoreOptions): Promise<BackupHeader> {
  const total = sum(header.expected);
  const counts = emptyCounts();
  const checker = new ChainChecker();
  let link = await sha256Hex(`${headerLine}\n`);
  let segment: Rows = new Map();
  let segmentText = '';
  let segmentRows = 0;
  let segments = 0;
  let rowsRead = 0;
  let bodyBytes = 0;
  let lineNumber = 1;
  for (;;) {
    const line = await lines.next();
    if (line === undefined) throw endedEarly(lines);
    lineNumber += 1;
    const record = parseJson(line, `line ${lineNumber}`) as { s?: unknown; end?: unknown };
    if (record.s !== undefined) {
      const checkpoint = Checkpoint.safeParse(record.s);
      if (!checkpoint.success) throw storeError('backupCorrupt', { details: `line ${lineNumber}` });
      const body = encoder.encode(segmentText);
      link = await sha256Hex(concat([encoder.encode(link), body]));
      const { i, rows, bytes, sha256 } = checkpoint.data;
      if (i !== segments + 1 || rows !== segmentRows || bytes !== body.byteLength || sha256 !== link) throw storeError('backupCorrupt', { details: `SHA-256, segment ${segments + 1}` });
      await checkChains(checker, segment.get('actions') ?? []);
      await onRows(segment);
      segments = i;
      rowsRead += rows;
      bodyBytes += body.byteLength;
      options.onProgress?.({ phase: 'restore', rows: rowsRead, total: Math.max(total, rowsRead) });
      segment = new Map();
      segmentText = '';
      segmentRows = 0;
      continue;
    }
    if (record.end !== undefined) {
      const trailer = Trailer.safeParse(record.end);
      if (!trailer.success || segmentRows > 0) throw storeError('backupCorrupt', { details: `line ${lineNumber}` });
      const end = trailer.data;
      if (end.segments !== segments || end.sha256 !== link || end.rows !== rowsRead || end.bodyBytes !== bodyBytes) throw storeError('backupCorrupt', { details: 'SHA-256' });
      for (const name of TABLE_NAMES) {
        if ((end.counts[name] ?? 0) !== counts[name]) throw storeError('backupCorrupt', { details: `${name}: ${counts[name]} ≠ ${end.counts[name] ?? 0}` });
      }
      // Nothing may follow the trailer, and the gzip stream must end cleanly (its CRC checked).
      const after = await lines.next();
      if (after !== undefined || lines.rest !== '') throw storeError('backupCorrupt', { details: `line ${lineNumber + 1}` });
      // Everything was decompressed by now: the gzip trailer's length must be that (see endedEarly).
      if (lines.failure !== undefined) throw endedEarly(lines, lines.outputBytes);
      const { expected: _expected, ...rest } = header;
      return { ...rest, counts, bodyBytes, sha256: link };
    }
    const { table, row } = rowOf(record, `line ${lineNumber}`);
    const rows = segment.get(table);
    if (rows) rows.push(row);
    else segment.set(table, [row]);
    counts[table] += 1;
    segmentRows += 1;
    segmentText += `${line}\n`;
    // A writer's segment is one page (a few hundred cases); a file without checkpoints must not fill the memory.
    if (segmentText.length > MAX_SEGMENT_CHARS) throw storeError('backupCorrupt', { details: `segment ${segments + 1}` });
  }
}

/** Format version 1: one SHA-256 over the whole body in the header, so the body is checked whole before any write. */
async function readVersion1(header: BackupHeaderV1, headerLine: string, lines: LineReader, onRows: SegmentHandler, options: RestoreOptions): Promise<BackupHeader> {
  const bodyLines: string[] = [];
  for (;;) {
    const line = await lines.next();
    if (line === undefined) break;
    bodyLines.push(line);
  }
  const text = bodyLines.length > 0 ? `${bodyLines.join('\n')}\n` : '';
  const body = encoder.encode(text);
  if (lines.failure !== undefined) throw endedEarly(lines, encoder.encode(`${headerLine}\n`).byteLength + header.bodyBytes);
  if (lines.rest !== '') throw storeError('backupCorrupt', { details: 'lines' });
  if (body.byteLength < header.bodyBytes) throw storeError('backupTruncated');
  if (body.byteLength > header.bodyBytes) throw storeError('backupCorrupt', { details: 'size' });
  if ((await sha256Hex(body)) !== header.bodySha256) throw storeError('backupCorrupt', { details: 'SHA-256' });
  const rows: Rows = new Map();
  const counts = emptyCounts();
  bodyLines.forEach((line, index) => {
    const { table, row } = rowOf(parseJson(line, `line ${index + 2}`), `line ${index + 2}`);
    const list = rows.get(table);
    if (list) list.push(row);
    else rows.set(table, [row]);
    counts[table] += 1;
  });
  for (const name of TABLE_NAMES) {
    if (counts[name] !== (header.counts[name] ?? 0)) throw storeError('backupCorrupt', { details: `${name}: ${counts[name]} ≠ ${header.counts[name] ?? 0}` });
  }
  // The journal must verify: a restored office continues every chain it holds.
  await checkChains(new ChainChecker(), rows.get('actions') ?? []);
  await onRows(rows);
  options.onProgress?.({ phase: 'restore', rows: bodyLines.length, total: bodyLines.length });
  const { bodySha256, ...rest } = header;
  return { ...rest, counts, sha256: bodySha256 };
}

/**
 * Reads and checks a backup without touching any database, holding all its rows (tests, small files). Throws a
 * StoreError (`backupNotBackup`, `backupCorrupt`, `backupTruncated`, `backupWrongSchema`) with the user's message.
 */
export async function readBackup(source: BackupSource, options: RestoreOptions = {}): Promise<BackupContents> {
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as unknown[]])) as Record<TableName, unknown[]>;
  const header = await readBackupStream(
    source,
    async (rows) => {
      for (const [name, list] of rows) for (const row of list) tables[name].push(row);
    },
    options,
  );
  return { header, tables };
}

// ---------------------------------------------------------------------------------------------------------------
// Restoring
// ---------------------------------------------------------------------------------------------------------------

/** Tables that must be empty for a restore ("an empty profile"); settings written at first start are replaced. */
const MUST_BE_EMPTY: readonly string[] = [...TABLE_NAMES.filter((name) => name !== 'settings'), ...DERIVED_TABLES];
/** Every table a restore writes or clears. */
const RESTORED_TABLES: readonly string[] = [...TABLE_NAMES, ...DERIVED_TABLES];

/** Empties every table and puts back the profile's own settings: the state before the restore began. */
async function undoRestore(db: CaseDatabase, settings: readonly SettingRow[]): Promise<void> {
  await db.transaction('rw', RESTORED_TABLES.map((name) => db.table(name)), async () => {
    for (const name of RESTORED_TABLES) await db.table(name).clear();
    if (settings.length > 0) await db.settings.bulkPut([...settings]);
  });
  stateCacheOf(db).clear();
}

/**
 * Schemas whose backups this build restores: its own, and v4 — v5 only added what a restore derives (the report facts,
 * and the refusal ground a v4 case row did not keep, taken from the case's journal).
 */
const RESTORABLE_SCHEMAS: readonly number[] = [4, SCHEMA_VERSION];

/**
 * Restores a backup into an empty database segment by segment; on any failure everything written is cleared again
 * (the profile is as before), and the error is a StoreError with the user's message.
 */
export async function restoreBackup(db: CaseDatabase, source: BackupSource, options: RestoreOptions = {}): Promise<RestoreReport> {
  const tables = RESTORED_TABLES.map((name) => db.table(name));
  const own = await db.transaction('rw', tables, async () => {
    const interrupted = (await db.settings.get(RESTORE_MARKER)) !== undefined;
    if (interrupted) {
      // The leftovers of a restore a crash interrupted: not data of this profile.
      for (const name of MUST_BE_EMPTY) await db.table(name).clear();
    } else {
      const counts = await Promise.all(MUST_BE_EMPTY.map((name) => db.table(name).count()));
      if (counts.some((n) => n > 0)) throw storeError('restoreNotEmpty');
    }
    const settings = (await db.settings.toArray()).filter((row) => row.key !== RESTORE_MARKER);
    await db.settings.put({ key: RESTORE_MARKER, value: { startedAt: db.now().toISOString() } });
    return settings;
  });
  try {
    const header = await readBackupStream(
      source,
      async (rows) => {
        checkAborted(options.signal);
        const names = [...rows.keys()];
        if (names.length === 0) return;
        await db.transaction('rw', names.map((name) => db.table(name)), async () => {
          for (const [name, list] of rows) {
            if (list.length === 0) continue;
            if (name === 'settings') await db.table(name).bulkPut(list as object[]);
            else await db.table(name).bulkAdd(list as object[]);
          }
        });
      },
      options,
    );
    // What the file does not carry (DERIVED_TABLES): every case's report facts, from the restored rows and journals.
    await markReportFactsPending(db);
    await deriveReportFacts(db);
    await db.settings.delete(RESTORE_MARKER);
    stateCacheOf(db).clear();
    return { header };
  } catch (error) {
    await undoRestore(db, own);
    throw toStoreError(error);
  }
}
