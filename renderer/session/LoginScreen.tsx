import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Role } from '../../shared/regulations/types';
import { authenticate } from '../../shared/store/accounts';
import type { CaseDatabase, UserRow } from '../../shared/store/database';
import { useLang } from '../i18n/useLang';
import { markStartup } from '../app/startupMarks';

/**
 * Sign in with login and password; a user with several roles picks the one they work in now. `db` may still be opening.
 */
export function LoginScreen({ db, onSignedIn, lockedUser }: { db: CaseDatabase | Promise<CaseDatabase>; onSignedIn: (user: UserRow, role: Role) => void; lockedUser?: { user: UserRow; role: Role } }) {
  const { t, text } = useLang();
  const [error, setError] = useState<string | null>(null);
  const [chooseRole, setChooseRole] = useState<UserRow | null>(null);
  const [role, setRole] = useState<Role | ''>('');
  const { register, handleSubmit, formState } = useForm<{ login: string; password: string }>({ defaultValues: { login: lockedUser?.user.login ?? '', password: '' } });
  useEffect(() => markStartup('login-screen-rendered'), []);
  const submit = handleSubmit(async ({ login, password }) => {
    setError(null);
    markStartup('login-submitted');
    // On a cold start the screen may show before the database has opened (SessionGate): the sign-in waits for it.
    const result = await authenticate(await db, lockedUser?.user.login ?? login, password);
    markStartup('login-verified');
    if (!result.ok) {
      setError(text(result.reason));
      return;
    }
    if (lockedUser) {
      if (result.value.id === lockedUser.user.id) onSignedIn(result.value, lockedUser.role);
      else setError(t('account.accountWrongCredentials'));
      return;
    }
    const roles = result.value.roles;
    if (roles.length === 1 && roles[0]) onSignedIn(result.value, roles[0]);
    else {
      setChooseRole(result.value);
      setRole(roles[0] ?? '');
    }
  });
  return (
    <Box sx={{ maxWidth: 460, mx: 'auto', p: 3, mt: 6 }}>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="login-title">
        <Typography id="login-title" variant="h5" component="h2" sx={{ mb: 2 }}>
          {lockedUser ? t('session.locked') : t('session.loginTitle')}
        </Typography>
        {lockedUser && <Typography sx={{ mb: 2 }}>{t('session.lockedHint', { name: lockedUser.user.fullName })}</Typography>}
        {chooseRole ? (
          <Stack spacing={2}>
            <TextField select label={t('session.actAs')} value={role} onChange={(e) => setRole(e.target.value as Role)} slotProps={{ htmlInput: { 'data-testid': 'login-role' } }}>
              {chooseRole.roles.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`role.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="contained" disabled={!role} onClick={() => role && onSignedIn(chooseRole, role)} data-testid="login-role-submit">
              {t('session.loginSubmit')}
            </Button>
          </Stack>
        ) : (
          <form
            noValidate
            onSubmit={(e) => {
              void submit(e);
            }}
          >
            <Stack spacing={2}>
              {!lockedUser && <TextField label={t('session.login')} autoFocus {...register('login', { validate: (v) => v.trim().length > 0 || t('form.required') })} error={Boolean(formState.errors.login)} helperText={formState.errors.login?.message} slotProps={{ htmlInput: { 'data-testid': 'login-login', autoComplete: 'username' } }} />}
              <TextField type="password" label={t('session.password')} autoFocus={Boolean(lockedUser)} {...register('password', { validate: (v) => v.length > 0 || t('form.required') })} error={Boolean(formState.errors.password)} helperText={formState.errors.password?.message} slotProps={{ htmlInput: { 'data-testid': 'login-password', autoComplete: 'current-password' } }} />
              {error && (
                <Alert severity="error" role="alert" data-testid="login-error">
                  {error}
                </Alert>
              )}
              <Button type="submit" variant="contained" disabled={formState.isSubmitting} data-testid="login-submit">
                {formState.isSubmitting ? t('session.working') : lockedUser ? t('session.unlock') : t('session.loginSubmit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Box>
  );
}
