import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { toIsoDate } from '../../../shared/calendar';
import { DEADLINE_BUCKETS, dashboardTable, serviceName, type DashboardGroup } from '../../../shared/reports';
import type { ReportTable } from '../../../shared/reports';
import { useLang } from '../../i18n/useLang';
import { useSession } from '../../session/SessionContext';
import { ExportButtons } from './ExportButtons';
import type { ReportDocument } from './exportTables';
import { ReportGrid } from './ReportGrid';

const COLORS = { overdue: 'error.main', today: 'warning.dark', soon: 'success.dark' } as const;

/**
 * The head's deadlines dashboard: open cases overdue, due today and due within N working days, by service and by
 * responsible specialist; each case row opens the case. Live: an action anywhere moves a case at once.
 */
export function DeadlinesDashboardPage({ today, onOpen }: { today: string; onOpen: (caseId: string) => void }) {
  const { t, lang, date, number } = useLang();
  const { store, office } = useSession();
  const [within, setWithin] = useState('3');
  const n = Number(within);
  const valid = /^\d{1,2}$/.test(within) && n >= 0 && n <= 30;
  const dashboard = useLiveQuery(() => (valid ? store.reports.deadlinesDashboard(toIsoDate(today), n, { officeId: office.id }) : Promise.resolve(undefined)), [store, today, n, valid, office.id]);
  const caseTable = useMemo(() => (dashboard ? dashboardTable(dashboard, lang) : undefined), [dashboard, lang]);
  const groupTable = (id: 'byService' | 'byAssignee', title: string, first: string, groups: readonly DashboardGroup[], label: (g: DashboardGroup) => string): ReportTable => ({
    id,
    title,
    sheet: t(`reports.sheets.${id}`),
    columns: [{ key: 'name', header: first, kind: 'text' }, ...DEADLINE_BUCKETS.map((b) => ({ key: b, header: t(`reports.buckets.${b}`), kind: 'integer' as const }))],
    rows: groups.map((g) => [label(g), ...DEADLINE_BUCKETS.map((b) => g.counts[b])]),
  });
  const byService = dashboard ? groupTable('byService', t('reports.dashboard.byService'), t('reports.columns.service'), dashboard.byService, (g) => serviceName(g.key, lang)) : undefined;
  const byAssignee = dashboard
    ? groupTable('byAssignee', t('reports.dashboard.byAssignee'), t('reports.columns.assignee'), dashboard.byAssignee, (g) => g.label ?? (g.key === '' ? t('reports.dashboard.unassigned') : g.key))
    : undefined;
  const doc = (): ReportDocument => ({
    fileBase: `${t('reports.dashboard.title')} ${today}`,
    title: t('reports.dashboard.title'),
    subtitle: [date(today), ...(dashboard ? [t('reports.dashboard.soonUntil', { date: date(dashboard.soonUntil) })] : [])],
    tables: [caseTable, byService, byAssignee].filter((x): x is ReportTable => x !== undefined),
  });

  return (
    <Paper sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }} component="section" aria-labelledby="dashboard-title" data-testid="dashboard-page">
      <Typography id="dashboard-title" variant="h5" component="h2">
        {t('reports.dashboard.title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }} className="no-print">
        <TextField
          label={t('reports.dashboard.within')}
          value={within}
          onChange={(e) => setWithin(e.target.value.trim())}
          size="small"
          error={!valid}
          helperText={valid ? (dashboard ? t('reports.dashboard.soonUntil', { date: date(dashboard.soonUntil) }) : ' ') : t('reports.dashboard.invalidWithin')}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'dashboard-within' } }}
          sx={{ width: 240 }}
        />
        <ExportButtons doc={doc} disabled={!dashboard} testIdPrefix="dashboard" />
      </Box>
      {dashboard && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          {DEADLINE_BUCKETS.map((b) => (
            <Card key={b} variant="outlined" sx={{ minWidth: 180 }}>
              <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography variant="body2">{t(`reports.buckets.${b}`)}</Typography>
                <Typography variant="h4" component="p" sx={{ color: COLORS[b], fontWeight: 600 }} data-testid={`dashboard-count-${b}`}>
                  {number(dashboard.counts[b])}
                </Typography>
              </CardContent>
            </Card>
          ))}
        </Box>
      )}
      {dashboard && dashboard.rows.length === 0 && <Alert severity="success">{t('reports.dashboard.empty')}</Alert>}
      {dashboard && caseTable && dashboard.rows.length > 0 && (
        <>
          <Box component="section" aria-labelledby="dashboard-cases">
            <Typography id="dashboard-cases" variant="h6" component="h3" sx={{ mb: 1 }}>
              {t('reports.dashboard.cases')}
            </Typography>
            <ReportGrid table={caseTable} testId="dashboard-cases-grid" onRowClick={(i) => dashboard.rows[i] && onOpen(dashboard.rows[i].caseId)} />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
            {[byService, byAssignee].map(
              (table) =>
                table && (
                  <Box key={table.id} component="section" aria-labelledby={`dashboard-${table.id}`}>
                    <Typography id={`dashboard-${table.id}`} variant="h6" component="h3" sx={{ mb: 1 }}>
                      {table.title}
                    </Typography>
                    <ReportGrid table={table} testId={`dashboard-${table.id}-grid`} />
                  </Box>
                ),
            )}
          </Box>
        </>
      )}
    </Paper>
  );
}
