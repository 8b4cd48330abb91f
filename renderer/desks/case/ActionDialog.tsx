import { useMemo, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { LocalizedText } from '../../../shared/regulations/types';
import type { ActionInput } from '../../../shared/store/perform';
import type { AvailableAction, CaseState } from '../../../shared/workflow';
import { findStep } from '../../../shared/workflow/serviceModel';
import { useLang } from '../../i18n/useLang';
import { IsoDateField, dateProblemMessage } from '../../components/IsoDateField';
import { EARLIEST_DATE, dateProblem } from '../../components/isoDate';

export type AssignableUser = { readonly id: string; readonly fullName: string };

type Values = {
  note: string;
  docNumber: string;
  docDate: string;
  agency: string;
  assignee: string;
  pauseReason: 'applicant' | 'agency';
  inspectedOn: string;
  familyMembers: number;
  monthlyIncome: number;
  livingConditions: string;
  protocol: string;
  favourable: 'yes' | 'no';
  text: string;
  groundId: string;
  motivation: string;
  to: 'applicant' | 'representative' | 'con' | 'portal';
  outgoingNumber: string;
  reason: string;
  /** case.handover: the receiving office's code (issue #6). */
  toOffice: string;
  signers: { name: string; role: 'commission_chair' | 'commission_member' }[];
  confirm: boolean;
};

/**
 * One dialog for every action the engine offers; which fields it shows follows the action type. The action id is
 * made when the dialog opens, so a double click or a retry records the action once (the store is idempotent by id).
 */
export function ActionDialog({
  action,
  state,
  users,
  today,
  onClose,
  onPerform,
}: {
  action: AvailableAction;
  state: CaseState;
  users: readonly AssignableUser[];
  today: string;
  onClose: () => void;
  onPerform: (input: ActionInput) => Promise<{ ok: true } | { ok: false; reason: LocalizedText }>;
}) {
  const { t, text } = useLang();
  const actionId = useMemo(() => crypto.randomUUID(), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = action.stepId ? findStep(state.service, action.stepId) : undefined;
  const { control, register, handleSubmit, formState } = useForm<Values>({
    defaultValues: {
      note: '',
      docNumber: '',
      docDate: '',
      agency: '',
      assignee: users[0]?.id ?? '',
      pauseReason: 'applicant',
      inspectedOn: today,
      familyMembers: 1,
      monthlyIncome: 0,
      livingConditions: '',
      protocol: '',
      favourable: 'yes',
      text: '',
      groundId: state.service.refusalGrounds.find((g) => g.at === 'merits')?.id ?? '',
      motivation: '',
      to: state.context.channel === 'con' ? 'con' : state.context.channel === 'portal' ? 'portal' : 'applicant',
      outgoingNumber: `${state.context.number ?? ''}-ИСХ`,
      reason: '',
      toOffice: '',
      signers: [
        { name: '', role: 'commission_chair' },
        { name: '', role: 'commission_member' },
      ],
      confirm: false,
    },
  });
  const signers = useFieldArray({ control, name: 'signers' });
  const docNumber = useWatch({ control, name: 'docNumber' });
  const required = { validate: (v: string) => v.trim().length > 0 || t('form.required') };
  const stepId = action.stepId ?? '';

  const build = (v: Values): ActionInput | undefined => {
    const base = { id: actionId };
    switch (action.type) {
      case 'step.complete':
        return {
          ...base,
          type: action.type,
          stepId,
          ...(v.note.trim() ? { note: v.note.trim() } : {}),
          ...(v.docNumber.trim() && v.docDate ? { document: { number: v.docNumber.trim(), date: v.docDate, ...(v.agency.trim() ? { agency: v.agency.trim() } : {}) } } : {}),
        };
      case 'review.assign': {
        const user = users.find((u) => u.id === v.assignee);
        return user ? { ...base, type: action.type, stepId, assignee: { userId: user.id, name: user.fullName } } : undefined;
      }
      case 'clock.pause':
        return { ...base, type: action.type, reason: v.pauseReason, note: v.note.trim() };
      case 'clock.resume':
        return { ...base, type: action.type, ...(v.note.trim() ? { note: v.note.trim() } : {}) };
      case 'commission.inspect':
        return { ...base, type: action.type, stepId, inspectedOn: v.inspectedOn, familyMembers: Number(v.familyMembers), monthlyIncome: Number(v.monthlyIncome), livingConditions: v.livingConditions.trim() };
      case 'commission.inspection_refused':
        return { ...base, type: action.type, stepId, protocol: v.protocol.trim() };
      case 'commission.conclude':
        return { ...base, type: action.type, stepId, favourable: v.favourable === 'yes', text: v.text.trim() };
      case 'commission.sign':
        return { ...base, type: action.type };
      case 'commission.paper_signatures':
        return { ...base, type: action.type, signers: v.signers.map((s) => ({ name: s.name.trim(), role: s.role })) };
      case 'decision.grant':
        return { ...base, type: action.type, stepId, ...(v.note.trim() ? { note: v.note.trim() } : {}) };
      case 'decision.refuse':
        return { ...base, type: action.type, stepId, groundId: v.groundId, motivation: v.motivation.trim() };
      case 'issue.deliver':
        return { ...base, type: action.type, stepId, to: v.to, outgoingNumber: v.outgoingNumber.trim() };
      case 'case.withdraw':
        return { ...base, type: action.type, reason: v.reason.trim() };
      case 'case.handover':
        return { ...base, type: action.type, toOffice: v.toOffice.trim().toUpperCase(), reason: v.reason.trim() };
      default:
        return undefined;
    }
  };

  const submitting = useRef(false);
  const onValid = async (values: Values) => {
    const input = build(values);
    if (!input || submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await onPerform(input);
      if (result.ok) onClose();
      else setError(text(result.reason));
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  // A document or inspection date: a real date, not in the future; required when the document number is given.
  const dateMessages = { tooLate: t('form.futureDate') };
  const dateField = (name: 'docDate' | 'inspectedOn', label: string, needed: boolean) => {
    const rules = { required: needed, max: today, min: EARLIEST_DATE };
    return (
      <Controller
        control={control}
        name={name}
        rules={{
          validate: (value) => {
            const problem = dateProblem(value, rules);
            return problem === undefined || dateProblemMessage(t, problem, rules, dateMessages);
          },
        }}
        render={({ field, fieldState }) => (
          <IsoDateField
            label={label}
            name={field.name}
            inputRef={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            max={today}
            messages={dateMessages}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            testId={`action-${name}`}
          />
        )}
      />
    );
  };

  const mergedGrounds = state.service.refusalGrounds.filter((g) => g.at === 'merits');
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="action-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          void handleSubmit(onValid)(event);
        }}
      >
        <DialogTitle id="action-dialog-title">{t(`action.${action.type}`)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {step && <Alert severity="info">{text(step.action)}</Alert>}
            {action.type === 'step.complete' && (
              <>
                <TextField label={t('form.note')} multiline minRows={2} {...register('note')} />
                {(step?.kind === 'request' || step?.kind === 'register_outgoing' || step?.kind === 'transfer') && (
                  <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
                    <TextField label={t('form.docNumber')} {...register('docNumber')} />
                    {dateField('docDate', t('form.docDate'), docNumber.trim().length > 0)}
                    <TextField label={t('form.agency')} {...register('agency')} sx={{ gridColumn: 'span 2' }} />
                  </Box>
                )}
              </>
            )}
            {action.type === 'review.assign' && (
              <TextField select label={t('form.assignee')} {...register('assignee', required)} defaultValue={users[0]?.id ?? ''} error={Boolean(formState.errors.assignee)} helperText={formState.errors.assignee?.message} slotProps={{ htmlInput: { 'data-testid': 'assignee' } }}>
                {users.map((u) => (
                  <MenuItem key={u.id} value={u.id}>
                    {u.fullName}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {action.type === 'clock.pause' && (
              <>
                <TextField select label={t('form.pauseReason')} {...register('pauseReason')} defaultValue="applicant">
                  <MenuItem value="applicant">{t('pauseReason.applicant')}</MenuItem>
                  <MenuItem value="agency">{t('pauseReason.agency')}</MenuItem>
                </TextField>
                <TextField label={t('form.note')} multiline minRows={2} {...register('note', required)} error={Boolean(formState.errors.note)} helperText={formState.errors.note?.message} />
              </>
            )}
            {action.type === 'clock.resume' && <TextField label={t('form.note')} multiline minRows={2} {...register('note')} />}
            {action.type === 'commission.inspect' && (
              <>
                {dateField('inspectedOn', t('form.inspectedOn'), true)}
                <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
                  <TextField type="number" label={t('form.familyMembers')} {...register('familyMembers', { valueAsNumber: true, min: { value: 1, message: t('form.minOne') } })} error={Boolean(formState.errors.familyMembers)} helperText={formState.errors.familyMembers?.message} slotProps={{ htmlInput: { min: 1, max: 30 } }} />
                  <TextField type="number" label={t('form.monthlyIncome')} {...register('monthlyIncome', { valueAsNumber: true, min: { value: 0, message: t('form.required') } })} slotProps={{ htmlInput: { min: 0, step: 1 } }} />
                </Box>
                <TextField label={t('form.livingConditions')} multiline minRows={3} {...register('livingConditions', required)} error={Boolean(formState.errors.livingConditions)} helperText={formState.errors.livingConditions?.message} />
              </>
            )}
            {action.type === 'commission.inspection_refused' && (
              <TextField label={t('form.protocol')} multiline minRows={3} {...register('protocol', required)} error={Boolean(formState.errors.protocol)} helperText={formState.errors.protocol?.message} />
            )}
            {action.type === 'commission.conclude' && (
              <>
                <Controller
                  control={control}
                  name="favourable"
                  render={({ field }) => (
                    <RadioGroup {...field} aria-label={t('form.favourable')}>
                      <FormControlLabel value="yes" control={<Radio />} label={t('form.favourableYes')} />
                      <FormControlLabel value="no" control={<Radio />} label={t('form.favourableNo')} />
                    </RadioGroup>
                  )}
                />
                <TextField label={t('form.conclusionText')} multiline minRows={3} {...register('text', required)} error={Boolean(formState.errors.text)} helperText={formState.errors.text?.message} slotProps={{ htmlInput: { 'data-testid': 'conclusion-text' } }} />
              </>
            )}
            {action.type === 'commission.sign' && (
              <FormControlLabel control={<Checkbox {...register('confirm', { validate: (v) => v || t('form.required') })} />} label={t('form.confirmSign')} />
            )}
            {action.type === 'commission.paper_signatures' && (
              <>
                {/* Only members present at the sitting may sign (shared/workflow/commissionSitting.ts). */}
                {state.context.sitting && (
                  <Alert severity="info" data-testid="paper-signers-present">
                    {`${t('commission.sitting.present')}: ${state.context.sitting.present.map((m) => m.name).join(', ')}`}
                  </Alert>
                )}
                {signers.fields.map((field, index) => (
                  <Box key={field.id} sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2 }}>
                    <TextField label={t('form.signerName')} {...register(`signers.${index}.name`, required)} error={Boolean(formState.errors.signers?.[index]?.name)} helperText={formState.errors.signers?.[index]?.name?.message} />
                    <TextField select label={t('form.signerRole')} {...register(`signers.${index}.role`)} defaultValue={field.role}>
                      <MenuItem value="commission_chair">{t('role.commission_chair')}</MenuItem>
                      <MenuItem value="commission_member">{t('role.commission_member')}</MenuItem>
                    </TextField>
                  </Box>
                ))}
                <Button onClick={() => signers.append({ name: '', role: 'commission_member' })}>{t('form.addSigner')}</Button>
              </>
            )}
            {action.type === 'decision.grant' && <TextField label={t('form.note')} multiline minRows={2} {...register('note')} />}
            {action.type === 'decision.refuse' && (
              <>
                <TextField select label={t('form.ground')} {...register('groundId', required)} defaultValue={mergedGrounds[0]?.id ?? ''} slotProps={{ htmlInput: { 'data-testid': 'refusal-ground' } }}>
                  {mergedGrounds.map((g) => (
                    <MenuItem key={g.id} value={g.id} sx={{ whiteSpace: 'normal' }}>
                      {text(g.text)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField label={t('form.motivation')} multiline minRows={3} {...register('motivation', required)} error={Boolean(formState.errors.motivation)} helperText={formState.errors.motivation?.message} slotProps={{ htmlInput: { 'data-testid': 'refusal-motivation' } }} />
              </>
            )}
            {action.type === 'issue.deliver' && (
              <>
                <TextField select label={t('form.deliverTo')} {...register('to')} defaultValue={state.context.channel === 'con' ? 'con' : state.context.channel === 'portal' ? 'portal' : 'applicant'}>
                  {(['applicant', 'representative', 'con', 'portal'] as const).map((to) => (
                    <MenuItem key={to} value={to}>
                      {t(`form.to_${to}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField label={t('form.outgoingNumber')} {...register('outgoingNumber', required)} error={Boolean(formState.errors.outgoingNumber)} helperText={formState.errors.outgoingNumber?.message} />
              </>
            )}
            {action.type === 'case.handover' && (
              <>
                <TextField
                  label={t('sync.handover.toOffice')}
                  {...register('toOffice', required)}
                  error={Boolean(formState.errors.toOffice)}
                  helperText={formState.errors.toOffice?.message}
                  slotProps={{ htmlInput: { 'data-testid': 'handover-to-office', maxLength: 40 } }}
                />
                <TextField label={t('sync.handover.reason')} multiline minRows={2} {...register('reason', required)} error={Boolean(formState.errors.reason)} helperText={formState.errors.reason?.message} />
              </>
            )}
            {action.type === 'case.withdraw' && (
              <TextField label={t('form.reason')} multiline minRows={2} {...register('reason', required)} error={Boolean(formState.errors.reason)} helperText={formState.errors.reason?.message} />
            )}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="action-submit">
            {t('form.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
