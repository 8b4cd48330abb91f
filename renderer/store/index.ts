// renderer/store — thin React glue over shared/store: the provider, live-query hooks, backup/restore/export files.
export { CaseStoreProvider, useCaseStore } from './CaseStoreProvider';
export { useWorklist, primeWorklist } from './useWorklist';
export { useCase, useCaseState } from './useCase';
export { useCaseSearch } from './useCaseSearch';
export { saveBackupFile, restoreBackupFile, saveCaseExportFile, type RestoreOutcome, type BackupFileOptions } from './backupFiles';
