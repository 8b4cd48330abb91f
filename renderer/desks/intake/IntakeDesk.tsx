import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseIin } from '../../../shared/identity';
import { localDateOf } from '../../../shared/calendar';
import type { DocumentForm, LocalizedText, ServiceVersion } from '../../../shared/regulations/types';
import { apply, emptyCase, type Actor, type CaseEvent } from '../../../shared/workflow';
import { useLang } from '../../i18n/useLang';
import { ServicePicker } from './ServicePicker';
import { checklistFor, emptyDraft, toIntakeRefusal, toRegistration, type IntakeDraft } from './intakeDraft';
import { FactsFields } from './FactsFields';
import { IsoDateField, dateProblemMessage } from '../../components/IsoDateField';
import { EARLIEST_DATE, dateProblem } from '../../components/isoDate';

export type IntakeOutcome = { readonly ok: true; readonly number: string; readonly due?: string } | { readonly ok: false; readonly reason: LocalizedText };
/** Commits the first action of a new case; the store assigns the number inside the same transaction. */
export type IntakeSubmit = (service: ServiceVersion, makeEvent: (number: string) => CaseEvent) => Promise<IntakeOutcome>;

const FORMS: readonly DocumentForm[] = ['original_for_check', 'original', 'copy', 'notarized_copy', 'state_system', 'electronic'];
const DRY_RUN_NUMBER = 'DRY-RUN';

/**
 * The window operator's desk: service by name in either language, applicant by IIN (birth date and sex read from it)
 * or passport, the service's document checklist, consent, channel — then Register (number, receipt, due date) or, for
 * an incomplete package, the refusal-of-intake receipt. Whether Register is possible is asked of the engine.
 */
/** A person who applied before, found by IIN to prefill the form. */
export type KnownApplicant = { readonly fullName: string; readonly phone?: string; readonly address?: string; readonly birthDate?: string };

export function IntakeDesk({ actor, submit, today, findApplicant }: { actor: Actor; submit: IntakeSubmit; today: string; findApplicant?: (iin: string) => Promise<KnownApplicant | undefined> }) {
  const { t, text, date } = useLang();
  const [service, setService] = useState<ServiceVersion | null>(null);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'info' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref, not only state: two clicks in the same frame both see a stale `busy`; the ref is set synchronously.
  const committing = useRef(false);
  const form = useForm<IntakeDraft>({ defaultValues: emptyDraft(null), mode: 'onChange' });
  const { control, register, handleSubmit, reset, formState } = form;
  const draft = useWatch({ control }) as IntakeDraft;

  const chooseService = (next: ServiceVersion | null) => {
    setService(next);
    setOutcome(null);
    reset(emptyDraft(next));
  };

  const checklist = useMemo(() => (service ? checklistFor(service, draft.variant, draft.category) : []), [service, draft.variant, draft.category]);
  const iinInfo = draft.iin?.length === 12 ? parseIin(draft.iin, today as never) : undefined;
  const [found, setFound] = useState<{ iin: string; applicant: KnownApplicant } | undefined>(undefined);
  const validIin = iinInfo?.ok ? iinInfo.iin : undefined;
  const known = found && found.iin === validIin ? found.applicant : undefined;
  // An applicant who came before is found by IIN and the form is filled from the last case (editable).
  useEffect(() => {
    if (!validIin || !findApplicant) return;
    let current = true;
    void findApplicant(validIin).then((applicant) => {
      if (!current || !applicant) return;
      setFound({ iin: validIin, applicant });
      if (!form.getValues('fullName').trim()) form.setValue('fullName', applicant.fullName, { shouldValidate: true });
      if (!form.getValues('phone') && applicant.phone) form.setValue('phone', applicant.phone);
      if (!form.getValues('address') && applicant.address) form.setValue('address', applicant.address);
    });
    return () => {
      current = false;
    };
  }, [validIin, findApplicant, form]);
  // The birth date read from the IIN fills its field, unless the operator typed another one — which is then checked
  // against the IIN at once (validBirthDate below: they must agree).
  const iinBirthDate = iinInfo?.ok ? iinInfo.birthDate : undefined;
  const prefilledBirthDate = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!iinBirthDate) return;
    const typed = form.getValues('birthDate');
    if (!typed || typed === prefilledBirthDate.current) form.setValue('birthDate', iinBirthDate, { shouldValidate: true });
    else void form.trigger('birthDate');
    prefilledBirthDate.current = iinBirthDate;
  }, [iinBirthDate, form]);
  const who = (number: string) => ({ actor, at: new Date().toISOString(), number });

  // Ask the engine, with the same rules it applies on commit, whether this package may be registered now.
  const verdict = useMemo(() => {
    if (!service) return undefined;
    const result = apply(emptyCase(service), toRegistration({ ...emptyDraft(service), ...draft }, who(DRY_RUN_NUMBER)));
    return result.ok ? undefined : result.reason;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, draft]);
  const refusal = useMemo(() => {
    if (!service) return undefined;
    const event = toIntakeRefusal(service, { ...emptyDraft(service), ...draft }, who(DRY_RUN_NUMBER));
    const result = apply(emptyCase(service), event);
    return result.ok ? { event, why: undefined } : { event, why: result.reason };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, draft]);

  const commit = async (kind: 'register' | 'refuse') => {
    if (!service || committing.current) return; // a double click never makes a second case
    committing.current = true;
    setBusy(true);
    try {
      const values = form.getValues();
      const result = await submit(service, (number) => (kind === 'register' ? toRegistration(values, who(number)) : toIntakeRefusal(service, values, who(number))));
      if (result.ok) {
        setOutcome({
          severity: kind === 'register' ? 'success' : 'info',
          message: [t(kind === 'register' ? 'intake.registered' : 'intake.refused', { number: result.number }), result.due ? t('intake.due', { date: date(result.due) }) : '']
            .filter(Boolean)
            .join('. '),
        });
        reset(emptyDraft(service));
      } else setOutcome({ severity: 'error', message: text(result.reason) });
    } finally {
      committing.current = false;
      setBusy(false);
    }
  };

  // A birth date is a real date, not in the future and not before 1900 (the picker's own range); the IIN gives one too.
  const birthDateMessages = { required: t('intake.required'), tooLate: t('intake.futureDate') };
  const validBirthDate = (value: string) => {
    const problem = dateProblem(value, { max: today, min: EARLIEST_DATE });
    if (problem !== undefined) return dateProblemMessage(t, problem, { max: today, min: EARLIEST_DATE }, birthDateMessages);
    // A citizen's IIN holds the birth date (its first six digits and the century digit): the two must agree.
    if (draft.applicantKind === 'citizen' && iinBirthDate !== undefined && value !== iinBirthDate) return t('intake.birthDateNotIin', { date: date(iinBirthDate) });
    return true;
  };

  const isCitizen = draft.applicantKind === 'citizen';
  const isLegal = draft.applicantKind === 'legal_entity';
  return (
    <Paper component="section" aria-labelledby="intake-title" sx={{ p: 3 }}>
      <Typography id="intake-title" variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('intake.title')}
      </Typography>
      <form
        noValidate
        onSubmit={(event) => {
          void handleSubmit(() => commit('register'))(event);
        }}
      >
        <Stack spacing={2}>
          <ServicePicker value={service} onChange={chooseService} autoFocus />
          {service && (
            <>
              <Typography variant="body2" color="text.secondary">
                {t('intake.version', { act: `${text(service.act.issuer)}, № ${service.act.number}` })}
              </Typography>
              <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
                <TextField select label={t('intake.channel')} {...register('channel')} value={draft.channel ?? ''} slotProps={{ htmlInput: { 'data-testid': 'intake-channel' } }}>
                  {service.channels.map((c) => (
                    <MenuItem key={c} value={c}>
                      {t(`channel.${c}`)}
                    </MenuItem>
                  ))}
                </TextField>
                {service.variants && service.variants.length > 0 && (
                  <TextField select label={t('intake.variant')} {...register('variant')} value={draft.variant ?? ''} slotProps={{ htmlInput: { 'data-testid': 'intake-variant' } }}>
                    {service.variants.map((v) => (
                      <MenuItem key={v.id} value={v.id}>
                        {text(v.name)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
                {service.categories && service.categories.length > 0 && (
                  <TextField select label={t('intake.category')} {...register('category')} value={draft.category ?? ''} sx={{ gridColumn: { md: 'span 2' } }} slotProps={{ htmlInput: { 'data-testid': 'intake-category' } }}>
                    {service.categories.map((c, index) => (
                      <MenuItem key={c.id} value={c.id} sx={{ whiteSpace: 'normal' }}>
                        {index + 1}. {text(c)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              </Box>

              <Typography variant="h6" component="h3">
                {t('intake.applicant')}
              </Typography>
              <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
                <TextField select label={t('intake.applicantKind')} {...register('applicantKind')} value={draft.applicantKind ?? 'citizen'}>
                  {service.applicantKinds.map((k) => (
                    <MenuItem key={k} value={k}>
                      {t(`intake.kind_${k}`)}
                    </MenuItem>
                  ))}
                </TextField>
                {(isCitizen || isLegal) && (
                  <TextField
                    label={isLegal ? t('intake.bin') : t('intake.iin')}
                    {...register('iin', {
                      validate: (value) => {
                        if (!value) return isCitizen ? t('intake.required') : true;
                        if (isLegal) return /^\d{12}$/.test(value) || t('intake.invalidIin');
                        const parsed = parseIin(value, today as never);
                        return parsed.ok || text(parsed.error.message);
                      },
                    })}
                    error={Boolean(formState.errors.iin)}
                    helperText={
                      formState.errors.iin?.message ??
                      (iinInfo?.ok
                        ? [t('intake.iinFound', { date: date(iinInfo.birthDate), sex: t(`intake.sex_${iinInfo.sex}`) }), known ? t('intake.knownApplicant', { name: known.fullName }) : ''].filter(Boolean).join('. ')
                        : t('intake.iinHelp'))
                    }
                    slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12, 'data-testid': 'intake-iin' } }}
                  />
                )}
                {!isCitizen && !isLegal && (
                  <>
                    <TextField label={t('intake.passport')} {...register('passport', { required: t('intake.required') })} error={Boolean(formState.errors.passport)} helperText={formState.errors.passport?.message} slotProps={{ htmlInput: { 'data-testid': 'intake-passport' } }} />
                    <TextField label={t('intake.citizenship')} {...register('citizenship')} />
                  </>
                )}
                <TextField
                  label={isLegal ? t('intake.fullNameLegal') : t('intake.fullName')}
                  {...register('fullName', { validate: (v) => v.trim().length > 0 || t('intake.required') })}
                  error={Boolean(formState.errors.fullName)}
                  helperText={formState.errors.fullName?.message}
                  sx={{ gridColumn: { md: 'span 2' } }}
                  slotProps={{ htmlInput: { 'data-testid': 'intake-name' } }}
                />
                {!isLegal && (
                  <Controller
                    control={control}
                    name="birthDate"
                    rules={{ validate: (v) => validBirthDate(v) }}
                    render={({ field, fieldState }) => (
                      <IsoDateField
                        label={t('intake.birthDate')}
                        name={field.name}
                        inputRef={field.ref}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        max={today}
                        messages={birthDateMessages}
                        error={Boolean(fieldState.error)}
                        helperText={fieldState.error?.message}
                        testId="intake-birth-date"
                      />
                    )}
                  />
                )}
                <TextField label={t('intake.phone')} {...register('phone')} slotProps={{ htmlInput: { inputMode: 'tel' } }} />
                <TextField label={t('intake.address')} {...register('address')} />
              </Box>
              {service.representativeAllowed && (
                <Box>
                  <FormControlLabel control={<Checkbox {...register('hasRepresentative')} checked={Boolean(draft.hasRepresentative)} />} label={t('intake.representative')} />
                  {draft.hasRepresentative && (
                    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 1 }}>
                      <TextField label={t('intake.representativeName')} {...register('representativeName', { validate: (v) => !draft.hasRepresentative || v.trim().length > 0 || t('intake.required') })} error={Boolean(formState.errors.representativeName)} helperText={formState.errors.representativeName?.message} />
                      <TextField label={t('intake.powerOfAttorney')} {...register('powerOfAttorney', { validate: (v) => !draft.hasRepresentative || v.trim().length > 0 || t('intake.required') })} error={Boolean(formState.errors.powerOfAttorney)} helperText={formState.errors.powerOfAttorney?.message} />
                    </Box>
                  )}
                </Box>
              )}

              <Typography variant="h6" component="h3">
                {t('intake.documents')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[t('intake.documentsHint'), service.documents.editable ? t('intake.documentsEditable') : ''].filter(Boolean).join('. ')}
              </Typography>
              <Stack spacing={1} data-testid="intake-checklist">
                {checklist.map((item) => (
                  <Controller
                    key={item.id}
                    control={control}
                    name={`documents.${item.id}`}
                    defaultValue=""
                    render={({ field }) => (
                      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 1fr' }, gap: 1, alignItems: 'center' }}>
                        <FormControlLabel
                          control={<Checkbox checked={field.value !== '' && field.value !== undefined} onChange={(e) => field.onChange(e.target.checked ? item.defaultForm : '')} />}
                          label={`${text(item.name)}${item.required ? ' *' : ` (${item.condition ? text(item.condition) : t('catalogue.conditional')})`}`}
                        />
                        <TextField select size="small" label={t('intake.presentedAs')} value={field.value || item.defaultForm} disabled={!field.value} onChange={(e) => field.onChange(e.target.value)}>
                          {FORMS.map((f) => (
                            <MenuItem key={f} value={f}>
                              {t(`intake.form_${f}`)}
                            </MenuItem>
                          ))}
                        </TextField>
                      </Box>
                    )}
                  />
                ))}
              </Stack>
              {service.facts && service.facts.length > 0 && (
                <>
                  <Typography variant="h6" component="h3">
                    {t('intake.facts')}
                  </Typography>
                  <FactsFields fields={service.facts} control={control} />
                </>
              )}
              {service.consentRequired ? (
                <FormControlLabel control={<Checkbox {...register('consent')} checked={Boolean(draft.consent)} slotProps={{ input: { 'data-testid': 'intake-consent' } as never }} />} label={t('intake.consent')} />
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {t('intake.consentNotRequired')}
                </Typography>
              )}
              {verdict && (
                <Alert severity="warning" role="status" data-testid="intake-why-not">
                  {text(verdict)}
                </Alert>
              )}
              <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', gap: 1 }}>
                <Button type="submit" variant="contained" disabled={busy || verdict !== undefined} data-testid="intake-register">
                  {busy ? t('intake.saving') : t('intake.register')}
                </Button>
                <Button
                  variant="outlined"
                  color="warning"
                  disabled={busy || refusal?.why !== undefined || !draft.fullName?.trim()}
                  title={refusal?.why ? text(refusal.why) : undefined}
                  onClick={() => void commit('refuse')}
                  data-testid="intake-refuse"
                >
                  {t('intake.refuse')}
                </Button>
                <Button onClick={() => chooseService(service)} disabled={busy}>
                  {t('intake.clear')}
                </Button>
              </Stack>
            </>
          )}
          {outcome && (
            <Alert severity={outcome.severity} role="status" data-testid="intake-outcome">
              {outcome.message}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Today's local date in Almaty, for IIN and date checks. */
export function todayInAlmaty(): string {
  return localDateOf(new Date().toISOString());
}
