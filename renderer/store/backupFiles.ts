import { MAX_FILE_BYTES, type SaveResult } from '../../shared/ipc/contract';
import { messages } from '../../shared/i18n/languages';
import type { Lang } from '../../shared/regulations/types';
import { BACKUP_EXTENSION, storeError, type BackupHeader, type CaseStore } from '../../shared/store';
import { platform } from '../platform/bridge';

/**
 * Backup, restore and case export through the platform bridge: Electron's save/open dialogs, or a download and a file
 * picker in a plain browser. Failures are StoreError (show `error.localized[lang]`); a cancelled dialog is not one.
 */
const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export async function saveBackupFile(store: CaseStore, lang: Lang): Promise<SaveResult & { readonly header?: BackupHeader }> {
  const file = await store.createBackup();
  if (file.bytes.byteLength > MAX_FILE_BYTES) throw storeError('backupTooLarge', { size: megabytes(file.bytes.byteLength), limit: megabytes(MAX_FILE_BYTES) });
  const result = await platform.saveFile({
    suggestedName: file.fileName,
    filters: [{ name: messages[lang].storeFiles.backup, extensions: [BACKUP_EXTENSION.split('.').at(-1) ?? 'gz'] }],
    content: { kind: 'bytes', bytes: file.bytes },
  });
  return { ...result, header: file.header };
}

export type RestoreOutcome = { readonly status: 'cancelled' } | { readonly status: 'restored'; readonly header: BackupHeader };

/** Asks for a backup file and restores it into this (empty) profile. */
export async function restoreBackupFile(store: CaseStore, lang: Lang): Promise<RestoreOutcome> {
  const opened = await platform.openFile({ filters: [{ name: messages[lang].storeFiles.backup, extensions: ['gz'] }], maxBytes: MAX_FILE_BYTES });
  if (!opened) return { status: 'cancelled' };
  const contents = await store.restoreBackup(opened.bytes);
  return { status: 'restored', header: contents.header };
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
