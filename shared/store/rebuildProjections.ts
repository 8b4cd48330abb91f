import type { LocalizedText } from '../regulations/types';
import { JournalRejected } from '../workflow/replay';
import { replayJournal, stateCacheOf } from './caseStateCache';
import type { CaseDatabase, CaseRow } from './database';
import { deleteProjections, deriveReportFacts, markReportFactsPending, projectionTables, putCaseRows } from './reportFactsStore';
import type { JournalEntry } from './journal';
import { projectCase } from './projection';
import { storeMessage } from './storeErrors';

export type RebuildReport = {
  readonly cases: number;
  readonly actions: number;
  /** Case rows removed because no journal stands behind them. */
  readonly removed: number;
  /** Journals the engine refuses to replay (their rows are left as they were; verify() tells more). */
  readonly failures: readonly { readonly caseId: string; readonly reason: LocalizedText }[];
  /** Where the time went: reading the journal, replaying and projecting, writing rows (ms). */
  readonly timings: { readonly readMs: number; readonly projectMs: number; readonly writeMs: number; readonly factsMs: number };
};

/** The case row a whole journal gives (the same function perform applies one action at a time). */
export function projectJournal(db: CaseDatabase, journal: readonly JournalEntry[]): CaseRow | undefined {
  const first = journal[0];
  const last = journal[journal.length - 1];
  const state = replayJournal(journal);
  if (!first || !last || !state) return undefined;
  return projectCase(
    state,
    { caseId: first.caseId, officeId: first.actor.officeId, last: { seq: last.seq, hash: last.hash, deviceTime: last.deviceTime, at: last.payload.at } },
    db.calendar,
  );
}

/**
 * rebuildProjections(): the `cases` table again from the journal — after a projection change, or to repair. Reads the
 * journal in `[caseId+seq]` order batch by batch and writes each batch's rows in one transaction; every row written is
 * a complete projection of its journal, so stopping half-way leaves correct rows (old or new), never half a row.
 * `timings` tell where the time went; with the pipeline, read and write times are the waits that remained.
 */
export async function rebuildProjections(
  db: CaseDatabase,
  options: { readonly batchSize?: number; readonly onProgress?: (done: { cases: number; actions: number }) => void } = {},
): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 5000;
  stateCacheOf(db).clear();
  const seen = new Set<string>();
  const failures: { caseId: string; reason: LocalizedText }[] = [];
  let actions = 0;
  let pending: JournalEntry[] = [];
  let after: [string, number] | undefined;

  const project = (journal: readonly JournalEntry[]): CaseRow | undefined => {
    const caseId = journal[0]?.caseId ?? '';
    seen.add(caseId);
    try {
      const row = projectJournal(db, journal);
      if (!row) failures.push({ caseId, reason: storeMessage('serviceUnknown', { service: `${journal[0]?.regulation.serviceId}@${journal[0]?.regulation.version}` }) });
      return row;
    } catch (error) {
      if (!(error instanceof JournalRejected)) throw error;
      failures.push({ caseId, reason: error.reason });
      return undefined;
    }
  };

  const timings = { readMs: 0, projectMs: 0, writeMs: 0, factsMs: 0 };
  const read = (from: [string, number] | undefined) =>
    (from ? db.actions.where('[caseId+seq]').above(from) : db.actions.orderBy('[caseId+seq]')).limit(batchSize).toArray();
  // Pipelined: while one batch is replayed and projected on this thread, IndexedDB reads the next one and writes the
  // previous one's rows (read-only `actions` and read-write `cases` transactions do not block each other).
  let reading: Promise<JournalEntry[]> | undefined = read(after);
  let writing: Promise<unknown> = Promise.resolve();
  while (reading) {
    let t0 = performance.now();
    const batch: JournalEntry[] = await reading;
    timings.readMs += performance.now() - t0;
    const done = batch.length < batchSize;
    const last: JournalEntry | undefined = batch[batch.length - 1];
    after = last ? [last.caseId, last.seq] : after;
    reading = done || !last ? undefined : read(after);
    t0 = performance.now();
    actions += batch.length;
    const rows: CaseRow[] = [];
    for (const entry of batch) {
      if (pending.length > 0 && pending[0]?.caseId !== entry.caseId) {
        const row = project(pending);
        if (row) rows.push(row);
        pending = [];
      }
      pending.push(entry);
    }
    // The last case of the batch may continue in the next one; it is projected once complete.
    if (!reading && pending.length > 0) {
      const row = project(pending);
      if (row) rows.push(row);
      pending = [];
    }
    timings.projectMs += performance.now() - t0;
    t0 = performance.now();
    await writing;
    timings.writeMs += performance.now() - t0;
    writing = putCaseRows(db, rows);
    options.onProgress?.({ cases: seen.size, actions });
  }
  const t0 = performance.now();
  await writing;
  timings.writeMs += performance.now() - t0;

  const orphans = (await db.cases.toCollection().primaryKeys()).filter((id) => !seen.has(id));
  if (orphans.length > 0) await db.transaction('rw', projectionTables(db), () => deleteProjections(db, orphans));
  // The report facts of every case again, from the rows just written (in one transaction: reportFactsStore.ts).
  const t1 = performance.now();
  await markReportFactsPending(db);
  await deriveReportFacts(db);
  timings.factsMs += performance.now() - t1;
  return { cases: seen.size, actions, removed: orphans.length, failures, timings };
}
