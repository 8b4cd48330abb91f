import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { escapeHtml } from '../../shared/documents/fillTemplate';
import { readRegister, type RegisterKind, type RegisterRow } from '../../shared/store/correspondence';
import { IsoDateField } from '../components/IsoDateField';
import { isIsoDate } from '../components/isoDate';
import { useLang } from '../i18n/useLang';
import { platform } from '../platform/bridge';
import { templateCss } from '../documents/templates';
import { useSession } from '../session/SessionContext';
import { ExportButtons } from '../desks/reports/ExportButtons';
import type { ReportDocument } from '../desks/reports/exportTables';

const KINDS: readonly RegisterKind[] = ['incoming', 'outgoing', 'passes'];

/** Incoming and outgoing correspondence journals and the register of passes and permits, for a period, printable. */
export function JournalsPage({ today, onOpen }: { today: string; onOpen: (caseId: string) => void }) {
  const { t, text, date, dateTime: time } = useLang();
  const { store, office } = useSession();
  const [kind, setKind] = useState<RegisterKind>('incoming');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  // Both ends real dates (a half-typed one is named by its field) and in order.
  const complete = isIsoDate(from) && isIsoDate(to);
  const valid = complete && from <= to;
  const rows = useLiveQuery(() => (valid ? readRegister(store.db, kind, from, to) : Promise.resolve([])), [kind, from, to, valid]);

  const columns: { key: string; label: string; value: (r: RegisterRow) => string }[] = [
    { key: 'date', label: t('journals.date'), value: (r) => time(r.at) },
    ...(kind === 'incoming' ? [] : [{ key: 'out', label: t('journals.outgoingNumber'), value: (r: RegisterRow) => r.outgoingNumber ?? '' }]),
    { key: 'case', label: t('journals.caseNumber'), value: (r) => r.caseNumber },
    { key: 'service', label: t('journals.service'), value: (r) => text(r.serviceName) },
    { key: 'applicant', label: t('journals.applicant'), value: (r) => [r.applicantName, r.applicantId].filter(Boolean).join(', ') },
    { key: 'what', label: t('journals.what'), value: (r) => t(`journals.what_${r.what}`) },
    ...(kind === 'incoming' ? [] : [{ key: 'to', label: t('journals.deliveredTo'), value: (r: RegisterRow) => (r.deliveredTo ? t(`form.to_${r.deliveredTo as 'applicant'}`) : '') }]),
    { key: 'worker', label: t('journals.worker'), value: (r) => r.actorName ?? '' },
  ];
  const print = () => {
    const head = columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('');
    const body = (rows ?? []).map((r, i) => `<tr><td>${i + 1}</td>${columns.map((c) => `<td>${escapeHtml(c.value(r))}</td>`).join('')}</tr>`).join('');
    const html = `<!doctype html><html lang="${text({ ru: 'ru', kk: 'kk' })}"><head><meta charset="utf-8"><title>${escapeHtml(t(`journals.${kind}`))}</title><style>${templateCss} table.register{width:100%;border-collapse:collapse;font-size:9pt} table.register th,table.register td{border:1px solid #000;padding:3px 4px;vertical-align:top} @page{size:A4 landscape}</style></head><body><div class="head"><div class="office">${escapeHtml(text(office.name))}</div></div><h1>${escapeHtml(t(`journals.${kind}`))}</h1><div class="subtitle">${escapeHtml(t('journals.period', { from: date(from), to: date(to) }))}</div><table class="register"><thead><tr><th>№</th>${head}</tr></thead><tbody>${body}</tbody></table></body></html>`;
    void platform.savePdf({ source: { kind: 'html', html }, suggestedName: `${kind}-${from}-${to}.pdf`, landscape: true });
  };
  // The same rows to CSV / XLSX (shared/reports table model), headers in the UI language.
  const exportDoc = (): ReportDocument => ({
    fileBase: `${t(`journals.${kind}`)} ${from} ${to}`,
    title: t(`journals.${kind}`),
    subtitle: [text(office.name), t('journals.period', { from: date(from), to: date(to) })],
    tables: [
      {
        id: kind,
        title: t(`journals.${kind}`),
        columns: [{ key: 'n', header: '№', kind: 'integer' }, ...columns.map((c) => ({ key: c.key, header: c.label, kind: 'text' as const }))],
        rows: (rows ?? []).map((r, i) => [i + 1, ...columns.map((c) => c.value(r))]),
      },
    ],
  });
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="journals-title">
      <Typography id="journals-title" variant="h5" component="h2">
        {t('journals.title')}
      </Typography>
      <Tabs value={kind} onChange={(_e, next: RegisterKind) => setKind(next)} sx={{ mb: 2 }} variant="scrollable">
        {KINDS.map((k) => (
          <Tab key={k} value={k} label={t(`journals.${k}`)} data-testid={`journal-${k}`} />
        ))}
      </Tabs>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <IsoDateField label={t('journals.from')} value={from} onChange={setFrom} size="small" required testId="journal-from" />
        <IsoDateField label={t('journals.to')} value={to} onChange={setTo} size="small" required testId="journal-to" />
        <Button variant="outlined" onClick={print} disabled={!valid || !rows?.length}>
          {t('journals.print')}
        </Button>
        <ExportButtons doc={exportDoc} disabled={!valid || !rows?.length} testIdPrefix="journal" />
      </Box>
      {complete && !valid && <Alert severity="warning">{t('journals.invalidPeriod')}</Alert>}
      {valid && rows && rows.length === 0 && <Typography color="text.secondary">{t('journals.empty')}</Typography>}
      {rows && rows.length > 0 && (
        <Table size="small" aria-labelledby="journals-title" data-testid="journal-table">
          <TableHead>
            <TableRow>
              <TableCell>№</TableCell>
              {columns.map((c) => (
                <TableCell key={c.key}>{c.label}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={r.actionId} hover onClick={() => onOpen(r.caseId)} sx={{ cursor: 'pointer' }}>
                <TableCell>{i + 1}</TableCell>
                {columns.map((c) => (
                  <TableCell key={c.key}>{c.value(r)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
