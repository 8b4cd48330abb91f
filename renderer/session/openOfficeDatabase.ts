import { openCaseDatabase, type CaseDatabase } from '../../shared/store/database';
import type { CaseStore } from '../../shared/store';

let opening: Promise<CaseDatabase> | undefined;

/**
 * Opens the office database once per window (upgrading its schema if needed), without the rest of the case store:
 * the start and sign-in screens read only settings, the office and the accounts, so they do not wait for the
 * regulations, the workflow engine and the repositories (shared/store/index.ts) to load. A failure is a StoreError
 * (newer schema on disk, no space, IndexedDB unavailable) and may be retried. Should another window still hold an
 * older schema open, this one reloads once that window lets the upgrade through.
 */
export function openOfficeDatabaseOnce(): Promise<CaseDatabase> {
  opening ??= openCaseDatabase({ onBlocked: () => window.location.reload() }).catch((error: unknown) => {
    opening = undefined; // let the user retry after freeing space or closing the other window
    throw error;
  });
  return opening;
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
    store = import('../../shared/store').then(({ startStore }) => startStore(db));
    store.catch(() => bound.delete(db)); // a failed chunk load may be retried
    bound.set(db, store);
  }
  return store;
}
