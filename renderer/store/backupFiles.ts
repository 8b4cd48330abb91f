import type { SaveResult } from '../../shared/ipc/contract';
import { messages } from '../../shared/i18n/languages';
import type { Lang } from '../../shared/regulations/types';
import { BACKUP_EXTENSION, storeError, toStoreError, type BackupHeader, type BackupProgress, type CaseStore } from '../../shared/store';
import { openFileInChunks, platform, saveFileInChunks } from '../platform/bridge';

/**
 * Backup, restore and case export through the platform bridge: Electron's save/open dialogs, or a download and a file
 * picker in a plain browser. Backups and restores stream — page by page from IndexedDB, chunk by chunk to and from
 * the file — so an office of any size fits. Failures are StoreError (show `error.localized[lang]`); a cancelled
 * dialog is not one.
 */
export type BackupFileOptions = {
  /** Rows done of the total, after every page (a few hundred cases). */
  readonly onProgress?: (progress: BackupProgress) => void;
  /** Stops the backup or restore: a partial backup file is removed, a partial restore cleared. */
  readonly signal?: AbortSignal;
};

const backupFilters = (lang: Lang) => [{ name: messages[lang].storeFiles.backup, extensions: [BACKUP_EXTENSION.split('.').at(-1) ?? 'gz'] }];

export async function saveBackupFile(store: CaseStore, lang: Lang, options: BackupFileOptions = {}): Promise<SaveResult & { readonly header?: BackupHeader }> {
  const plan = await store.planBackup();
  const sink = await saveFileInChunks({ suggestedName: plan.fileName, filters: backupFilters(lang) });
  if (sink === undefined) return { status: 'cancelled' };
  let header: BackupHeader;
  try {
    header = await store.writeBackup(plan, (chunk) => sink.write(chunk), options);
  } catch (error) {
    // The partial file is removed (Electron) or never handed to the browser.
    await sink.abort().catch(() => undefined);
    throw toStoreError(error);
  }
  try {
    return { ...(await sink.close()), header };
  } catch (error) {
    const details = (error instanceof Error ? error.message : String(error)).replace(/^Error invoking remote method '[^']+': /, '');
    throw storeError('backupFileFailed', { details: details.slice(0, 300) }, error);
  }
}

export type RestoreOutcome = { readonly status: 'cancelled' } | { readonly status: 'restored'; readonly header: BackupHeader };

/** Asks for a backup file and restores it into this (empty) profile, reading it as a stream. */
export async function restoreBackupFile(store: CaseStore, lang: Lang, options: BackupFileOptions = {}): Promise<RestoreOutcome> {
  const opened = await openFileInChunks({ filters: backupFilters(lang) });
  if (!opened) return { status: 'cancelled' };
  const report = await store.restoreBackup(opened.stream, options);
  return { status: 'restored', header: report.header };
}

/** Saves one case with its journal as a JSON document. */
export async function saveCaseExportFile(store: CaseStore, caseId: string, lang: Lang): Promise<SaveResult> {
  const file = await store.exportCase(caseId);
  return platform.saveFile({
    suggestedName: file.fileName,
    filters: [{ name: messages[lang].storeFiles.caseExport, extensions: ['json'] }],
    content: { kind: 'text', text: file.text },
  });
}
