import { z } from 'zod';
import { Actor, CASE_EVENT_TYPES, CaseEvent } from '../workflow/events';

/**
 * The journal entry: the envelope every action is stored in, and the hash chain that makes a case's journal
 * tamper-evident. Hashes are SHA-256 (WebCrypto) of the canonical JSON of the entry without its own `hash`; each entry
 * carries the hash of the previous entry of its case, the first one GENESIS_PREV_HASH.
 */

const isoInstant = z.string().datetime({ offset: true });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256');

/** `prevHash` of the first entry of a case. */
export const GENESIS_PREV_HASH = '';

/** Who acted: the workflow's actor (user, role) plus where the action was recorded (office, device). */
export const StoreActor = Actor.extend({
  officeId: z.string().min(1).max(40),
  deviceId: z.string().min(1).max(100),
});
export type StoreActor = z.infer<typeof StoreActor>;

export const Regulation = z.object({ serviceId: z.string().min(1).max(100), version: z.string().min(1).max(100) });
export type Regulation = z.infer<typeof Regulation>;

export const JournalEntry = z
  .object({
    id: z.uuid(),
    caseId: z.string().min(1).max(100),
    /** 1-based position in the case; `[caseId+seq]` is unique, so a chain cannot fork. */
    seq: z.number().int().min(1),
    type: z.enum(CASE_EVENT_TYPES),
    payload: CaseEvent,
    actor: StoreActor,
    /** When this device recorded it (UTC ISO). */
    deviceTime: isoInstant,
    /** The regulation version the case started under and always replays with. */
    regulation: Regulation,
    prevHash: z.union([z.literal(GENESIS_PREV_HASH), sha256]),
    hash: sha256,
  })
  .refine((e) => e.payload.type === e.type, { message: 'type differs from the payload type', path: ['type'] })
  .refine((e) => e.payload.actor.userId === e.actor.userId && e.payload.actor.role === e.actor.role, {
    message: 'the payload actor differs from the envelope actor',
    path: ['actor'],
  })
  .refine((e) => (e.seq === 1) === (e.prevHash === GENESIS_PREV_HASH), { message: 'only the first entry has the genesis link', path: ['prevHash'] });
/** One journal entry. Append-only: never updated, never deleted. */
export type JournalEntry = z.infer<typeof JournalEntry>;
export type UnsignedEntry = Omit<JournalEntry, 'hash'>;

/**
 * JSON with object keys sorted at every level and `undefined` members left out: the same value always gives the same
 * text, whatever order its keys were built in (a hash over plain JSON.stringify would depend on it).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const HEX = Array.from({ length: 256 }, (_v, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const byte of view) out += HEX[byte];
  return out;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** The hash an entry must carry: SHA-256 of its canonical JSON without `hash`. */
export function hashEntry(entry: UnsignedEntry | JournalEntry): Promise<string> {
  const { hash: _ignored, ...unsigned } = entry as JournalEntry;
  return sha256Hex(canonicalJson(unsigned));
}

export async function signEntry(entry: UnsignedEntry): Promise<JournalEntry> {
  return { ...entry, hash: await hashEntry(entry) };
}
