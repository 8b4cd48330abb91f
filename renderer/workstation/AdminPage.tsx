import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ROLES, type Role } from '../../shared/regulations/types';
import { createUser, setUserActive } from '../../shared/store/accounts';
import { toStoreError, type BackupProgress } from '../../shared/store';
import { useLang } from '../i18n/useLang';
import { saveBackupFile } from '../store';
import { useSession } from '../session/SessionContext';
import { CommissionsAdmin } from '../desks/commission/CommissionsAdmin';
import { SyncSettings } from '../sync';

type NewUserValues = { fullName: string; login: string; password: string; roles: Role[] };

/** The administrator's desk: users and their roles, the backup of the office database, the journal check. */
export function AdminPage() {
  const { t, text, lang } = useLang();
  const { store, office } = useSession();
  const users = useLiveQuery(() => store.officeDirectory.listUsers(office.id), [office.id]);
  const [message, setMessage] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | null>(null);
  // The running backup: its progress (rows written of the total) and the way to stop it.
  const [backup, setBackup] = useState<{ progress: BackupProgress | null; controller: AbortController } | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<NewUserValues>({ defaultValues: { fullName: '', login: '', password: '', roles: [] } });

  const create = handleSubmit(async (v) => {
    const result = await createUser(store.db, { officeId: office.id, fullName: v.fullName, login: v.login, password: v.password, roles: v.roles });
    if (result.ok) {
      setMessage({ severity: 'success', text: t('admin.created', { name: result.value.fullName }) });
      reset();
    } else setMessage({ severity: 'error', text: text(result.reason) });
  });

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setMessage({ severity: 'error', text: text(toStoreError(error).localized) });
    }
  };

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="admin-title">
        <Typography id="admin-title" variant="h5" component="h2" sx={{ mb: 2 }}>
          {t('admin.title')}
        </Typography>
        <Table size="small" aria-labelledby="admin-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('admin.fullName')}</TableCell>
              <TableCell>{t('admin.login')}</TableCell>
              <TableCell>{t('admin.roles')}</TableCell>
              <TableCell>{t('admin.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(users ?? []).map((u) => (
              <TableRow key={u.id}>
                <TableCell>{u.fullName}</TableCell>
                <TableCell>{u.login}</TableCell>
                <TableCell>{u.roles.map((r) => t(`role.${r}`)).join(', ')}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => void setUserActive(store.db, u.id, !u.active)}>
                    {u.active ? t('admin.deactivate') : t('admin.activate')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="admin-create">
        <Typography id="admin-create" variant="h6" component="h3" sx={{ mb: 2 }}>
          {t('admin.create')}
        </Typography>
        <form
          noValidate
          onSubmit={(e) => {
            void create(e);
          }}
        >
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 2 }}>
            <TextField label={t('admin.fullName')} {...register('fullName')} slotProps={{ htmlInput: { 'data-testid': 'user-fullName' } }} />
            <TextField label={t('admin.login')} {...register('login')} slotProps={{ htmlInput: { 'data-testid': 'user-login', autoComplete: 'off' } }} />
            <TextField type="password" label={t('admin.password')} {...register('password')} slotProps={{ htmlInput: { 'data-testid': 'user-password', autoComplete: 'new-password' } }} />
          </Box>
          <FormGroup row aria-label={t('admin.roles')} sx={{ mt: 1 }}>
            {ROLES.map((role) => (
              <FormControlLabel key={role} control={<Checkbox value={role} {...register('roles')} slotProps={{ input: { 'data-testid': `user-role-${role}` } as never }} />} label={t(`role.${role}`)} />
            ))}
          </FormGroup>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ mt: 1 }} data-testid="user-create">
            {t('admin.create')}
          </Button>
        </form>
      </Paper>
      <CommissionsAdmin />
      <SyncSettings onOpenSync={() => (window.location.hash = '#/sync')} />
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="admin-backup">
        <Typography id="admin-backup" variant="h6" component="h3" sx={{ mb: 2 }}>
          {t('admin.backup')}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button
            variant="outlined"
            disabled={backup !== null}
            data-testid="admin-backup"
            onClick={() =>
              void guard(async () => {
                const controller = new AbortController();
                setBackup({ progress: null, controller });
                setMessage(null);
                try {
                  const saved = await saveBackupFile(store, lang, {
                    signal: controller.signal,
                    onProgress: (progress) => setBackup((current) => (current === null ? null : { ...current, progress })),
                  });
                  if (saved.status !== 'cancelled') setMessage({ severity: 'success', text: t('admin.backupSaved') });
                } catch (error) {
                  if (!controller.signal.aborted) throw error;
                  setMessage({ severity: 'info', text: t('storeFiles.backupCancelled') });
                } finally {
                  setBackup(null);
                }
              })
            }
          >
            {t('admin.makeBackup')}
          </Button>
          {backup !== null && (
            <Button variant="text" color="warning" onClick={() => backup.controller.abort()} data-testid="admin-backup-cancel">
              {t('storeFiles.cancel')}
            </Button>
          )}
          <Button
            variant="outlined"
            onClick={() =>
              void guard(async () => {
                const report = await store.verify();
                const first = report.problems[0];
                setMessage(
                  first
                    ? { severity: 'error', text: `${t('admin.verifyProblems', { count: report.problems.length, caseId: first.caseId, seq: first.seq })} ${text(first.message)}` }
                    : { severity: 'success', text: t('admin.verifyOk', { cases: report.cases, actions: report.actions }) },
                );
              })
            }
            data-testid="admin-verify"
          >
            {t('admin.verify')}
          </Button>
        </Stack>
        {backup !== null && (
          <Box sx={{ mt: 2 }} data-testid="admin-backup-progress">
            <LinearProgress
              variant={backup.progress === null ? 'indeterminate' : 'determinate'}
              value={backup.progress === null || backup.progress.total === 0 ? 0 : Math.min(100, (100 * backup.progress.rows) / backup.progress.total)}
              aria-label={t('admin.backup')}
            />
            {backup.progress !== null && (
              <Typography variant="body2" role="status" sx={{ mt: 1 }}>
                {t('storeFiles.backupProgress', { rows: backup.progress.rows.toLocaleString(lang === 'kk' ? 'kk-KZ' : 'ru-RU'), total: backup.progress.total.toLocaleString(lang === 'kk' ? 'kk-KZ' : 'ru-RU') })}
              </Typography>
            )}
          </Box>
        )}
      </Paper>
      {message && (
        <Alert severity={message.severity} role="status" data-testid="admin-message">
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
