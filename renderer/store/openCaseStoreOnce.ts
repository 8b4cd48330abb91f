import { openCaseStore, type CaseDatabaseOptions, type CaseStore } from '../../shared/store';

let opening: Promise<CaseStore> | undefined;

/**
 * Opens the office database once per window (upgrading its schema if needed). A failure is a StoreError whose
 * `localized[lang]` the start screen shows (newer schema on disk, no space, IndexedDB unavailable); `onBlocked` fires
 * while another window still holds an older schema open — show `storeMessage('upgradeBlocked')` until it closes.
 */
export function openCaseStoreOnce(options: CaseDatabaseOptions = {}): Promise<CaseStore> {
  opening ??= openCaseStore(options).catch((error: unknown) => {
    opening = undefined; // let the user retry after freeing space or closing the other window
    throw error;
  });
  return opening;
}
