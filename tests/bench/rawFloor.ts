import { Dexie } from 'dexie';
import type { ApplicantRow, CaseRow, JournalEntry, NumberingBlockRow, OutboxRow } from '../../shared/store';

/**
 * The raw floor: the same reads and writes as the store, against the same indexes, written directly with the
 * IndexedDB API on the same connection — no validation, no engine, no hashing, no projection, rows prepared in
 * advance. The store's cost is measured as a ratio to this.
 */
const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('request failed'));
  });

function read<T>(idb: IDBDatabase, run: (cases: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return request(run(idb.transaction('cases', 'readonly').objectStore('cases')));
}

const PAGE = 50;

export const rawFloor = {
  worklist: (idb: IDBDatabase, status: string) =>
    read(idb, (s) => s.index('[status+dueDate]').getAll(IDBKeyRange.bound([status, Dexie.minKey], [status, Dexie.maxKey]), PAGE)) as Promise<CaseRow[]>,
  byIin: (idb: IDBDatabase, iin: string) => read(idb, (s) => s.index('applicantIin').getAll(iin, PAGE)) as Promise<CaseRow[]>,
  byNumber: (idb: IDBDatabase, number: string) => read(idb, (s) => s.index('number').get(number)) as Promise<CaseRow | undefined>,
  byNamePrefix: (idb: IDBDatabase, key: string) =>
    read(idb, (s) => s.index('applicantNameKey').getAll(IDBKeyRange.bound(key, `${key}\uffff`), PAGE)) as Promise<CaseRow[]>,

  /**
   * The intake transaction: the idempotency read, the case's last entry, the numbering block; then append the entry,
   * write the case row, queue the outbox, advance the block, remember the applicant — one transaction, `strict`
   * durability as the store uses.
   */
  intake: (
    idb: IDBDatabase,
    rows: { entry: JournalEntry; row: CaseRow; outbox: OutboxRow; block: NumberingBlockRow; applicant: ApplicantRow | undefined },
  ): Promise<void> =>
    new Promise((resolve, reject) => {
      const tx = idb.transaction(['actions', 'cases', 'outbox', 'numberingBlocks', 'applicants'], 'readwrite', { durability: 'strict' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      const actions = tx.objectStore('actions');
      let pending = 3;
      const write = () => {
        pending -= 1;
        if (pending > 0) return;
        actions.add(rows.entry);
        tx.objectStore('cases').put(rows.row);
        tx.objectStore('outbox').add(rows.outbox);
        tx.objectStore('numberingBlocks').put(rows.block);
        if (rows.applicant) tx.objectStore('applicants').put(rows.applicant);
      };
      actions.get(rows.entry.id).onsuccess = write;
      actions.index('[caseId+seq]').openCursor(IDBKeyRange.bound([rows.entry.caseId, Dexie.minKey], [rows.entry.caseId, Dexie.maxKey]), 'prev').onsuccess = write;
      tx.objectStore('numberingBlocks').get(rows.block.id).onsuccess = write;
    }),

  /** A new connection and the first worklist page. */
  open: async (name: string, status: string): Promise<IDBDatabase> => {
    const idb = await request(indexedDB.open(name));
    await rawFloor.worklist(idb, status);
    return idb;
  },
};
