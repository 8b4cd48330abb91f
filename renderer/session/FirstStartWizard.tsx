import { useState } from 'react';
import { useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LOCAL_BLOCKS, isLocalBlock, suggestLocalBlock } from '../../shared/numbering';
import { setupOffice } from '../../shared/store/accounts';
import type { CaseDatabase } from '../../shared/store/database';
import { useLang } from '../i18n/useLang';
import { RestoreFromBackup } from './RestoreFromBackup';

type Values = {
  code: string;
  nameRu: string;
  nameKk: string;
  districtRu: string;
  districtKk: string;
  providerRu: string;
  providerKk: string;
  block: number;
  adminName: string;
  login: string;
  password: string;
  passwordRepeat: string;
};

/**
 * First start of a workstation: the office (code, names ru/kk, district, provider), its administrator, the device block.
 * The block is proposed from this computer's id within LOCAL_BLOCKS (the range the sync centre never issues), so two
 * computers of one office set up apart propose different blocks; the administrator may change it within the range.
 */
export function FirstStartWizard({ db, deviceId, onDone }: { db: CaseDatabase; deviceId: string; onDone: () => void }) {
  const { t, text } = useLang();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm<Values>({
    defaultValues: { code: '', nameRu: '', nameKk: '', districtRu: '', districtKk: '', providerRu: '', providerKk: '', block: suggestLocalBlock(deviceId), adminName: '', login: 'admin', password: '', passwordRepeat: '' },
  });
  const required = { validate: (v: string | number) => String(v).trim().length > 0 || t('form.required') };
  const blockRange = { first: LOCAL_BLOCKS.first, last: LOCAL_BLOCKS.last };
  const localBlock = { valueAsNumber: true as const, validate: (v: string | number) => isLocalBlock(Number(v)) || t('sync.numbering.blockNotLocal', blockRange) };
  const field = (name: keyof Values, label: string, extra: object = {}, help?: string) => (
    <TextField label={label} {...register(name, name === 'block' ? localBlock : required)} error={Boolean(formState.errors[name])} helperText={formState.errors[name]?.message ?? help} {...extra} slotProps={{ htmlInput: { 'data-testid': `setup-${name}` } }} />
  );
  const submit = handleSubmit(async (v) => {
    setError(null);
    const result = await setupOffice(db, {
      office: {
        id: v.code.trim().toUpperCase(),
        name: { ru: v.nameRu.trim(), kk: v.nameKk.trim() },
        district: { ru: v.districtRu.trim(), kk: v.districtKk.trim() },
        provider: { ru: v.providerRu.trim(), kk: v.providerKk.trim() },
      },
      admin: { fullName: v.adminName, login: v.login, password: v.password },
      deviceId,
      block: Number(v.block),
      year: new Date().getFullYear(),
    });
    if (result.ok) onDone();
    else setError(text(result.reason));
  });
  return (
    <Box sx={{ maxWidth: 860, mx: 'auto', p: 3 }}>
      <Paper sx={{ p: 3 }} component="section" aria-labelledby="setup-title">
        <Typography id="setup-title" variant="h5" component="h2">
          {t('session.setupTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
          {t('session.setupHint')}
        </Typography>
        <form
          noValidate
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <Stack spacing={2}>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
              {field('code', t('session.officeCode'), { autoFocus: true })}
              {field('block', t('session.deviceBlock'), { type: 'number' }, t('sync.numbering.wizardBlockHelp', blockRange))}
              {field('nameRu', t('session.officeNameRu'))}
              {field('nameKk', t('session.officeNameKk'))}
              {field('districtRu', t('session.districtRu'))}
              {field('districtKk', t('session.districtKk'))}
              {field('providerRu', t('session.providerRu'))}
              {field('providerKk', t('session.providerKk'))}
              {field('adminName', t('session.adminName'))}
              {field('login', t('session.login'))}
              <TextField type="password" label={t('session.password')} {...register('password', { validate: (v) => v.length > 0 || t('form.required') })} error={Boolean(formState.errors.password)} helperText={formState.errors.password?.message} slotProps={{ htmlInput: { 'data-testid': 'setup-password', autoComplete: 'new-password' } }} />
              <TextField
                type="password"
                label={t('session.passwordRepeat')}
                {...register('passwordRepeat', { validate: (v) => v === getValues('password') || t('session.passwordsDiffer') })}
                error={Boolean(formState.errors.passwordRepeat)}
                helperText={formState.errors.passwordRepeat?.message}
                slotProps={{ htmlInput: { 'data-testid': 'setup-passwordRepeat', autoComplete: 'new-password' } }}
              />
            </Box>
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" disabled={formState.isSubmitting} data-testid="setup-submit">
              {formState.isSubmitting ? t('session.working') : t('session.setupSubmit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <RestoreFromBackup db={db} onRestored={onDone} />
    </Box>
  );
}
