import { CaseDatabase, type CaseDatabaseOptions } from '../../shared/store/database';
import { toStoreError } from '../../shared/store/storeErrors';
import type { CaseStore } from '../../shared/store';

let opening: Promise<CaseDatabase> | undefined;

/**
 * Opens the office database once per window (upgrading its schema if needed), without the rest of the case store:
 * the start and sign-in screens read only settings, the office and the accounts, so they do not wait for the
 * regulations, the workflow engine and the repositories (shared/store/index.ts) to load. A failure is a StoreError
 * (newer schema on disk, no space, IndexedDB unavailable) and may be retried; `onBlocked` fires while another window
 * still holds an older schema open.
 */
export function openOfficeDatabaseOnce(options: CaseDatabaseOptions = {}): Promise<CaseDatabase> {
  opening ??= openDatabase(options).catch((error: unknown) => {
    opening = undefined; // let the user retry after freeing space or closing the other window
    throw error;
  });
  return opening;
}

async function openDatabase(options: CaseDatabaseOptions): Promise<CaseDatabase> {
  const db = new CaseDatabase(options);
  try {
    await db.open();
  } catch (error) {
    throw toStoreError(error);
  }
  return db;
}

const bound = new WeakMap<CaseDatabase, Promise<CaseStore>>();

/**
 * The whole case store bound to the opened database — what `openCaseStore()` (shared/store/index.ts) returns, split in
 * two so the sign-in screen does not wait for the second half. Loaded on demand (its own chunk, shared with the
 * desks): the desks and a restore on first start need it, the sign-in screen does not.
 */
export function bindCaseStoreOnce(db: CaseDatabase): Promise<CaseStore> {
  let store = bound.get(db);
  if (!store) {
    store = import('../../shared/store').then(({ bindStore, deriveReportFacts }) => {
      // What openCaseStore() does after opening, here once the store's code is loaded: the report facts of the cases a
      // schema upgrade found, in the background (the reports wait for it; a failure is retried by the first report).
      void deriveReportFacts(db).catch(() => undefined);
      return bindStore(db);
    });
    store.catch(() => bound.delete(db)); // a failed chunk load may be retried
    bound.set(db, store);
  }
  return store;
}
