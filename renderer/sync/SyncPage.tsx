import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ConflictRow, JournalEntry } from '../../shared/store';
import { platform } from '../platform/bridge';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { syncClientFor, useSyncStatus } from './useSync';

type Notice = { readonly severity: 'success' | 'error' | 'info'; readonly text: string };

/** The actions of one side of a conflict: position, action, who, when. */
function EntriesTable({ entries, caption }: { readonly entries: readonly JournalEntry[]; readonly caption: string }) {
  const { t, dateTime } = useLang();
  return (
    <Table size="small" aria-label={caption}>
      <caption style={{ captionSide: 'top', padding: 0 }}>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell>{t('sync.page.seq')}</TableCell>
          <TableCell>{t('sync.page.action')}</TableCell>
          <TableCell>{t('sync.page.who')}</TableCell>
          <TableCell>{t('sync.page.when')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} data-testid="conflict-entry">
            <TableCell>{entry.seq}</TableCell>
            <TableCell>{t(`action.${entry.type}`)}</TableCell>
            <TableCell>
              {entry.actor.name ?? entry.actor.userId} · {t(`role.${entry.actor.role}`)} · {entry.actor.officeId}
            </TableCell>
            <TableCell>{dateTime(entry.payload.at)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ConflictCard({ conflict, onNotice }: { readonly conflict: ConflictRow; readonly onNotice: (notice: Notice) => void }) {
  const { t, text, dateTime } = useLang();
  const { store, actor } = useSession();
  const row = useLiveQuery(() => store.db.cases.get(conflict.caseId), [conflict.caseId]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const resolve = async (decision: 'redo' | 'discard') => {
    setBusy(true);
    try {
      const result = await store.replication.resolveConflict(conflict.id, decision, actor, note);
      if (!result.ok) onNotice({ severity: 'error', text: text(result.reason) });
      else if (result.redoStopped) onNotice({ severity: 'info', text: `${t('sync.page.redone', { count: result.redone })}. ${text(result.redoStopped)}` });
      else onNotice({ severity: 'success', text: decision === 'redo' ? t('sync.page.redone', { count: result.redone }) : t('sync.page.decision_discard') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="article" data-testid="conflict" data-conflict-kind={conflict.kind} aria-label={`${t('sync.page.case')} ${row?.number ?? conflict.caseId}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h4">
          {t('sync.page.case')} {row?.number ?? conflict.caseId}
        </Typography>
        <Chip size="small" color={conflict.kind === 'rejected' ? 'error' : 'warning'} label={conflict.kind === 'rejected' ? t('sync.page.kind_rejected') : t('sync.page.kind_lost_race')} />
        <Typography variant="body2" color="text.secondary">
          {t('sync.page.detected', { time: dateTime(conflict.detectedAt) })}
        </Typography>
      </Stack>
      {conflict.reason && (
        <Alert severity={conflict.kind === 'rejected' ? 'error' : 'warning'} sx={{ mb: 1 }}>
          {text(conflict.reason)}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <EntriesTable entries={conflict.local} caption={t('sync.page.local')} />
        {conflict.server.length > 0 ? <EntriesTable entries={conflict.server} caption={t('sync.page.server')} /> : <Typography variant="body2">{t('sync.page.serverUnknown')}</Typography>}
      </Stack>
      {conflict.status === 'open' ? (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 2, alignItems: { md: 'center' } }}>
          <TextField size="small" label={t('sync.page.note')} value={note} onChange={(e) => setNote(e.target.value)} sx={{ flex: 1 }} slotProps={{ htmlInput: { maxLength: 4000 } }} />
          <Button variant="contained" disabled={busy} onClick={() => void resolve('redo')} data-testid="conflict-redo">
            {t('sync.page.redo')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => void resolve('discard')} data-testid="conflict-discard">
            {t('sync.page.discard')}
          </Button>
        </Stack>
      ) : (
        conflict.resolution && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('sync.page.resolved', { decision: t(`sync.page.decision_${conflict.resolution.decision}`), time: dateTime(conflict.resolution.at) })}
          </Typography>
        )
      )}
    </Paper>
  );
}

/** Sync status, conflicts and rejections with both sides and their resolution, and the offline files. */
export function SyncPage() {
  const { t, text, dateTime } = useLang();
  const { store, office, deviceId } = useSession();
  const client = syncClientFor(store);
  const status = useSyncStatus(client);
  const [showResolved, setShowResolved] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const conflicts = useLiveQuery(() => store.replication.listConflicts(showResolved ? undefined : 'open'), [showResolved]);

  const exportUnsent = async () => {
    const file = await client.exportUnsent({ officeId: office.id, deviceId: (await client.credential())?.deviceId ?? deviceId });
    if (!file.ok) return setNotice({ severity: 'info', text: text(file.reason) });
    await platform.saveFile({ suggestedName: file.fileName, content: { kind: 'bytes', bytes: file.bytes } });
    setNotice({ severity: 'success', text: t('sync.page.exported', { count: file.count }) });
  };
  const importFile = async () => {
    const opened = await platform.openFile({});
    if (!opened) return;
    const result = await client.importBundle(opened.bytes, office.id);
    if (!result.ok) return setNotice({ severity: 'error', text: text(result.reason) });
    setNotice({ severity: result.rejected > 0 ? 'info' : 'success', text: [t('sync.page.imported', { accepted: result.accepted, known: result.known, rejected: result.rejected }), ...result.reasons.slice(0, 5).map(text)].join(' · ') });
  };

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="sync-title">
        <Typography id="sync-title" variant="h5" component="h2" sx={{ mb: 1 }}>
          {t('sync.page.title')}
        </Typography>
        <Typography data-testid="sync-summary">
          {[
            !status.enrolled ? t('sync.status.notEnrolled') : status.online === true ? t('sync.status.online') : status.online === false ? t('sync.status.offline') : t('sync.status.unknown'),
            t('sync.status.waiting', { count: status.waiting }),
            status.lastSuccess ? t('sync.status.lastSync', { time: dateTime(status.lastSuccess) }) : t('sync.status.never'),
          ].join(' · ')}
        </Typography>
        {status.lastError && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {t('sync.page.lastError')}: {text(status.lastError)}
          </Alert>
        )}
        <Button variant="contained" sx={{ mt: 2 }} disabled={!status.enrolled || status.syncing} onClick={() => void client.syncNow()} data-testid="sync-now-page">
          {t('sync.status.syncNow')}
        </Button>
      </Paper>
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} role="alert">
          {notice.text}
        </Alert>
      )}
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="conflicts-title">
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography id="conflicts-title" variant="h6" component="h3">
            {t('sync.page.conflicts')}
          </Typography>
          <FormControlLabel control={<Switch checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />} label={t('sync.page.showResolved')} />
        </Stack>
        {conflicts && conflicts.length === 0 && <Typography>{t('sync.page.empty')}</Typography>}
        <Stack spacing={2}>
          {conflicts?.map((conflict) => (
            <ConflictCard key={conflict.id} conflict={conflict} onNotice={setNotice} />
          ))}
        </Stack>
      </Paper>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="offline-files-title">
        <Typography id="offline-files-title" variant="h6" component="h3" sx={{ mb: 1 }}>
          {t('sync.page.offlineFiles')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
          <Button variant="outlined" onClick={() => void exportUnsent()} data-testid="sync-export">
            {t('sync.page.exportUnsent')}
          </Button>
          <Button variant="outlined" onClick={() => void importFile()} data-testid="sync-import">
            {t('sync.page.importFile')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
