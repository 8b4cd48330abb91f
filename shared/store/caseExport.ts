import { journalOf } from './caseStateCache';
import { SCHEMA_VERSION, type CaseDatabase, type CaseRow } from './database';
import type { JournalEntry } from './journal';
import { storeError } from './storeErrors';
import { ChainChecker, type ChainProblem } from './verify';

/**
 * Export of one case with its whole journal (for an appeal, a prosecutor's request, a transfer): a readable JSON
 * document that carries the hash chain, so whoever receives it can check that no action was changed or left out.
 */
export const CASE_EXPORT_FORMAT = 'kz-state-services/case';

export type CaseExport = {
  readonly format: typeof CASE_EXPORT_FORMAT;
  readonly formatVersion: 1;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly case: CaseRow | null;
  readonly journal: readonly JournalEntry[];
  /** The chain as verified at export. */
  readonly chain: { readonly ok: boolean; readonly problem?: ChainProblem };
};

export type CaseExportFile = { readonly text: string; readonly fileName: string; readonly document: CaseExport };

export async function exportCase(db: CaseDatabase, caseId: string): Promise<CaseExportFile> {
  const [row, journal] = await db.transaction('r', [db.cases, db.actions], () => Promise.all([db.cases.get(caseId), journalOf(db, caseId)]));
  if (journal.length === 0) throw storeError('caseNotFound');
  const checker = new ChainChecker();
  await checker.push(journal);
  if (row) checker.checkProjection(row);
  const problem = checker.problems[0];
  const document: CaseExport = {
    format: CASE_EXPORT_FORMAT,
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: db.now().toISOString(),
    case: row ?? null,
    journal,
    chain: problem ? { ok: false, problem } : { ok: true },
  };
  const name = (row?.number || caseId).replace(/[^A-Za-z0-9-]/g, '_');
  return { text: `${JSON.stringify(document, null, 2)}\n`, fileName: `case-${name}.json`, document };
}
