import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { StoreError } from '../../../shared/store/storeErrors';
import { useLang } from '../../i18n/useLang';
import { useSession } from '../../session/SessionContext';
import { printReport, saveReportCsv, saveReportXlsx, type ReportDocument } from './exportTables';

/** CSV, XLSX and print of a report; a failure shows in the UI language, never as a crash. */
export function ExportButtons({ doc, disabled, testIdPrefix = 'report' }: { doc: () => ReportDocument; disabled?: boolean; testIdPrefix?: string }) {
  const { t, lang, text, number } = useLang();
  const { office } = useSession();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | undefined>();
  const run = async (save: () => Promise<{ status: string; fileName?: string; path?: string }>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await save();
      if (result.status !== 'cancelled') setMessage({ severity: 'success', text: t('reports.export.saved', { name: result.path ?? result.fileName ?? '' }) });
    } catch (error) {
      const details = error instanceof StoreError ? error.localized[lang] : error instanceof Error ? error.message : String(error);
      setMessage({ severity: 'error', text: t('reports.export.failed', { message: details }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} className="no-print">
      <Button variant="outlined" size="small" disabled={disabled || busy} onClick={() => void run(() => saveReportCsv(doc(), lang))} data-testid={`${testIdPrefix}-csv`}>
        {t('reports.export.csv')}
      </Button>
      <Button variant="outlined" size="small" disabled={disabled || busy} onClick={() => void run(() => saveReportXlsx(doc()))} data-testid={`${testIdPrefix}-xlsx`}>
        {t('reports.export.xlsx')}
      </Button>
      <Button variant="outlined" size="small" disabled={disabled || busy} onClick={() => void run(() => printReport(doc(), lang, text(office.name), number))} data-testid={`${testIdPrefix}-print`}>
        {t('reports.export.print')}
      </Button>
      {message && (
        <Alert severity={message.severity} sx={{ py: 0 }} role={message.severity === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
