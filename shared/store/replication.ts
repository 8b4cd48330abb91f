import type { LocalizedText } from '../regulations/types';
import { JournalRejected } from '../workflow/replay';
import { journalOf, replayJournal } from './caseStateCache';
import type { CaseDatabase, CaseRow, ConflictRow, ReplicaRow } from './database';
import { deleteProjections, projectionTables, putProjection } from './reportFactsStore';
import { GENESIS_PREV_HASH, hashEntry, JournalEntry, type StoreActor } from './journal';
import { applicantRow, perform, type ActionInput, type PerformResult } from './perform';
import { projectJournal } from './rebuildProjections';
import { storeMessage, toStoreError } from './storeErrors';

/**
 * The store side of sync (issue #6): the outbox read in order and marked shipped, pulled actions ingested into the
 * journal, and conflicts — local actions the centre did not take — kept with both sides until a person resolves them.
 *
 * The journal of a case follows the centre's order. When the centre holds another entry at a position where this
 * desktop has one of its own unsent entries, the local entries from there on are moved out of the chain (out of the
 * outbox too) into a conflict row with their full content, and the centre's entries take their place. Nothing is
 * dropped silently: the conflict stays open and visible until a `conflict.resolve` action is recorded.
 */

export type OutboxItem = { readonly seq: number; readonly entry: JournalEntry };

/** The oldest unsent actions, in the order they were recorded (a case's entries keep their chain order). */
export async function readOutbox(db: CaseDatabase, limit?: number): Promise<readonly OutboxItem[]> {
  return db.transaction('r', [db.outbox, db.actions], async () => {
    const ordered = db.outbox.orderBy('seq');
    const rows = await (limit === undefined ? ordered : ordered.limit(limit)).toArray();
    const entries = await db.actions.bulkGet(rows.map((r) => r.actionId));
    return rows.flatMap((row, i) => {
      const entry = entries[i];
      return entry && row.seq !== undefined ? [{ seq: row.seq, entry }] : [];
    });
  });
}

export function countOutbox(db: CaseDatabase): Promise<number> {
  return db.outbox.count();
}

/** The centre acknowledged these actions (accepted now or before): they leave the outbox. */
export async function markShipped(db: CaseDatabase, actionIds: readonly string[]): Promise<void> {
  if (actionIds.length === 0) return;
  const at = db.now().toISOString();
  await db.transaction('rw', [db.outbox, db.actions, db.replicas], async () => {
    const entries = await db.actions.bulkGet([...actionIds]);
    await db.outbox.where('actionId').anyOf([...actionIds]).delete();
    const replicas = entries.flatMap((e): ReplicaRow[] => (e ? [{ actionId: e.id, caseId: e.caseId, origin: 'local', at }] : []));
    await db.replicas.bulkPut(replicas);
  });
}

export type IngestProblem = { readonly caseId: string; readonly actionId: string; readonly reason: LocalizedText };

export type IngestReport = {
  /** Entries new to this desktop, now in its journal. */
  readonly added: number;
  /** Entries it had already (its own, or pulled before). */
  readonly known: number;
  /** Conflicts opened: local entries moved out of a chain because the centre's entries took their positions. */
  readonly conflicts: readonly string[];
  /**
   * Entries that could not be taken (a hash that does not match, a chain that does not continue, a machine that refuses
   * the action). Their cases were left as they were; the checkpoint must not move past them.
   */
  readonly problems: readonly IngestProblem[];
};

/**
 * Ingest entries pulled from the centre (or read from an updates file), in feed order: every entry's hash is checked,
 * each case's chain must continue, and the case's machine must accept the journal; then, per case in one transaction,
 * the entries are appended (not queued for push), the projection is rewritten and the applicant remembered. Idempotent:
 * entries already present are counted as known.
 */
export async function ingestPulled(db: CaseDatabase, input: readonly unknown[]): Promise<IngestReport> {
  const problems: IngestProblem[] = [];
  const byCase = new Map<string, JournalEntry[]>();
  for (const raw of input) {
    const parsed = JournalEntry.safeParse(raw);
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '';
    const rawCase = typeof raw === 'object' && raw !== null && 'caseId' in raw ? String(raw.caseId) : '';
    if (!parsed.success) {
      problems.push({ caseId: rawCase, actionId: rawId, reason: storeMessage('syncEntryInvalid', { details: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }) });
      continue;
    }
    const entry = parsed.data;
    if ((await hashEntry(entry)) !== entry.hash) {
      problems.push({ caseId: entry.caseId, actionId: entry.id, reason: storeMessage('syncHashMismatch', { case: entry.caseId, seq: entry.seq }) });
      continue;
    }
    const list = byCase.get(entry.caseId) ?? [];
    list.push(entry);
    byCase.set(entry.caseId, list);
  }

  let added = 0;
  let known = 0;
  const conflicts: string[] = [];
  for (const [caseId, entries] of byCase) {
    if (problems.some((p) => p.caseId === caseId)) continue;
    let result: CaseIngest;
    try {
      result = await ingestCase(db, caseId, entries);
    } catch (error) {
      // e.g. a case number this desktop already holds for another case: the case is left as it was and reported.
      problems.push({ caseId, actionId: entries[0]?.id ?? '', reason: toStoreError(error).localized });
      continue;
    }
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    added += result.added;
    known += result.known;
    if (result.conflict) conflicts.push(result.conflict);
  }
  return { added, known, conflicts, problems };
}

type CaseIngest = { readonly added: number; readonly known: number; readonly conflict?: string } | { readonly problem: IngestProblem };

async function ingestCase(db: CaseDatabase, caseId: string, pulled: readonly JournalEntry[]): Promise<CaseIngest> {
  const detectedAt = db.now().toISOString();
  return db.transaction('rw', [db.actions, ...projectionTables(db), db.outbox, db.replicas, db.conflicts, db.applicants], async (): Promise<CaseIngest> => {
    const before = await journalOf(db, caseId);
    let chain = [...before];
    const present = new Set(chain.map((e) => e.id));
    const fresh: JournalEntry[] = [];
    let moved: JournalEntry[] = [];
    let known = 0;
    const sorted = [...pulled].sort((a, b) => a.seq - b.seq);
    for (const entry of sorted) {
      if (present.has(entry.id)) {
        known++;
        continue;
      }
      if (entry.seq <= chain.length) {
        // The centre has another entry at this position: ours lost the race. The centre's order wins; ours are kept.
        const local = chain.slice(entry.seq - 1);
        moved = [...local, ...moved.filter((m) => !local.some((l) => l.id === m.id))];
        chain = chain.slice(0, entry.seq - 1);
        for (const l of local) present.delete(l.id);
      }
      const tip = chain[chain.length - 1];
      if (entry.seq !== chain.length + 1 || entry.prevHash !== (tip?.hash ?? GENESIS_PREV_HASH)) {
        return { problem: { caseId, actionId: entry.id, reason: storeMessage('syncChainGap', { case: caseId, seq: entry.seq }) } };
      }
      chain.push(entry);
      present.add(entry.id);
      fresh.push(entry);
    }
    // The centre holds the known ones: whatever of them still waits in the outbox (its push answer was lost, or it
    // travelled in a file) is shipped.
    const knownIds = sorted.filter((e) => present.has(e.id) && !fresh.includes(e)).map((e) => e.id);
    if (knownIds.length > 0) await db.outbox.where('actionId').anyOf(knownIds).delete();
    if (fresh.length === 0 && moved.length === 0) {
      await db.replicas.bulkPut(sorted.map((e) => ({ actionId: e.id, caseId, origin: 'remote' as const, at: detectedAt })).filter((r) => present.has(r.actionId)));
      return { added: 0, known };
    }
    let row: CaseRow | undefined;
    try {
      row = projectJournal(db, chain);
    } catch (error) {
      if (error instanceof JournalRejected) {
        const bad = chain[error.index];
        return { problem: { caseId, actionId: bad?.id ?? '', reason: error.reason } };
      }
      throw error;
    }
    if (!row) {
      const first = chain[0];
      return { problem: { caseId, actionId: first?.id ?? '', reason: storeMessage('serviceUnknown', { service: `${first?.regulation.serviceId}@${first?.regulation.version}` }) } };
    }
    let conflictId: string | undefined;
    if (moved.length > 0) {
      const movedIds = moved.map((m) => m.id);
      await db.actions.bulkDelete(movedIds);
      await db.outbox.where('actionId').anyOf(movedIds).delete();
      const positions = new Set(moved.map((m) => m.seq));
      conflictId = crypto.randomUUID();
      const conflict: ConflictRow = {
        id: conflictId,
        caseId,
        kind: 'lost_race',
        status: 'open',
        detectedAt,
        local: moved,
        server: chain.filter((e) => positions.has(e.seq)),
        reason: storeMessage('syncLostRace', { count: moved.length }),
      };
      await db.conflicts.add(conflict);
    }
    await db.actions.bulkAdd(fresh);
    await putProjection(db, row);
    await db.replicas.bulkPut(sorted.filter((e) => present.has(e.id)).map((e) => ({ actionId: e.id, caseId, origin: fresh.includes(e) ? ('remote' as const) : ('local' as const), at: detectedAt })));
    const register = fresh.find((e) => e.seq === 1);
    if (register) {
      const state = replayJournal([register]);
      const applicant = applicantRow(state?.context.applicant, caseId, register.payload.at);
      if (applicant) await db.applicants.put(applicant);
    }
    return { added: fresh.length, known, ...(conflictId === undefined ? {} : { conflict: conflictId }) };
  });
}

/**
 * The centre refused a local action for good (`code`, `reason`): it and every later local entry of its case leave the
 * chain (and the outbox) for a conflict row of kind `rejected`, and the projection is rebuilt from what remains — the
 * part of the chain the centre holds. Returns the conflict's id, or undefined when the action is not in the journal.
 */
export async function rejectLocal(db: CaseDatabase, actionId: string, code: string, reason: LocalizedText): Promise<string | undefined> {
  const detectedAt = db.now().toISOString();
  return db.transaction('rw', [db.actions, ...projectionTables(db), db.outbox, db.conflicts], async () => {
    const entry = await db.actions.get(actionId);
    if (!entry) return undefined;
    const journal = await journalOf(db, entry.caseId);
    const moved = journal.filter((e) => e.seq >= entry.seq);
    const kept = journal.filter((e) => e.seq < entry.seq);
    const movedIds = moved.map((m) => m.id);
    await db.actions.bulkDelete(movedIds);
    await db.outbox.where('actionId').anyOf(movedIds).delete();
    const row = kept.length > 0 ? projectJournal(db, kept) : undefined;
    if (row) await putProjection(db, row);
    else await deleteProjections(db, [entry.caseId]);
    const id = crypto.randomUUID();
    await db.conflicts.add({ id, caseId: entry.caseId, kind: 'rejected', status: 'open', detectedAt, local: moved, server: [], reason, code });
    return id;
  });
}

export function listConflicts(db: CaseDatabase, status?: ConflictRow['status']): Promise<ConflictRow[]> {
  return (status ? db.conflicts.where('status').equals(status) : db.conflicts.toCollection()).sortBy('detectedAt');
}

export function countOpenConflicts(db: CaseDatabase): Promise<number> {
  return db.conflicts.where('status').equals('open').count();
}

export function findConflict(db: CaseDatabase, id: string): Promise<ConflictRow | undefined> {
  return db.conflicts.get(id);
}

export type ResolveResult =
  | { readonly ok: true; readonly conflict: ConflictRow; readonly redone: number; readonly redoStopped?: LocalizedText }
  | { readonly ok: false; readonly reason: LocalizedText };

/**
 * A person resolves a conflict: the resolution is a new action, `conflict.resolve`, in the case's journal (shipped like
 * any other). `redo` then re-records the lost actions' content as new actions of the resolving person, in order, as far
 * as the case's machine accepts them now (the first it refuses stops the redo and says why). A case the centre already
 * closed (or never received) takes no more actions: the resolution is then kept on the conflict row only.
 */
export async function resolveConflict(
  db: CaseDatabase,
  conflictId: string,
  decision: 'redo' | 'discard',
  actor: StoreActor,
  note?: string,
): Promise<ResolveResult> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict) return { ok: false, reason: storeMessage('conflictNotFound') };
  if (conflict.status === 'resolved') return { ok: false, reason: storeMessage('conflictResolved') };
  const at = db.now().toISOString();
  let actionId: string | undefined;
  const caseExists = (await db.cases.get(conflict.caseId)) !== undefined;
  if (caseExists) {
    const result = await perform(
      db,
      conflict.caseId,
      {
        type: 'conflict.resolve',
        conflictId,
        lostActionIds: conflict.local.map((e) => e.id),
        decision,
        ...(note === undefined || note.trim() === '' ? {} : { note }),
      },
      actor,
    );
    if (!result.ok && result.code !== 'refused') return { ok: false, reason: result.reason };
    if (result.ok) actionId = result.entry.id;
    else if (!(await caseClosed(db, conflict.caseId))) return { ok: false, reason: result.reason };
  }
  const resolved: ConflictRow = {
    ...conflict,
    status: 'resolved',
    resolution: { decision, by: actor.userId, at, ...(actionId === undefined ? {} : { actionId }) },
  };
  await db.conflicts.put(resolved);
  if (decision === 'discard') return { ok: true, conflict: resolved, redone: 0 };
  let redone = 0;
  for (const lost of conflict.local) {
    if (lost.type === 'conflict.resolve') continue;
    const outcome = await redo(db, lost, actor);
    if (!outcome.ok) return { ok: true, conflict: resolved, redone, redoStopped: outcome.reason };
    redone++;
  }
  return { ok: true, conflict: resolved, redone };
}

async function caseClosed(db: CaseDatabase, caseId: string): Promise<boolean> {
  const row = await db.cases.get(caseId);
  return row?.worklist === 'closed';
}

function redo(db: CaseDatabase, lost: JournalEntry, actor: StoreActor): Promise<PerformResult> {
  const { actor: _actor, at: _at, ...content } = lost.payload;
  const action = { ...content, id: crypto.randomUUID(), ...(lost.seq === 1 ? { regulation: lost.regulation } : {}) } as ActionInput;
  return perform(db, lost.caseId, action, actor);
}

/** The desktop's sync state by key (server address, device credential, checkpoint, last success, last error…). */
export const syncState = {
  find: async <T>(db: CaseDatabase, key: string): Promise<T | undefined> => (await db.syncState.get(key))?.value as T | undefined,
  put: (db: CaseDatabase, key: string, value: unknown) => db.syncState.put({ key, value }),
  remove: (db: CaseDatabase, key: string) => db.syncState.delete(key),
} as const;

/** Every action of a case this desktop holds, in chain order (for an updates file or a check). */
export function caseJournal(db: CaseDatabase, caseId: string): Promise<JournalEntry[]> {
  return journalOf(db, caseId);
}

/** Every journal entry, ordered by case and position (tests compare offices with it). */
export function allEntries(db: CaseDatabase): Promise<JournalEntry[]> {
  return db.actions.orderBy('[caseId+seq]').toArray();
}
