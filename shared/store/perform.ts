import { z } from 'zod';
import { localDateOf, type IsoDate } from '../calendar';
import { localizeWhy } from '../i18n/localize';
import { currentVersionOf, findServiceVersion } from '../regulations/catalogue';
import type { LocalizedText, ServiceVersion } from '../regulations/types';
import { CaseEvent, type Applicant } from '../workflow/events';
import { apply, emptyCase, JournalRejected, type CaseState } from '../workflow/replay';
import { journalOf, lastEntryOf, replayJournal, stateCacheOf, type CachedCase } from './caseStateCache';
import type { ApplicantRow, CaseDatabase, CaseRow, NumberingBlockRow } from './database';
import { projectionTables, putProjection } from './reportFactsStore';
import { GENESIS_PREV_HASH, signEntry, StoreActor, type JournalEntry, type UnsignedEntry } from './journal';
import { nameKey } from './nameKey';
import { takeNumber } from '../numbering';
import { nextCaseNumber, numberHeldElsewhere, toNumberingBlock, type TakenNumber } from './numberingBlocks';
import { isFinalStatus, owningOffice, projectCase } from './projection';
import { storeMessage, toStoreError, type StoreError } from './storeErrors';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * An action as a desk submits it: the event without its actor and time (perform stamps them), with
 * - `id`: the action's uuid. Generate it when the form opens and resend the same id on retry: perform is idempotent by
 *   it, so a double click or a retry after a lost answer records the action once;
 * - `number`: for the first action of a case; when absent, the next number of this device's block is taken in the
 *   same transaction;
 * - `regulation`: for the first action — the service, and the version when not the current one.
 */
export type ActionInput = DistributiveOmit<CaseEvent, 'actor' | 'at' | 'number'> & {
  readonly id?: string;
  readonly at?: string;
  readonly number?: string;
  readonly regulation?: { readonly serviceId: string; readonly version?: string };
};

export type PerformRefusal =
  /** The machine or the payload check refused the action (the reason says why, as the engine explains it). */
  | 'refused'
  /** The case belongs to another office, the service is unknown, the action id was used by another case… */
  | 'invalid'
  /** No case number could be taken (no block on this device, or it is exhausted). */
  | 'numbering'
  /** The case kept changing under us (other windows) — the user repeats the action. */
  | 'conflict'
  /** IndexedDB failed (disk full, aborted…); nothing was written. */
  | 'storage';

export type PerformResult =
  | { readonly ok: true; readonly duplicate: boolean; readonly entry: JournalEntry; readonly case: CaseRow | undefined }
  | { readonly ok: false; readonly code: PerformRefusal; readonly reason: LocalizedText; readonly error?: StoreError };

const MAX_ATTEMPTS = 8;
const ActionId = z.uuid();

/** The journal moved (or the numbering block changed) between hashing and writing: build the entry again. */
class JournalMoved extends Error {
  constructor() {
    super('journal moved');
    this.name = 'JournalMoved';
  }
}

const refusal = (code: PerformRefusal, reason: LocalizedText): PerformResult => ({ ok: false, code, reason });

/** Performs run one after another per case within this window; across windows the in-transaction check decides. */
const queues = new WeakMap<CaseDatabase, Map<string, Promise<unknown>>>();

function serialized<T>(db: CaseDatabase, caseId: string, run: () => Promise<T>): Promise<T> {
  let perCase = queues.get(db);
  if (!perCase) {
    perCase = new Map();
    queues.set(db, perCase);
  }
  const previous = perCase.get(caseId) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  perCase.set(caseId, settled);
  void settled.then(() => {
    if (perCase.get(caseId) === settled) perCase.delete(caseId);
  });
  return next;
}

/**
 * perform(caseId, action, actor): validate the action with the machine of the case's regulation version and the
 * actor's role, then in ONE transaction append it to the journal, update the case projection, queue it in the outbox
 * (and, for the first action, take the case number and remember the applicant). A refused action writes nothing and
 * returns the engine's reason in both languages.
 *
 * Hashing is asynchronous WebCrypto, which would commit an open IndexedDB transaction, so the entry is hashed first and
 * the transaction then re-checks that the case's last entry (and the numbering block) are still what was hashed
 * against; if not, the whole attempt is repeated.
 */
export function perform(db: CaseDatabase, caseId: string, action: ActionInput, actor: StoreActor): Promise<PerformResult> {
  const id = action.id ?? crypto.randomUUID();
  return serialized(db, caseId, async () => {
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        // The first attempt trusts what this window knows (cached case, cached numbering block) and lets the write
        // transaction's re-check catch a stale view; a retry reads everything afresh.
        const result = await performOnce(db, caseId, { ...action, id }, actor, attempt === 0);
        if (result === 'retry') continue;
        // A refusal judged on the cached view is confirmed on a fresh read before the user sees it.
        if (!result.ok && attempt === 0) continue;
        return result;
      }
      return refusal('conflict', storeMessage('conflict'));
    } catch (error) {
      const storeFailure = toStoreError(error);
      return { ok: false, code: 'storage', reason: storeFailure.localized, error: storeFailure };
    }
  });
}

/** The end of a case's chain: what the next entry links to. */
type ChainTip = { readonly seq: number; readonly hash: string };

type Position = {
  readonly existing?: JournalEntry;
  readonly last: ChainTip | undefined;
  readonly cached: CachedCase | undefined;
  readonly journal: readonly JournalEntry[] | undefined;
  readonly taken?: TakenNumber;
};

async function performOnce(
  db: CaseDatabase,
  caseId: string,
  action: ActionInput & { readonly id: string },
  actorInput: StoreActor,
  optimistic: boolean,
): Promise<PerformResult | 'retry'> {
  const { id, at: givenAt, number: givenNumber, regulation, ...event } = action;
  if (!ActionId.safeParse(id).success) return refusal('invalid', localizeWhy('invalidPayload', { details: 'id: uuid' }));
  const actorCheck = StoreActor.safeParse(actorInput);
  if (!actorCheck.success) {
    return refusal('invalid', storeMessage('invalidActor', { details: actorCheck.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
  }
  const actor = actorCheck.data;

  // The event's time and, for a registration without a number, the local date whose year numbers it.
  const now = db.now().toISOString();
  const at = givenAt ?? now;
  const wantsNumber = givenNumber === undefined && (event.type === 'case.register' || event.type === 'intake.refuse');
  let today: IsoDate | undefined;
  if (wantsNumber) {
    try {
      today = localDateOf(at);
    } catch {
      return refusal('refused', localizeWhy('invalidPayload', { details: `at: ${at}` }));
    }
  }

  // 1. Where the case stands: from this window's cache when it can (the write transaction re-checks it), else from
  //    one read transaction (a consistent view of the journal and the numbering block).
  const cache = stateCacheOf(db);
  const known = optimistic ? knownPosition(db, caseId, event.type, actor, today) : undefined;
  const position =
    known ??
    // cases too: nextCaseNumber passes over numbers the store holds already (pulled from another device).
    (await db.transaction('r', [db.actions, db.numberingBlocks, db.cases], async (): Promise<Position> => {
      const [existing, last] = await Promise.all([db.actions.get(id), lastEntryOf(db, caseId)]);
      if (existing) return { existing, last, cached: undefined, journal: undefined };
      const cached = last ? cache.get(caseId, last.seq, last.hash) : undefined;
      const journal = last && !cached ? await journalOf(db, caseId) : undefined;
      const taken = !last && today !== undefined ? await nextCaseNumber(db, actor.officeId, actor.deviceId, today) : undefined;
      if (taken?.ok) blockCacheOf(db).set(blockKey(actor, today), taken.before);
      return { last, cached, journal, taken };
    }));
  if (position.existing) {
    // Idempotent by id: the action is already in the journal.
    if (position.existing.caseId !== caseId) return refusal('invalid', storeMessage('idReused'));
    return { ok: true, duplicate: true, entry: position.existing, case: await db.cases.get(caseId) };
  }

  // 2. The case's state and regulation version.
  const current = resolveCase(position, caseId, regulation);
  if ('ok' in current) return current;
  const { state, service } = current;
  const officeId = current.officeId ?? actor.officeId;
  // Issue #6: the office that owns the case now (after handovers) is the only one that writes to it.
  const owner = owningOffice(state, officeId);
  if (owner !== actor.officeId) return refusal('invalid', storeMessage('otherOffice', { office: owner }));

  // 3. The event, stamped; a first action gets the next number of this device's block.
  let number = givenNumber;
  let block: { readonly before: NumberingBlockRow; readonly after: NumberingBlockRow } | undefined;
  const first = position.last === undefined;
  if (position.taken) {
    if (!position.taken.ok) return refusal('numbering', position.taken.error.message);
    number = position.taken.number;
    block = { before: position.taken.before, after: position.taken.after };
  }
  const input = {
    ...event,
    ...(number === undefined ? {} : { number }),
    actor: { userId: actor.userId, role: actor.role, ...(actor.name === undefined ? {} : { name: actor.name }) },
    at,
  };

  // 4. The machine decides.
  const result = apply(state, input);
  if (!result.ok) return refusal('refused', result.reason);
  const payload = CaseEvent.parse(input);

  // 5. The entry, hashed against the last entry read in step 1.
  const seq = (position.last?.seq ?? 0) + 1;
  const unsigned: UnsignedEntry = {
    id,
    caseId,
    seq,
    type: payload.type,
    payload,
    actor,
    deviceTime: now,
    regulation: { serviceId: service.id, version: service.version },
    prevHash: position.last?.hash ?? GENESIS_PREV_HASH,
  };
  const entry = await signEntry(unsigned);
  const row = projectCase(result.state, { caseId, officeId, last: { seq, hash: entry.hash, deviceTime: now, at } }, db.calendar);
  const applicant = first ? applicantRow(result.state.context.applicant, caseId, at) : undefined;

  // 6. One transaction: re-check, then append + project + queue (+ number, applicant). All or nothing.
  try {
    await db.transaction('rw', [db.actions, ...projectionTables(db), db.outbox, db.numberingBlocks, db.applicants], async () => {
      const [again, last, blockNow] = await Promise.all([
        db.actions.get(id),
        lastEntryOf(db, caseId),
        block ? db.numberingBlocks.get(block.before.id) : Promise.resolve(undefined),
      ]);
      if (again || (last?.seq ?? 0) !== seq - 1 || (last?.hash ?? GENESIS_PREV_HASH) !== unsigned.prevHash) throw new JournalMoved();
      if (block && (!blockNow || blockNow.next !== block.before.next)) throw new JournalMoved();
      // A number taken from the cached block may have arrived meanwhile with a pulled case: read again, pass it over.
      if (block && number !== undefined && (await numberHeldElsewhere(db, number, caseId))) throw new JournalMoved();
      await Promise.all([
        db.actions.add(entry),
        putProjection(db, row, first || isFinalStatus(row.status)),
        db.outbox.add({ actionId: id, caseId, queuedAt: now }),
        ...(block ? [db.numberingBlocks.put(block.after)] : []),
        ...(applicant ? [db.applicants.put(applicant)] : []),
      ]);
    });
  } catch (error) {
    if (error instanceof JournalMoved) return 'retry';
    throw error;
  }
  cache.set(caseId, { seq, hash: entry.hash, state: result.state, officeId });
  if (block && today !== undefined) blockCacheOf(db).set(blockKey(actor, today), block.after);
  return { ok: true, duplicate: false, entry, case: row };
}

/** The numbering block each device last used, per office and year (checked in the write transaction like the chain). */
const blockCaches = new WeakMap<CaseDatabase, Map<string, NumberingBlockRow>>();
function blockCacheOf(db: CaseDatabase): Map<string, NumberingBlockRow> {
  let cache = blockCaches.get(db);
  if (!cache) {
    cache = new Map();
    blockCaches.set(db, cache);
  }
  return cache;
}
const blockKey = (actor: StoreActor, today: IsoDate | undefined) => `${actor.officeId}/${today?.slice(0, 4) ?? ''}/${actor.deviceId}`;

/**
 * The position this window believes in without reading: a case it has in its cache, or — for a first action of a case
 * it has never seen — a new case numbered from its cached block. Undefined when it must read.
 */
function knownPosition(db: CaseDatabase, caseId: string, type: CaseEvent['type'], actor: StoreActor, today: IsoDate | undefined): Position | undefined {
  const cached = stateCacheOf(db).peek(caseId);
  if (cached) return { last: { seq: cached.seq, hash: cached.hash }, cached, journal: undefined };
  if (type !== 'case.register' && type !== 'intake.refuse') return undefined;
  if (today === undefined) return { last: undefined, cached: undefined, journal: undefined };
  const block = blockCacheOf(db).get(blockKey(actor, today));
  if (!block) return undefined;
  const taken = takeNumber(toNumberingBlock(block), today);
  return { last: undefined, cached: undefined, journal: undefined, taken: taken.ok ? { ok: true, number: taken.number, before: block, after: { ...block, next: taken.block.next } } : taken };
}

/** `officeId` is undefined for a new case: it becomes the office of the actor who registers it. */
type ResolvedCase = { readonly state: CaseState; readonly officeId: string | undefined; readonly service: ServiceVersion };

function resolveCase(position: Position, caseId: string, regulation: ActionInput['regulation']): ResolvedCase | PerformResult {
  if (position.cached) return { state: position.cached.state, officeId: position.cached.officeId, service: position.cached.state.service };
  const journal = position.journal ?? [];
  const first = journal[0];
  if (!first) {
    // A new case: the regulation version it starts under is fixed here and replayed with forever.
    if (!regulation) return refusal('invalid', storeMessage('caseNotFound'));
    const service = regulation.version === undefined ? safeCurrentVersion(regulation.serviceId) : findServiceVersion(regulation.serviceId, regulation.version);
    if (!service) return refusal('invalid', storeMessage('serviceUnknown', { service: `${regulation.serviceId}@${regulation.version ?? ''}` }));
    return { state: emptyCase(service), officeId: undefined, service };
  }
  try {
    const state = replayJournal(journal);
    if (!state) return refusal('invalid', storeMessage('serviceUnknown', { service: `${first.regulation.serviceId}@${first.regulation.version}` }));
    return { state, officeId: first.actor.officeId, service: state.service };
  } catch (error) {
    if (error instanceof JournalRejected) return refusal('invalid', storeMessage('chainInvalid', { case: caseId, seq: error.index + 1 }));
    throw error;
  }
}

function safeCurrentVersion(serviceId: string): ServiceVersion | undefined {
  try {
    return currentVersionOf(serviceId);
  } catch {
    return undefined;
  }
}

/** The applicant as registered, for the next intake (found by IIN or name). */
export function applicantRow(applicant: Applicant | undefined, caseId: string, at: string): ApplicantRow | undefined {
  if (!applicant) return undefined;
  const id = applicant.iin ? `iin:${applicant.iin}` : applicant.passport ? `passport:${applicant.passport}` : `case:${caseId}`;
  return {
    id,
    kind: applicant.kind,
    fullName: applicant.fullName,
    nameKey: nameKey(applicant.fullName),
    ...(applicant.iin === undefined ? {} : { iin: applicant.iin }),
    ...(applicant.passport === undefined ? {} : { passport: applicant.passport }),
    ...(applicant.birthDate === undefined ? {} : { birthDate: applicant.birthDate }),
    ...(applicant.phone === undefined ? {} : { phone: applicant.phone }),
    ...(applicant.address === undefined ? {} : { address: applicant.address }),
    ...(applicant.citizenship === undefined ? {} : { citizenship: applicant.citizenship }),
    lastCaseId: caseId,
    updatedAt: at,
  };
}
