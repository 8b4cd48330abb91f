import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { localDateOf } from '../../../shared/calendar';
import type { LocalizedText } from '../../../shared/regulations/types';
import type { JournalEntry } from '../../../shared/store/journal';
import type { CaseState } from '../../../shared/workflow';
import { intakeRefusalHtml, receiptHtml, resultHtml } from '../../documents/printedDocuments';
import { useLang } from '../../i18n/useLang';
import { platform } from '../../platform/bridge';

/** Preview a printed document of the case in the UI language, then save it as PDF (Electron) or print (browser). */
export function CasePrintButtons({ state, journal, officeName, dueDate }: { state: CaseState; journal: readonly JournalEntry[]; officeName: LocalizedText; dueDate?: string }) {
  const { t, lang } = useLang();
  const [preview, setPreview] = useState<{ title: string; html: string; name: string } | null>(null);
  const first = journal[0];
  const workerName = first?.payload.actor.name ?? first?.actor.userId ?? '';
  const decisionEntry = journal.find((e) => e.type === 'decision.grant' || e.type === 'decision.refuse');
  const delivered = journal.find((e) => e.type === 'issue.deliver');
  const ctx = { lang, officeName, workerName, ...(dueDate ? { dueDate } : {}), ...(decisionEntry ? { headName: decisionEntry.payload.actor.name ?? decisionEntry.actor.userId } : {}) };
  const number = state.context.number ?? 'case';
  const buttons: { key: string; title: string; html: () => string }[] = [];
  if (state.status === 'refusedAtIntake') buttons.push({ key: 'refusal-receipt', title: t('case.printRefusalReceipt'), html: () => intakeRefusalHtml(state, ctx) });
  else if (state.context.registeredAt) buttons.push({ key: 'receipt', title: t('case.printReceipt'), html: () => receiptHtml(state, ctx) });
  if (state.context.outcome) {
    const outgoingNumber = delivered?.payload.type === 'issue.deliver' ? delivered.payload.outgoingNumber : `${number}-ИСХ`;
    const issuedOn = localDateOf(delivered?.deviceTime ?? decisionEntry?.deviceTime ?? new Date().toISOString());
    buttons.push({ key: 'result', title: t('case.printResult'), html: () => resultHtml(state, { ...ctx, outgoingNumber, issuedOn }) });
  }
  // Ctrl+P opens the case's latest document (the receipt right after intake, the result once decided) for printing.
  const latest = buttons.at(-1);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'p' && latest) {
        event.preventDefault();
        setPreview({ title: latest.title, html: latest.html(), name: `${number}-${latest.key}-${lang}.pdf` });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest, number, lang]);
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
        {buttons.map((b) => (
          <Button key={b.key} variant="outlined" onClick={() => setPreview({ title: b.title, html: b.html(), name: `${number}-${b.key}-${lang}.pdf` })} data-print={b.key}>
            {t('case.print')}: {b.title}
          </Button>
        ))}
      </Stack>
      {preview && (
        <Dialog open onClose={() => setPreview(null)} fullWidth maxWidth="md" aria-labelledby="print-preview-title">
          <DialogTitle id="print-preview-title">{preview.title}</DialogTitle>
          <DialogContent>
            <iframe title={preview.title} srcDoc={preview.html} sandbox="" style={{ width: '100%', height: '60vh', border: '1px solid #ccc', background: '#fff' }} data-testid="print-preview" />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setPreview(null)}>{t('form.close')}</Button>
            <Button variant="contained" autoFocus onClick={() => void platform.savePdf({ source: { kind: 'html', html: preview.html }, suggestedName: preview.name }).finally(() => setPreview(null))}>
              {t('case.savePdf')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
