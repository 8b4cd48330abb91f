import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { BackupProgress } from '../../shared/store';
import type { CaseDatabase } from '../../shared/store/database';
import { toStoreError } from '../../shared/store/storeErrors';
import { bindCaseStoreOnce } from './openOfficeDatabase';
import { useLang } from '../i18n/useLang';

/**
 * Restoring needs the whole store and the file helpers (their own chunks, not in the first screen's): loaded while the
 * first-start screen is shown, so the click opens the file dialog at once.
 */
const loadRestore = (db: CaseDatabase) => Promise.all([import('../store/backupFiles'), bindCaseStoreOnce(db)]);

/**
 * On first start the profile is empty, which is the one place a backup can be restored (a new computer for the
 * office, or a disk that failed): the whole database from the file, streamed, checked segment by segment; a failure
 * leaves the profile empty again and says why in the user's language.
 */
export function RestoreFromBackup({ db, onRestored }: { db: CaseDatabase; onRestored: () => void }) {
  const { t, lang, text, number } = useLang();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    void loadRestore(db).catch(() => undefined); // a failure is reported when the user restores
  }, [db]);

  const restore = async () => {
    setError(null);
    setBusy(true);
    abort.current = new AbortController();
    try {
      const [{ restoreBackupFile }, store] = await loadRestore(db);
      const outcome = await restoreBackupFile(store, lang, { onProgress: setProgress, signal: abort.current.signal });
      if (outcome.status === 'restored') onRestored();
    } catch (failure) {
      setError(text(toStoreError(failure).localized));
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <Paper sx={{ p: 3, mt: 2 }} component="section" aria-labelledby="restore-title">
      <Typography id="restore-title" variant="h6" component="h2">
        {t('session.restoreTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t('session.restoreHint')}
      </Typography>
      <Stack spacing={2}>
        {busy && progress && (
          <>
            <LinearProgress variant="determinate" value={progress.total > 0 ? Math.min(100, (progress.rows / progress.total) * 100) : 0} aria-label={t('storeFiles.restoreProgress', { rows: number(progress.rows), total: number(progress.total) })} />
            <Typography role="status">{t('storeFiles.restoreProgress', { rows: number(progress.rows), total: number(progress.total) })}</Typography>
          </>
        )}
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" disabled={busy} onClick={() => void restore()} data-testid="setup-restore">
            {t('session.restoreButton')}
          </Button>
          {busy && (
            <Button onClick={() => abort.current?.abort()} data-testid="setup-restore-cancel">
              {t('storeFiles.cancel')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
