import {
  allEntries,
  caseJournal,
  countOpenConflicts,
  countOutbox,
  findConflict,
  ingestPulled,
  listConflicts,
  markShipped,
  readOutbox,
  rejectLocal,
  resolveConflict,
  syncState,
} from './replication';
import type { CaseDatabase } from './database';

/** The sync operations as one name → function map (bound to the window's database by bindStore). */
export const replication = {
  readOutbox,
  countOutbox,
  markShipped,
  ingestPulled,
  rejectLocal,
  listConflicts,
  countOpenConflicts,
  findConflict,
  resolveConflict,
  caseJournal,
  allEntries,
  findSyncState: <T>(db: CaseDatabase, key: string) => syncState.find<T>(db, key),
  putSyncState: (db: CaseDatabase, key: string, value: unknown) => syncState.put(db, key, value),
  removeSyncState: (db: CaseDatabase, key: string) => syncState.remove(db, key),
} as const;
