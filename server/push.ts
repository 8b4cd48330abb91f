import { findServiceVersion } from '../shared/regulations/catalogue';
import type { LocalizedText } from '../shared/regulations/types';
import { hashEntry, JournalEntry } from '../shared/store/journal';
import { HANDOVER_EVENT_TYPE, RETRYABLE_REJECTIONS, type PushResult, type RejectionCode } from '../shared/sync/protocol';
import { apply, emptyCase, replay, JournalRejected, type CaseState } from '../shared/workflow/replay';
import { asNumber, pgErrorCode, PG_DEADLOCK, PG_SERIALIZATION_FAILURE, PG_UNIQUE_VIOLATION, type Sql, type SyncDatabase } from './database';
import { ENTRY_COLUMNS, rowToEntry } from './journalRows';
import { conflictMessage, rejectionMessage } from './messages';
import { devicesOf, type Device } from './offices';

/**
 * Who is pushing: the office the request authenticated as, and what brought the entries (a device id or an import).
 * `adoptDevices` (imports by the office administrator): a desktop of an office with no link at all may never have
 * enrolled, so the actor devices of the file that the centre does not know yet are recorded as devices of the office
 * (with an unknowable secret: they can authenticate only after enrolling under their id with a code). Devices of
 * another office, or revoked ones, are still refused.
 */
export type PushSource = { readonly officeId: string; readonly via: string; readonly adoptDevices?: boolean };

type Rejected = Extract<PushResult, { status: 'rejected' }>;
type Item = { readonly index: number; readonly entry: JournalEntry } | { readonly index: number; readonly early: Rejected; readonly caseId: string | undefined };

const MAX_CASE_ATTEMPTS = 4;
/** Cases judged at once per request (each holds one pooled connection while it runs). */
const CASE_CONCURRENCY = 4;

/**
 * Judges a batch of journal entries (see shared/sync/protocol.ts for the rules) and stores the accepted ones. Entries are
 * grouped by case; each case is judged in ONE transaction holding the case's advisory lock, so two instances (or two
 * requests) pushing the same case are serialised and exactly one entry wins each seq. Results come back in the
 * order of the request.
 */
export async function pushEntries(db: SyncDatabase, source: PushSource, raw: readonly unknown[], cache = defaultStateCache): Promise<PushResult[]> {
  const results: (PushResult | undefined)[] = raw.map(() => undefined);
  if (source.adoptDevices) await adoptDevices(db, source, raw);
  const devices = await devicesOf(db, source.officeId);
  const byCase = new Map<string, Item[]>();
  const loose: Item[] = [];
  // Hashes are WebCrypto digests (off the main thread): screen the whole batch at once.
  const screened = await Promise.all(raw.map((value, index) => screen(index, value, source, devices)));
  for (const item of screened) {
    const caseId = 'entry' in item ? item.entry.caseId : item.caseId;
    if (caseId === undefined) loose.push(item);
    else byCase.set(caseId, [...(byCase.get(caseId) ?? []), item]);
  }
  for (const item of loose) if ('early' in item) results[item.index] = item.early;

  // Cases are independent (each has its own lock), so a batch judges several at once on the pool's connections.
  const cityOffices = (await db.query<{ id: string }>("SELECT id FROM offices WHERE kind = 'city' ORDER BY id")).rows.map((r) => String(r.id));
  const queue = [...byCase];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [caseId, items] = next;
      let outcome: PushResult[] | undefined;
      for (let attempt = 0; attempt < MAX_CASE_ATTEMPTS && !outcome; attempt++) {
        try {
          outcome = await db.transaction((tx) => judgeCase(tx, source, caseId, items, cache, cityOffices));
        } catch (error) {
          const code = pgErrorCode(error);
          if (code !== PG_UNIQUE_VIOLATION && code !== PG_SERIALIZATION_FAILURE && code !== PG_DEADLOCK) throw error;
          cache.forget(caseId);
        }
      }
      const judged = outcome ?? items.map((item): PushResult => rejected(idOf(item), 'busy', rejectionMessage('busy')));
      items.forEach((item, i) => (results[item.index] = judged[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CASE_CONCURRENCY, byCase.size) }, worker));

  const final = results.map((r, index) => r ?? rejected(null, 'invalid', rejectionMessage('invalid', { details: `#${index}` })));
  await logRejections(db, source, raw, final);
  return final;
}

async function adoptDevices(db: Sql, source: PushSource, raw: readonly unknown[]): Promise<void> {
  const ids = new Set<string>();
  for (const value of raw) {
    const actor = typeof value === 'object' && value !== null ? (value as { actor?: { officeId?: unknown; deviceId?: unknown } }).actor : undefined;
    if (actor?.officeId === source.officeId && typeof actor.deviceId === 'string' && actor.deviceId.length > 0 && actor.deviceId.length <= 100) ids.add(actor.deviceId);
  }
  if (ids.size === 0) return;
  await db.query(
    `INSERT INTO devices (id, office_id, name, secret_hash)
     SELECT id, $2, $3, encode(sha256(gen_random_uuid()::text::bytea), 'hex') FROM unnest($1::text[]) AS t(id)
     ON CONFLICT (id) DO NOTHING`,
    [[...ids], source.officeId, source.via],
  );
}

function idOf(item: Item): string | null {
  return 'entry' in item ? item.entry.id : item.early.id;
}

function rejected(id: string | null, code: RejectionCode, reason: LocalizedText): Rejected {
  return { status: 'rejected', id, code, reason };
}

/** The checks that need no database: shape, hash, the actor's office and device. */
async function screen(index: number, value: unknown, source: PushSource, devices: ReadonlyMap<string, Device>): Promise<Item> {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const rawId = typeof record.id === 'string' ? record.id : null;
  const rawCase = typeof record.caseId === 'string' && record.caseId.length > 0 ? record.caseId : undefined;
  const early = (code: RejectionCode, reason: LocalizedText): Item => ({ index, caseId: rawCase, early: rejected(rawId, code, reason) });

  const parsed = JournalEntry.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    return early('invalid', rejectionMessage('invalid', { details }));
  }
  const entry = parsed.data;
  // PostgreSQL's jsonb cannot hold U+0000; such a text never comes from the desktop's forms.
  if (JSON.stringify(entry).includes('\\u0000')) return early('invalid', rejectionMessage('invalid', { details: 'U+0000' }));
  if ((await hashEntry(entry)) !== entry.hash) return early('hash_mismatch', rejectionMessage('hash_mismatch'));
  if (entry.actor.officeId !== source.officeId) return early('wrong_office', rejectionMessage('wrong_office', { details: entry.actor.officeId }));
  const device = devices.get(entry.actor.deviceId);
  if (!device) return early('wrong_office', rejectionMessage('wrong_office', { details: entry.actor.deviceId }));
  if (device.revokedAt !== null) return early('device_revoked', rejectionMessage('device_revoked'));
  return { index, entry };
}

type CaseRowState = {
  exists: boolean;
  serviceId: string;
  version: string;
  registeredBy: string;
  owner: string;
  length: number;
  lastHash: string;
  number: string | null;
  access: Set<string>;
};

/**
 * One case, in one transaction: each entry in order; the first that fails blocks the ones after it. Accepted entries
 * are written together at the end (one INSERT for the entries, one for the feeds) to keep round trips per case few.
 */
async function judgeCase(tx: Sql, source: PushSource, caseId: string, items: readonly Item[], cache: StateCache, cityOffices: readonly string[]): Promise<PushResult[]> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [caseId]);
  const current = await loadCase(tx, caseId);
  const existedBefore = current.exists;
  const ids = items.flatMap((item) => ('entry' in item ? [item.entry.id] : []));
  const { rows: known } = ids.length === 0 ? { rows: [] } : await tx.query<{ id: string; case_id: string; seq: number; hash: string }>('SELECT id, case_id, seq, hash FROM actions WHERE id = ANY($1::uuid[])', [ids]);
  const stored = new Map(known.map((row) => [String(row.id), { caseId: String(row.case_id), seq: asNumber(row.seq), hash: String(row.hash) }]));

  const out: PushResult[] = [];
  const accepted: JournalEntry[] = [];
  const newAccess: { office: string; reason: 'registered' | 'handover' }[] = [];
  const feed: { office: string; actionId: string }[] = [];
  let blocked: RejectionCode | undefined;
  let state: CaseState | undefined;

  for (const item of items) {
    if (blocked) {
      const code: RejectionCode = RETRYABLE_REJECTIONS.includes(blocked) ? blocked : blocked === 'after_conflict' ? 'after_conflict' : 'after_rejection';
      out.push(rejected(idOf(item), code, rejectionMessage(code, { case: caseId, expected: current.length + 1 })));
      continue;
    }
    if ('early' in item) {
      out.push(item.early);
      blocked = item.early.code;
      continue;
    }
    const { entry } = item;
    const fail = (code: RejectionCode, params: Record<string, string | number | LocalizedText> = {}) => {
      out.push(rejected(entry.id, code, rejectionMessage(code, { case: caseId, seq: entry.seq, ...params })));
      blocked = code;
    };

    const already = stored.get(entry.id);
    if (already) {
      if (already.caseId === caseId && already.seq === entry.seq && already.hash === entry.hash) out.push({ status: 'duplicate', id: entry.id });
      else fail('id_reused');
      continue;
    }

    if (!current.exists) {
      if (entry.seq !== 1) {
        fail('gap', { expected: 1 });
        continue;
      }
      const service = findServiceVersion(entry.regulation.serviceId, entry.regulation.version);
      if (!service) {
        fail('unknown_service', { service: `${entry.regulation.serviceId}@${entry.regulation.version}` });
        continue;
      }
      state = emptyCase(service);
    } else {
      if (!current.access.has(source.officeId)) {
        fail('not_entitled');
        continue;
      }
      if (entry.seq <= current.length) {
        const server = accepted.find((e) => e.seq === entry.seq) ?? (await entryAt(tx, caseId, entry.seq));
        out.push({ status: 'conflict', id: entry.id, server, reason: conflictMessage({ seq: entry.seq, case: caseId, type: server.type, office: server.actor.officeId }) });
        blocked = 'after_conflict';
        continue;
      }
      if (entry.seq > current.length + 1) {
        fail('gap', { expected: current.length + 1 });
        continue;
      }
      if (entry.prevHash !== current.lastHash) {
        fail('broken_chain');
        continue;
      }
      if (entry.regulation.serviceId !== current.serviceId || entry.regulation.version !== current.version) {
        fail('regulation_mismatch', { expected: `${current.serviceId}@${current.version}`, service: `${entry.regulation.serviceId}@${entry.regulation.version}` });
        continue;
      }
      if (current.owner !== source.officeId) {
        fail('not_owner', { office: current.owner });
        continue;
      }
      if (!state) {
        const loaded = await caseState(tx, caseId, current, cache);
        if (!loaded.ok) {
          fail('machine', { details: loaded.reason });
          continue;
        }
        state = loaded.state;
      }
    }

    const applied = apply(state, entry.payload);
    if (!applied.ok) {
      fail('machine', { details: applied.reason });
      continue;
    }

    // Ownership: a handover moves the case to `toOffice`, which may read it (and its whole journal) from now on.
    let handedTo: string | undefined;
    if ((entry.type as string) === HANDOVER_EVENT_TYPE) {
      const toOffice = (entry.payload as { toOffice?: unknown }).toOffice;
      const { rows } = typeof toOffice === 'string' ? await tx.query('SELECT id FROM offices WHERE id = $1', [toOffice]) : { rows: [] };
      if (rows.length === 0) {
        fail('unknown_office', { office: String(toOffice) });
        continue;
      }
      handedTo = String(toOffice);
    }

    if (!current.exists) {
      const number = 'number' in entry.payload && typeof entry.payload.number === 'string' ? entry.payload.number : null;
      Object.assign(current, { exists: true, serviceId: entry.regulation.serviceId, version: entry.regulation.version, registeredBy: source.officeId, owner: source.officeId, number });
      current.access.add(source.officeId);
      newAccess.push({ office: source.officeId, reason: 'registered' });
    }
    if (handedTo !== undefined && !current.access.has(handedTo)) {
      current.access.add(handedTo);
      newAccess.push({ office: handedTo, reason: 'handover' });
      // The new office reads the case from seq 1: its earlier entries join its feed before the handover itself.
      const { rows } = existedBefore ? await tx.query<{ id: string }>('SELECT id FROM actions WHERE case_id = $1 ORDER BY seq', [caseId]) : { rows: [] };
      for (const id of [...rows.map((r) => String(r.id)), ...accepted.map((e) => e.id)]) feed.push({ office: handedTo, actionId: id });
    }
    if (handedTo !== undefined) current.owner = handedTo;
    current.length = entry.seq;
    current.lastHash = entry.hash;
    state = applied.state;
    accepted.push(entry);
    stored.set(entry.id, { caseId, seq: entry.seq, hash: entry.hash });
    for (const office of new Set([...current.access, ...cityOffices])) feed.push({ office, actionId: entry.id });
    out.push({ status: 'accepted', id: entry.id });
  }

  if (accepted.length > 0 && state) {
    const projection = [current.owner, state.status, state.stage ?? null, state.stepId ?? null, current.length, current.lastHash];
    if (existedBefore) {
      await tx.query('UPDATE cases SET owner_office = $2, status = $3, stage = $4, step_id = $5, length = $6, last_hash = $7, updated_at = now() WHERE id = $1', [caseId, ...projection]);
    } else {
      await tx.query(
        `INSERT INTO cases (id, service_id, version, number, registered_by, owner_office, status, stage, step_id, length, last_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [caseId, current.serviceId, current.version, current.number, current.registeredBy, ...projection],
      );
    }
    await insertEntries(tx, accepted, source.via);
    if (newAccess.length > 0) {
      await tx.query('INSERT INTO case_access (case_id, office_id, reason) SELECT $1, * FROM unnest($2::text[], $3::text[])', [caseId, newAccess.map((a) => a.office), newAccess.map((a) => a.reason)]);
    }
    await appendToFeeds(tx, feed);
    cache.set(caseId, { length: current.length, lastHash: current.lastHash, state });
  }
  return out;
}

async function entryAt(tx: Sql, caseId: string, seq: number): Promise<JournalEntry> {
  const { rows } = await tx.query(`SELECT ${ENTRY_COLUMNS} FROM actions a WHERE a.case_id = $1 AND a.seq = $2`, [caseId, seq]);
  const row = rows[0];
  if (!row) throw new Error(`case ${caseId} has no entry at seq ${seq} below its length`);
  return rowToEntry(row);
}

async function insertEntries(tx: Sql, entries: readonly JournalEntry[], via: string): Promise<void> {
  const column = <T>(pick: (e: JournalEntry) => T) => entries.map(pick);
  await tx.query(
    `INSERT INTO actions (id, case_id, seq, type, payload, actor, office_id, device_id, device_time, service_id, version, prev_hash, hash, received_via)
     SELECT id, case_id, seq, type, payload, actor, office_id, device_id, device_time, service_id, version, prev_hash, hash, $14
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       AS t(id, case_id, seq, type, payload, actor, office_id, device_id, device_time, service_id, version, prev_hash, hash)
     ORDER BY seq`,
    [
      column((e) => e.id),
      column((e) => e.caseId),
      column((e) => e.seq),
      column((e) => e.type),
      column((e) => JSON.stringify(e.payload)),
      column((e) => JSON.stringify(e.actor)),
      column((e) => e.actor.officeId),
      column((e) => e.actor.deviceId),
      column((e) => e.deviceTime),
      column((e) => e.regulation.serviceId),
      column((e) => e.regulation.version),
      column((e) => e.prevHash),
      column((e) => e.hash),
      via,
    ],
  );
}

async function loadCase(tx: Sql, caseId: string): Promise<CaseRowState> {
  const { rows } = await tx.query<{ service_id: string; version: string; registered_by: string; owner_office: string; length: number; last_hash: string; number: string | null }>(
    'SELECT service_id, version, registered_by, owner_office, length, last_hash, number FROM cases WHERE id = $1',
    [caseId],
  );
  const row = rows[0];
  if (!row) return { exists: false, serviceId: '', version: '', registeredBy: '', owner: '', length: 0, lastHash: '', number: null, access: new Set() };
  const { rows: access } = await tx.query<{ office_id: string }>('SELECT office_id FROM case_access WHERE case_id = $1', [caseId]);
  return {
    exists: true,
    serviceId: row.service_id,
    version: row.version,
    registeredBy: row.registered_by,
    owner: row.owner_office,
    length: asNumber(row.length),
    lastHash: row.last_hash,
    number: row.number,
    access: new Set(access.map((r) => String(r.office_id))),
  };
}

/**
 * Feed positions: per office, one UPDATE … RETURNING bumps its counter and row-locks it until commit, so the office's
 * positions become visible in increasing order. Offices are locked in sorted order (no deadlock between two pushes),
 * at the very end of the transaction (the lock is held only for the insert and the commit).
 */
async function appendToFeeds(tx: Sql, feed: readonly { office: string; actionId: string }[]): Promise<void> {
  const perOffice = new Map<string, string[]>();
  for (const { office, actionId } of feed) perOffice.set(office, [...(perOffice.get(office) ?? []), actionId]);
  for (const office of [...perOffice.keys()].sort()) {
    const actionIds = perOffice.get(office) ?? [];
    const { rows } = await tx.query<{ feed_position: unknown }>('UPDATE offices SET feed_position = feed_position + $2 WHERE id = $1 RETURNING feed_position', [office, actionIds.length]);
    const end = asNumber(rows[0]?.feed_position);
    const start = end - actionIds.length + 1;
    await tx.query(
      `INSERT INTO office_feed (office_id, position, action_id)
       SELECT $1, $2::bigint + ord - 1, id FROM unnest($3::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [office, start, actionIds],
    );
  }
}

// ------------------------------------------------------------------------------------------------------------------
// Case states: replayed from the stored journal with the case's regulation version (shared/workflow replay). The cache
// is only a shortcut checked against the journal's length and last hash — any instance may have a stale one or none.
// ------------------------------------------------------------------------------------------------------------------

type CachedState = { readonly length: number; readonly lastHash: string; readonly state: CaseState };

export class StateCache {
  private readonly entries = new Map<string, CachedState>();
  constructor(private readonly capacity = 5000) {}
  get(caseId: string, length: number, lastHash: string): CaseState | undefined {
    const hit = this.entries.get(caseId);
    if (!hit || hit.length !== length || hit.lastHash !== lastHash) return undefined;
    this.entries.delete(caseId);
    this.entries.set(caseId, hit);
    return hit.state;
  }
  set(caseId: string, value: CachedState): void {
    this.entries.delete(caseId);
    this.entries.set(caseId, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
  forget(caseId: string): void {
    this.entries.delete(caseId);
  }
}
const defaultStateCache = new StateCache();

async function caseState(tx: Sql, caseId: string, current: CaseRowState, cache: StateCache): Promise<{ ok: true; state: CaseState } | { ok: false; reason: LocalizedText }> {
  const hit = cache.get(caseId, current.length, current.lastHash);
  if (hit) return { ok: true, state: hit };
  const service = findServiceVersion(current.serviceId, current.version);
  if (!service) return { ok: false, reason: rejectionMessage('unknown_service', { service: `${current.serviceId}@${current.version}` }) };
  const { rows } = await tx.query<{ payload: unknown }>('SELECT payload FROM actions WHERE case_id = $1 ORDER BY seq', [caseId]);
  try {
    const state = replay(
      service,
      rows.map((r) => r.payload),
    );
    cache.set(caseId, { length: current.length, lastHash: current.lastHash, state });
    return { ok: true, state };
  } catch (error) {
    if (error instanceof JournalRejected) return { ok: false, reason: error.reason };
    throw error;
  }
}

async function logRejections(db: Sql, source: PushSource, raw: readonly unknown[], results: readonly PushResult[]): Promise<void> {
  const rows = results.flatMap((result, index) => {
    if (result.status !== 'rejected' || RETRYABLE_REJECTIONS.includes(result.code)) return [];
    const value = raw[index];
    const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return [[result.id, typeof record.caseId === 'string' ? record.caseId : null, source.officeId, source.via, result.code, result.reason.ru]];
  });
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO rejected_actions (action_id, case_id, office_id, device_id, code, reason)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
    [0, 1, 2, 3, 4, 5].map((column) => rows.map((row) => row[column] ?? null)),
  );
}
