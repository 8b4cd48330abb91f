import { useEffect, useState } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { toIsoDate } from '../../shared/calendar';
import type { WorklistName } from '../../shared/store';
import { useWorklist } from '../store';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { WorklistGrid } from '../desks/worklists/WorklistGrid';
import { WORKLIST_VIEWS, type WorklistView } from './desksByRole';
import { markStartup, markStartupAfterPaint } from '../app/startupMarks';

/** The first page the desks show (the grid's page size until the user changes it). */
export const FIRST_PAGE_SIZE = 50;

export function argsOf(name: WorklistName, userId: string, today: string): never {
  if (name === 'mine') return [userId] as never;
  if (name === 'dueSoon' || name === 'overdue') return [toIsoDate(today)] as never;
  return [] as never;
}

/** One worklist of the desks, live: it refreshes as soon as any window commits an action that touches it. */
export function WorklistPage({ view, today, onOpen }: { view: WorklistView; today: string; onOpen: (caseId: string) => void }) {
  const { t } = useLang();
  const { user } = useSession();
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: FIRST_PAGE_SIZE });
  const name = WORKLIST_VIEWS[view];
  const args = argsOf(name, user.id, today);
  const { rows, count } = useWorklist(name, args, { limit: pagination.pageSize, offset: pagination.page * pagination.pageSize });
  const firstRowsShown = rows !== undefined;
  useEffect(() => {
    if (!firstRowsShown) return;
    markStartup('worklist-query-resolved');
    markStartupAfterPaint('worklist-rows-painted');
  }, [firstRowsShown]);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="worklist-title">
      <Typography id="worklist-title" variant="h5" component="h2" sx={{ mb: 1 }}>
        {t(`worklist.${view}`)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status" data-testid="worklist-count">
        {/* The first page may come before the list's size is counted (a long list takes longer to count). */}
        {count === undefined ? '\u00a0' : t('worklist.count', { count })}
      </Typography>
      <WorklistGrid rows={rows ?? []} rowCount={count ?? -1} pagination={pagination} onPaginationChange={setPagination} loading={rows === undefined} today={today} onOpen={onOpen} />
    </Paper>
  );
}
