import type { LocalizedText } from '../regulations/types';
import type { CaseDatabase, CaseRow } from './database';
import { GENESIS_PREV_HASH, hashEntry, JournalEntry } from './journal';
import { storeMessage, type StoreErrorCode } from './storeErrors';

/**
 * verify(): walks every case's hash chain and reports, per case, the first link that is broken or missing.
 * - `missing`: an entry of the sequence is absent (deleted), or the projection counts more actions than the journal has;
 * - `broken-link`: an entry's `prevHash` is not the hash of the entry before it;
 * - `tampered`: an entry's content no longer gives its own hash (edited after it was written);
 * - `invalid`: an entry does not have the journal's shape (or changes the case's regulation version);
 * - `no-journal`: a case row exists without any journal entry;
 * - `projection-behind`: the projection was built from fewer actions than the journal has (rebuildProjections fixes it).
 */
export type ChainProblemKind = 'missing' | 'broken-link' | 'tampered' | 'invalid' | 'no-journal' | 'projection-behind';

export type ChainProblem = {
  readonly caseId: string;
  readonly seq: number;
  readonly kind: ChainProblemKind;
  readonly actionId?: string;
  readonly message: LocalizedText;
};

export type VerifyReport = {
  readonly ok: boolean;
  readonly cases: number;
  readonly actions: number;
  /** The first problem of each case that has one. */
  readonly problems: readonly ChainProblem[];
};

const MESSAGE: Readonly<Record<ChainProblemKind, StoreErrorCode>> = {
  missing: 'chainMissing',
  'broken-link': 'chainBroken',
  tampered: 'chainTampered',
  invalid: 'chainInvalid',
  'no-journal': 'chainNoJournal',
  'projection-behind': 'chainProjectionAhead',
};

function problem(kind: ChainProblemKind, caseId: string, seq: number, extra: { actionId?: string; label?: string; expected?: number; found?: number } = {}): ChainProblem {
  const message = storeMessage(MESSAGE[kind], { case: extra.label ?? caseId, seq, expected: extra.expected ?? 0, found: extra.found ?? 0 });
  return { caseId, seq, kind, ...(extra.actionId === undefined ? {} : { actionId: extra.actionId }), message };
}

/**
 * Checks journal entries fed in `[caseId+seq]` order, batch by batch (the whole journal never has to be in memory).
 * Used by verify() over the database and by restore over a backup before anything is written.
 */
export class ChainChecker {
  private caseId: string | undefined;
  private expectedSeq = 1;
  private prevHash = GENESIS_PREV_HASH;
  private regulation = '';
  private broken = false;
  readonly problems: ChainProblem[] = [];
  /** Last seq and hash of each chain, for comparison with the projection. */
  readonly tails = new Map<string, { readonly seq: number; readonly hash: string }>();
  actions = 0;

  async push(entries: readonly unknown[]): Promise<void> {
    const hashes = await Promise.all(entries.map((e) => (JournalEntry.safeParse(e).success ? hashEntry(e as JournalEntry) : Promise.resolve(undefined))));
    entries.forEach((raw, index) => this.check(raw, hashes[index]));
  }

  private check(raw: unknown, computed: string | undefined): void {
    this.actions += 1;
    const entry = raw as Partial<JournalEntry>;
    const caseId = typeof entry.caseId === 'string' ? entry.caseId : '';
    if (caseId !== this.caseId) {
      this.caseId = caseId;
      this.expectedSeq = 1;
      this.prevHash = GENESIS_PREV_HASH;
      this.broken = false;
      this.regulation = entry.regulation ? `${entry.regulation.serviceId}@${entry.regulation.version}` : '';
    }
    const seq = typeof entry.seq === 'number' ? entry.seq : this.expectedSeq;
    const actionId = typeof entry.id === 'string' ? entry.id : undefined;
    const extra = actionId === undefined ? {} : { actionId };
    if (!this.broken) {
      const regulation = entry.regulation ? `${entry.regulation.serviceId}@${entry.regulation.version}` : '';
      if (computed === undefined || regulation !== this.regulation) this.report(problem('invalid', caseId, seq, extra));
      else if (seq !== this.expectedSeq) this.report(problem('missing', caseId, this.expectedSeq));
      else if (entry.prevHash !== this.prevHash) this.report(problem('broken-link', caseId, seq, extra));
      else if (entry.hash !== computed) this.report(problem('tampered', caseId, seq, extra));
    }
    this.expectedSeq = seq + 1;
    this.prevHash = typeof entry.hash === 'string' ? entry.hash : '';
    this.tails.set(caseId, { seq, hash: this.prevHash });
  }

  private report(found: ChainProblem): void {
    this.broken = true;
    this.problems.push(found);
  }

  /** Compares a case row with its chain: a row without journal, or counting more or fewer actions. */
  checkProjection(row: Pick<CaseRow, 'id' | 'number' | 'actionCount'>): void {
    const tail = this.tails.get(row.id);
    if (!tail) {
      this.problems.push(problem('no-journal', row.id, 1, { label: row.number || row.id }));
      return;
    }
    if (this.problems.some((p) => p.caseId === row.id)) return;
    if (row.actionCount > tail.seq) this.problems.push(problem('missing', row.id, tail.seq + 1, { label: row.number || row.id }));
    else if (row.actionCount < tail.seq) this.problems.push(problem('projection-behind', row.id, tail.seq, { label: row.number || row.id, expected: row.actionCount, found: tail.seq }));
  }
}

/** Walk every chain of the database (in batches, read-only). */
export async function verify(db: CaseDatabase, options: { readonly batchSize?: number } = {}): Promise<VerifyReport> {
  const batchSize = options.batchSize ?? 2000;
  const checker = new ChainChecker();
  let after: [string, number] | undefined;
  for (;;) {
    const batch = await (after ? db.actions.where('[caseId+seq]').above(after) : db.actions.orderBy('[caseId+seq]')).limit(batchSize).toArray();
    if (batch.length === 0) break;
    await checker.push(batch);
    const last = batch[batch.length - 1];
    if (!last) break;
    after = [last.caseId, last.seq];
  }
  let cases = 0;
  let afterId: string | undefined;
  for (;;) {
    const rows = await (afterId === undefined ? db.cases.orderBy('id') : db.cases.where('id').above(afterId)).limit(batchSize).toArray();
    if (rows.length === 0) break;
    for (const row of rows) checker.checkProjection(row);
    cases += rows.length;
    afterId = rows[rows.length - 1]?.id;
  }
  const caseIds = new Set([...checker.tails.keys()]);
  return { ok: checker.problems.length === 0, cases: Math.max(cases, caseIds.size), actions: checker.actions, problems: checker.problems };
}
