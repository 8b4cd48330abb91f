import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ENROLMENT_CODE_PATTERN, type DeviceCredential } from '../../shared/sync';
import { useLang } from '../i18n/useLang';
import { useSession } from '../session/SessionContext';
import { syncClientFor } from './useSync';

type Notice = { readonly severity: 'success' | 'warning' | 'error'; readonly text: string };

/**
 * The administrator connects this computer to the central sync service (issue #6): the server address and the one-time
 * code the office administrator created there. The office is this workstation's own; the device keeps its own id.
 */
export function SyncSettings({ onOpenSync }: { readonly onOpenSync?: () => void }) {
  const { t, text } = useLang();
  const { store, office, deviceId } = useSession();
  const client = syncClientFor(store);
  const credential = useLiveQuery(async () => (await store.replication.findSyncState('credential')) as DeviceCredential | undefined, [store]);
  const [serverUrl, setServerUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const codeValid = ENROLMENT_CODE_PATTERN.test(code.trim().toUpperCase());

  const enrol = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await client.enrol({ serverUrl, officeId: office.id, code: code.trim().toUpperCase(), deviceName: deviceName.trim() || office.id, deviceId });
      if (!result.ok) return setNotice({ severity: 'error', text: text(result.reason) });
      const enrolled = t('sync.settings.enrolled', { device: result.credential.deviceId, server: result.credential.serverUrl });
      // The centre may have retired a hand-picked numbering block another desk holds (and issued a fresh one): say so.
      const numbering = result.numbering.notice;
      setNotice(numbering ? { severity: 'warning', text: `${enrolled} ${text(numbering)}` } : { severity: 'success', text: enrolled });
      setCode('');
      void client.syncNow();
    } finally {
      setBusy(false);
    }
  };

  const fetchBlock = async () => {
    const result = await client.fetchNumberingBlock(new Date().getFullYear());
    if (!result.ok) return setNotice({ severity: 'error', text: text(result.reason) });
    setNotice({ severity: 'success', text: t('sync.settings.blockSaved', { block: result.block.block, year: result.block.year, first: result.block.next, last: result.block.last }) });
  };

  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="sync-settings-title" data-testid="sync-settings">
      <Typography id="sync-settings-title" variant="h6" component="h3" sx={{ mb: 1 }}>
        {t('sync.settings.title')}
      </Typography>
      {credential && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="sync-enrolled">
          {t('sync.settings.enrolled', { device: credential.deviceId, server: credential.serverUrl })}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('sync.settings.intro')}
      </Typography>
      <Stack component="form" spacing={2} onSubmit={(e) => void enrol(e)} sx={{ maxWidth: 520 }} noValidate>
        <TextField label={t('sync.settings.serverUrl')} value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} required slotProps={{ htmlInput: { 'data-testid': 'sync-server-url', inputMode: 'url' } }} />
        <TextField label={t('sync.settings.officeId')} value={office.id} slotProps={{ htmlInput: { readOnly: true } }} />
        <TextField
          label={t('sync.settings.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
          error={code.length > 0 && !codeValid}
          helperText={t('sync.settings.codeFormat')}
          slotProps={{ htmlInput: { 'data-testid': 'sync-code', autoComplete: 'off' } }}
        />
        <TextField label={t('sync.settings.deviceName')} value={deviceName} onChange={(e) => setDeviceName(e.target.value)} slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'sync-device-name' } }} />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={busy || !codeValid || serverUrl.trim() === ''} data-testid="sync-enrol">
            {t('sync.settings.enrol')}
          </Button>
          <Button variant="outlined" disabled={!credential} onClick={() => void fetchBlock()} data-testid="sync-fetch-block">
            {t('sync.settings.fetchBlock')}
          </Button>
          {onOpenSync && <Button onClick={onOpenSync}>{t('sync.settings.open')}</Button>}
        </Stack>
      </Stack>
      {notice && (
        <Alert severity={notice.severity} sx={{ mt: 2 }} role="alert" onClose={() => setNotice(null)}>
          {notice.text}
        </Alert>
      )}
    </Paper>
  );
}
