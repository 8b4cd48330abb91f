import type { Messages } from '../i18n/languages';
import { localized } from '../i18n/localize';
import type { LocalizedText } from '../regulations/types';
import { readOutbox, sha256Hex, type CaseDatabase } from '../store';
import { SYNC_BUNDLE_FORMAT, SyncBundle, type ActionsBundle } from './protocol';

/**
 * Offline files (issue #6: offices with no link at all). The same approach as the backup file (shared/store/backup.ts):
 * gzip of JSON lines — a header line with the SHA-256 and length of the body, then the body, which is the SyncBundle of
 * shared/sync/protocol.ts. A truncated or altered file is refused before anything is imported; each action inside
 * still carries its own hash and is checked again by the store (pull) or the centre (push).
 */
export const BUNDLE_EXTENSION = 'sync.jsonl.gz';

type BundleHeader = { readonly format: typeof SYNC_BUNDLE_FORMAT; readonly bodyBytes: number; readonly bodySha256: string };

const encoder = new TextEncoder();

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const text = (pick: (m: Messages['sync']['client']) => string, params: Readonly<Record<string, string>> = {}): LocalizedText => localized((m) => pick(m.sync.client), params);

function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

export async function writeBundle(bundle: SyncBundle): Promise<{ readonly bytes: Uint8Array; readonly fileName: string }> {
  const body = encoder.encode(JSON.stringify(bundle));
  const header: BundleHeader = { format: SYNC_BUNDLE_FORMAT, bodyBytes: body.byteLength, bodySha256: await sha256Hex(body) };
  const plain = new Uint8Array([...encoder.encode(`${JSON.stringify(header)}\n`), ...body]);
  const bytes = await pipe(plain, new CompressionStream('gzip'));
  const who = bundle.kind === 'actions' ? `${bundle.officeId}-${bundle.deviceId.slice(0, 8)}` : bundle.officeId;
  return { bytes, fileName: `${bundle.kind}-${who}-${stamp(new Date(bundle.createdAt))}.${BUNDLE_EXTENSION}` };
}

export type ReadBundle = { readonly ok: true; readonly bundle: SyncBundle } | { readonly ok: false; readonly reason: LocalizedText };

/** Reads and checks an offline file without touching any database. */
export async function readBundle(bytes: Uint8Array): Promise<ReadBundle> {
  if (bytes.byteLength < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { ok: false, reason: text((m) => m.fileNotBundle) };
  let plain: Uint8Array;
  try {
    plain = await pipe(bytes, new DecompressionStream('gzip'));
  } catch {
    return { ok: false, reason: text((m) => m.fileCorrupt) };
  }
  const newline = plain.indexOf(0x0a);
  if (newline < 0) return { ok: false, reason: text((m) => m.fileNotBundle) };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    const header = JSON.parse(decoder.decode(plain.subarray(0, newline))) as Partial<BundleHeader>;
    if (header.format !== SYNC_BUNDLE_FORMAT) return { ok: false, reason: text((m) => m.fileNotBundle) };
    const body = plain.subarray(newline + 1);
    if (body.byteLength !== header.bodyBytes || (await sha256Hex(body)) !== header.bodySha256) return { ok: false, reason: text((m) => m.fileCorrupt) };
    const parsed = SyncBundle.safeParse(JSON.parse(decoder.decode(body)));
    if (!parsed.success) return { ok: false, reason: text((m) => m.fileCorrupt) };
    return { ok: true, bundle: parsed.data };
  } catch {
    return { ok: false, reason: text((m) => m.fileCorrupt) };
  }
}

/** This desktop's unsent actions (its whole outbox, in order) as an `actions` bundle. */
export async function exportUnsent(db: CaseDatabase, who: { readonly officeId: string; readonly deviceId: string }): Promise<
  { readonly ok: true; readonly bytes: Uint8Array; readonly fileName: string; readonly count: number } | { readonly ok: false; readonly reason: LocalizedText }
> {
  const items = await readOutbox(db);
  if (items.length === 0) return { ok: false, reason: text((m) => m.nothingToExport) };
  const bundle: ActionsBundle = {
    format: SYNC_BUNDLE_FORMAT,
    version: 1,
    kind: 'actions',
    officeId: who.officeId,
    deviceId: who.deviceId,
    createdAt: db.now().toISOString(),
    actions: items.map((i) => i.entry),
  };
  const file = await writeBundle(bundle);
  return { ok: true, ...file, count: items.length };
}
