/**
 * shared/store — the office's case store on IndexedDB (Dexie): the journal of actions, the case projection, worklists
 * and searches, verification, rebuild, backup/restore, export. The only code that touches Dexie.
 *
 * Open it once per window with `openCaseStore()` and use the returned `CaseStore` (a name → function map bound to the
 * database); the free functions take the database as their first argument for tests and tools.
 */
import { journalOf, loadCaseState } from './caseStateCache';
import { exportCase } from './caseExport';
import { createBackup, planBackup, restoreBackup, writeBackup, type BackupOptions, type BackupPlan, type BackupSink, type BackupSource, type RestoreOptions } from './backup';
import { openCaseDatabase, type CaseDatabase, type CaseDatabaseOptions, type CaseRow } from './database';
import type { JournalEntry, StoreActor } from './journal';
import { nextCaseNumber, saveNumberingBlock } from './numberingBlocks';
import { officeDirectory, settings } from './officeDirectory';
import { perform, type ActionInput } from './perform';
import { rebuildProjections } from './rebuildProjections';
import { replication } from './replicationApi';
import { reports } from './reports';
import { deriveReportFacts } from './reportFactsStore';
import { toStoreError } from './storeErrors';
import { verify } from './verify';
import { countWorklist, findApplicantByIin, findApplicantsByName, readWorklist, searches, worklists, type Page, type WorklistArgs, type WorklistName } from './worklists';

export * from './database';
export * from './journal';
export { nameKey } from './nameKey';
export { projectCase, worklistOf, isFinalStatus, type ProjectionSource } from './projection';
export { perform, applicantRow, type ActionInput, type PerformResult, type PerformRefusal } from './perform';
export { loadCaseState, journalOf, lastEntryOf, replayJournal, type CachedCase } from './caseStateCache';
export { verify, ChainChecker, type VerifyReport, type ChainProblem, type ChainProblemKind } from './verify';
export { rebuildProjections, projectJournal, type RebuildReport } from './rebuildProjections';
export { deriveReportFacts, markReportFactsPending, readReportFacts, allReportFacts, factsDayRows, putProjection, putCaseRows, deleteProjections, projectionTables } from './reportFactsStore';
export {
  worklists,
  searches,
  worklistRanges,
  readWorklist,
  countWorklist,
  casesByStatus,
  findApplicantByIin,
  findApplicantsByName,
  DEFAULT_PAGE_SIZE,
  type Page,
  type WorklistName,
  type WorklistArgs,
  type SearchName,
} from './worklists';
export {
  createBackup,
  planBackup,
  writeBackup,
  readBackup,
  restoreBackup,
  BackupHeader,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_EXTENSION,
  type BackupFile,
  type BackupContents,
  type BackupOptions,
  type BackupPlan,
  type BackupProgress,
  type BackupSink,
  type BackupSource,
  type RestoreOptions,
  type RestoreReport,
} from './backup';
export { exportCase, CASE_EXPORT_FORMAT, type CaseExport, type CaseExportFile } from './caseExport';
export { StoreError, storeError, storeMessage, toStoreError, type StoreErrorCode } from './storeErrors';
export { nextCaseNumber, saveNumberingBlock, findNumberingBlock, numberingBlockId, declarableBlocks, retireNumberingBlock, type TakenNumber } from './numberingBlocks';
export { officeDirectory, settings } from './officeDirectory';
export {
  readOutbox,
  countOutbox,
  markShipped,
  ingestPulled,
  rejectLocal,
  listConflicts,
  countOpenConflicts,
  findConflict,
  resolveConflict,
  syncState,
  caseJournal,
  allEntries,
  type OutboxItem,
  type IngestReport,
  type IngestProblem,
  type ResolveResult,
} from './replication';
export { owningOffice } from './projection';
export {
  saveCommission,
  listCommissions,
  checkCommission,
  compositionsFor,
  attendanceOf,
  regulationCommissions,
  type CommissionDraft,
  type CommissionResult,
  type RegulationCommission,
} from './commissions';
export { reports, readStatisticsFacts, readServiceStatistics, readDeadlinesDashboard, countNeedingAttention, type ReportFilter } from './reports';

type DbFunction = (db: CaseDatabase, ...args: never[]) => unknown;
type Bound<T extends Record<string, DbFunction>> = {
  readonly [K in keyof T]: T[K] extends (db: CaseDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;
};

function bindAll<T extends Record<string, DbFunction>>(db: CaseDatabase, functions: T): Bound<T> {
  return Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name, (...args: never[]) => fn(db, ...args)])) as Bound<T>;
}

/** A case with its journal, for the case screen. */
export type CaseView = { readonly row: CaseRow | undefined; readonly journal: readonly JournalEntry[] };

/** The store of one window: every operation bound to the opened database. */
export type CaseStore = ReturnType<typeof bindStore>;

export function bindStore(db: CaseDatabase) {
  return {
    db,
    perform: (caseId: string, action: ActionInput, actor: StoreActor) => perform(db, caseId, action, actor),
    /** The row and journal of a case (read together). */
    readCase: (caseId: string): Promise<CaseView> =>
      db
        .transaction('r', [db.cases, db.actions], async () => ({ row: await db.cases.get(caseId), journal: await journalOf(db, caseId) }))
        .catch((error: unknown) => {
          throw toStoreError(error);
        }),
    /** The replayed state of a case, for `allowedActions`. */
    loadCaseState: (caseId: string) => loadCaseState(db, caseId),
    verify: () => verify(db),
    rebuildProjections: () => rebuildProjections(db),
    createBackup: (options?: BackupOptions) => createBackup(db, options),
    /** A streamed backup (any size): plan it (file name for the dialog), then write it chunk by chunk to a sink. */
    planBackup: (options?: { readonly office?: string }) => planBackup(db, options),
    writeBackup: (plan: BackupPlan, sink: BackupSink, options?: BackupOptions) => writeBackup(db, plan, sink, options),
    restoreBackup: (source: BackupSource, options?: RestoreOptions) => restoreBackup(db, source, options),
    exportCase: (caseId: string) => exportCase(db, caseId),
    nextCaseNumber: (office: string, deviceId: string, today: Parameters<typeof nextCaseNumber>[3]) => nextCaseNumber(db, office, deviceId, today),
    saveNumberingBlock: (...args: Parameters<typeof saveNumberingBlock> extends [CaseDatabase, ...infer A] ? A : never) => saveNumberingBlock(db, ...args),
    worklists: bindAll(db, worklists),
    searches: bindAll(db, searches),
    readWorklist: <N extends WorklistName>(name: N, args: WorklistArgs<N>, page?: Page) => readWorklist(db, name, args, page),
    countWorklist: <N extends WorklistName>(name: N, args: WorklistArgs<N>) => countWorklist(db, name, args),
    findApplicantByIin: (iin: string) => findApplicantByIin(db, iin),
    findApplicantsByName: (text: string, limit?: number) => findApplicantsByName(db, text, limit),
    officeDirectory: bindAll(db, officeDirectory),
    /** The heads' reports (shared/reports): statistics for a period, the deadlines dashboard, the app bar's count. */
    reports: bindAll(db, reports),
    settings: { find: <T>(key: string) => settings.find<T>(db, key), put: (key: string, value: unknown) => settings.put(db, key, value) },
    /** Sync (issue #6): outbox, pulled actions, conflicts, sync state. */
    replication: bindAll(db, replication),
    close: () => db.close(),
  } as const;
}

/**
 * The store of a window on its opened database: bound, and with what every opening starts — schema v5's report facts
 * for the cases an upgrade found, in the background (the reports wait for it; a failure is retried by the first report,
 * which then shows the error).
 */
export function startStore(db: CaseDatabase): CaseStore {
  void deriveReportFacts(db).catch(() => undefined);
  return bindStore(db);
}

/**
 * Opens the office database (upgrading its schema if needed) and starts the store on it. Failures come as StoreError
 * with a message in both languages (database.ts `openCaseDatabase`).
 */
export async function openCaseStore(options: CaseDatabaseOptions = {}): Promise<CaseStore> {
  return startStore(await openCaseDatabase(options));
}
