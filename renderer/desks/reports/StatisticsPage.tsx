import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isIsoDate } from '../../../shared/calendar';
import { statisticsTables, type ServiceStatistics } from '../../../shared/reports';
import { StoreError } from '../../../shared/store/storeErrors';
import { IsoDateField } from '../../components/IsoDateField';
import { useLang } from '../../i18n/useLang';
import { useSession } from '../../session/SessionContext';
import { ExportButtons } from './ExportButtons';
import type { ReportDocument } from './exportTables';
import { ReportGrid } from './ReportGrid';
import { StatisticsCharts } from './StatisticsCharts';

const ALL = '*';

/**
 * Service statistics for a period and an office (or all offices in this store, at the centre): the figures of
 * shared/reports/serviceStatistics.ts as tables and charts, exported as CSV / XLSX / print. A report is a snapshot:
 * it is computed when the period or office changes, not on every action of the office.
 */
export function StatisticsPage({ today }: { today: string }) {
  const { t, lang, date, text } = useLang();
  const { store, office } = useSession();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [officeId, setOfficeId] = useState(office.id);
  const offices = useLiveQuery(() => store.officeDirectory.listOffices(), [store]);
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const [result, setResult] = useState<{ key: string; stats?: ServiceStatistics; error?: string } | undefined>();
  const key = JSON.stringify([from, to, officeId]);

  useEffect(() => {
    if (!valid) return;
    let cancelled = false;
    store.reports.serviceStatistics({ from, to }, officeId === ALL ? {} : { officeId }).then(
      (stats) => {
        if (!cancelled) setResult({ key, stats });
      },
      (error: unknown) => {
        if (!cancelled) setResult({ key, error: error instanceof StoreError ? error.localized[lang] : error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, key, from, to, officeId, valid, lang]);

  const current = result?.key === key ? result : undefined;
  const stats = current?.stats;
  const tables = useMemo(() => (stats ? statisticsTables(stats, lang) : []), [stats, lang]);
  const officeName = officeId === ALL ? t('reports.statistics.allOffices') : text((offices ?? [office]).find((o) => o.id === officeId)?.name ?? office.name);
  const doc = (): ReportDocument => ({
    fileBase: `${t('reports.statistics.title')} ${from} ${to}`,
    title: t('reports.statistics.title'),
    subtitle: [t('reports.statistics.period', { from: date(from), to: date(to) }), t('reports.statistics.officeLine', { office: officeName })],
    tables,
  });
  const empty = stats !== undefined && stats.total.received === 0 && stats.total.inProgress === 0 && stats.total.issuedOnTime + stats.total.issuedLate + stats.total.refusedOnMerits + stats.total.withdrawn === 0;

  return (
    <Paper sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }} component="section" aria-labelledby="statistics-title" data-testid="statistics-page">
      <Typography id="statistics-title" variant="h5" component="h2">
        {t('reports.statistics.title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }} className="no-print">
        <IsoDateField label={t('reports.statistics.from')} value={from} onChange={setFrom} size="small" required testId="statistics-from" />
        <IsoDateField label={t('reports.statistics.to')} value={to} onChange={setTo} size="small" required testId="statistics-to" />
        <TextField select label={t('reports.statistics.office')} value={officeId} onChange={(e) => setOfficeId(e.target.value)} size="small" sx={{ minWidth: 260 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'statistics-office' } as object } }}>
          <MenuItem value={ALL}>{t('reports.statistics.allOffices')}</MenuItem>
          {(offices ?? [office]).map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {text(o.name)}
            </MenuItem>
          ))}
        </TextField>
        <ExportButtons doc={doc} disabled={!stats} testIdPrefix="statistics" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('reports.statistics.interpretation')}
      </Typography>
      {isIsoDate(from) && isIsoDate(to) && !valid && <Alert severity="warning">{t('reports.statistics.invalidPeriod')}</Alert>}
      {valid && !current && (
        <Box role="status">
          <Typography variant="body2">{t('reports.statistics.loading')}</Typography>
          <LinearProgress aria-label={t('reports.statistics.loading')} />
        </Box>
      )}
      {current?.error !== undefined && <Alert severity="error">{t('reports.statistics.failed', { message: current.error })}</Alert>}
      {empty && <Alert severity="info">{t('reports.statistics.empty')}</Alert>}
      {stats && tables.length > 0 && (
        <>
          {tables.map((table) => (
            <Box key={table.id} component="section" aria-labelledby={`table-${table.id}`} sx={table.rows.length === 0 ? { display: 'none' } : {}}>
              <Typography id={`table-${table.id}`} variant="h6" component="h3" sx={{ mb: 1 }}>
                {table.title}
              </Typography>
              {table.rows.length > 0 && <ReportGrid table={table} testId={`statistics-${table.id}`} totalRow={table.id === 'services'} />}
            </Box>
          ))}
          <StatisticsCharts stats={stats} />
        </>
      )}
    </Paper>
  );
}
