import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { kazakhstanCalendar } from '../../../shared/calendar';
import { caseDeadlines } from '../../../shared/case/deadlines';
import type { LocalizedText } from '../../../shared/regulations/types';
import type { JournalEntry } from '../../../shared/store/journal';
import type { ActionInput } from '../../../shared/store/perform';
import { allowedActions, type Actor, type AvailableAction, type CaseState } from '../../../shared/workflow';
import { findStep } from '../../../shared/workflow/serviceModel';
import { documentName } from '../../../shared/workflow/checks';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useLang } from '../../i18n/useLang';
import { ActionDialog, type AssignableUser } from './ActionDialog';
import { ProcessChart } from './ProcessChart';
import { CasePrintButtons } from './CasePrintButtons';
import { SittingDialog, type SittingComposition } from '../commission/SittingDialog';
import { SittingSummary } from '../commission/SittingSummary';

export type CasePageProps = {
  readonly state: CaseState;
  readonly journal: readonly JournalEntry[];
  readonly actor: Actor;
  readonly users: readonly AssignableUser[];
  readonly today: string;
  readonly officeName: LocalizedText;
  readonly onPerform: (input: ActionInput) => Promise<{ ok: true } | { ok: false; reason: LocalizedText }>;
  readonly onBack?: () => void;
  /** The office's commissions that may sit on this case (the chair's sitting form starts from them). */
  readonly compositions?: readonly SittingComposition[];
  /** Set when another office owns the case: every action is shown disabled with this reason. */
  readonly readOnly?: LocalizedText;
};

/**
 * The case page every desk opens: header with status and deadline, the actions the engine allows THIS user now (the
 * others disabled with the engine's reason), the statechart, per-step deadlines, the journal as a timeline, documents.
 */
export function CasePage({ state, journal, actor, users, today, officeName, onPerform, onBack, compositions = [], readOnly }: CasePageProps) {
  const { t, text, date, number, dateTime } = useLang();
  const [open, setOpen] = useState<AvailableAction | null>(null);
  const { service, context } = state;
  const deadlines = caseDeadlines(kazakhstanCalendar, state);
  const actions = readOnly ? allowedActions(state, actor).map((a) => ({ ...a, allowed: false, why: readOnly })) : allowedActions(state, actor);
  const current = state.stepId ? findStep(service, state.stepId) : undefined;
  const closed = state.snapshot.status !== 'active';
  const variant = service.variants?.find((v) => v.id === context.variant);
  const category = service.categories?.find((c) => c.id === context.category);
  /** What the action recorded, in words: the document of an agency's answer, the motivation, the outgoing number… */
  const actionDetails = (payload: JournalEntry['payload']): string[] => {
    switch (payload.type) {
      case 'step.complete':
        return [
          payload.document ? `${t('form.docNumber')}: ${payload.document.number}, ${t('form.docDate')}: ${date(payload.document.date)}${payload.document.agency ? `, ${payload.document.agency}` : ''}` : '',
          payload.note ?? '',
        ].filter(Boolean);
      case 'review.assign':
        return [`${t('form.assignee')}: ${payload.assignee.name ?? payload.assignee.userId}`];
      case 'clock.pause':
        return [`${t(`pauseReason.${payload.reason}`)}: ${payload.note}`];
      case 'decision.refuse': {
        const ground = service.refusalGrounds.find((g) => g.id === payload.groundId);
        return [ground ? `${t('form.ground')}: ${text(ground.text)}` : '', `${t('form.motivation')}: ${payload.motivation}`].filter(Boolean);
      }
      case 'issue.deliver':
        return [`${t('form.outgoingNumber')}: ${payload.outgoingNumber} · ${t(`form.to_${payload.to}`)}`];
      case 'intake.refuse':
        return [`${t('intake.missingList')}: ${payload.missing.map((id) => (documentName(service, id) ? text(documentName(service, id) ?? { ru: id, kk: id }) : id)).join('; ')}`];
      case 'case.withdraw':
        return [`${t('form.reason')}: ${payload.reason}`];
      case 'commission.conclude':
        return [payload.text];
      case 'commission.sitting':
        return [
          t('commission.sitting.timeline', { place: payload.place, heldAt: dateTime(payload.heldAt), present: payload.present.length, total: payload.present.length + payload.absent.length }),
          `${t('commission.sitting.present')}: ${payload.present.map((m) => m.name).join(', ') || t('commission.sitting.nobody')}`,
          `${t('commission.sitting.absent')}: ${payload.absent.map((m) => m.name).join(', ') || t('commission.sitting.nobody')}`,
        ];
      default:
        return [];
    }
  };
  const dueOf = (d: { kind: 'date'; date: string } | { kind: 'instant'; date: string } | undefined) => d?.date;

  return (
    <Stack spacing={2} data-testid="case-page">
      <Paper sx={{ p: 3 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h5" component="h2" data-testid="case-number">
            {t('case.title', { number: context.number ?? '' })}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip color={closed ? 'default' : 'primary'} label={t(`status.${state.status}`)} data-testid="case-status" />
            <DeadlineChip due={dueOf(deadlines.total)} today={today} closed={closed} />
          </Stack>
        </Stack>
        <Typography sx={{ mt: 1 }}>{text(service.name)}</Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2, mt: 2 }}>
          <Field
            label={t('case.applicant')}
            value={[
              context.applicant?.fullName,
              context.applicant?.iin ? `${t('intake.iin')} ${context.applicant.iin}` : undefined,
              context.applicant?.passport ? `${t('intake.passport')} ${context.applicant.passport}` : undefined,
              context.applicant?.citizenship,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
          <Field label={t('case.step')} value={current && !closed ? text(current.action) : '—'} />
          <Field label={t('case.assignee')} value={context.assignee?.name ?? '—'} />
          <Field label={t('case.dueTotal')} value={deadlines.total ? date(deadlines.total.date) : t('case.noDue')} />
          <Field label={t('case.dueStep')} value={deadlines.current?.due ? date(deadlines.current.due.date) : t('case.noDue')} />
          <Field label={t('intake.channel')} value={context.channel ? t(`channel.${context.channel}`) : '—'} />
          {variant && <Field label={t('intake.variant')} value={text(variant.name)} />}
          {category && (
            <Box sx={{ gridColumn: { md: 'span 2' } }} data-testid="case-category">
              <Field label={t('intake.category')} value={text(category)} />
            </Box>
          )}
          <Field label={t('catalogue.act')} value={`${text(service.act.issuer)}, № ${service.act.number} (${date(service.act.date)})`} />
        </Box>
        {context.paused && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('case.paused', { reason: t(`pauseReason.${context.paused.reason}`) })}
          </Alert>
        )}
        {onBack && (
          <Button onClick={onBack} sx={{ mt: 2 }} className="no-print">
            {t('case.back')}
          </Button>
        )}
      </Paper>

      <Paper sx={{ p: 3 }} className="no-print">
        <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
          {t('case.actions')}
        </Typography>
        {actions.length === 0 ? (
          <Typography color="text.secondary">{t('case.noActions')}</Typography>
        ) : (
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="case-actions">
            {actions.map((a) => (
              <Tooltip key={`${a.type}-${a.stepId ?? ''}`} title={a.why ? text(a.why) : ''} describeChild>
                <span>
                  <Button variant={a.allowed ? 'contained' : 'outlined'} color={a.type === 'decision.refuse' || a.type === 'case.withdraw' ? 'warning' : 'primary'} disabled={!a.allowed} onClick={() => setOpen(a)} data-action={a.type}>
                    {t(`action.${a.type}`)}
                  </Button>
                </span>
              </Tooltip>
            ))}
          </Stack>
        )}
        {actions.some((a) => !a.allowed && a.why) && (
          <Stack sx={{ mt: 1 }} spacing={0.5}>
            {actions
              .filter((a) => !a.allowed && a.why)
              .map((a) => (
                <Typography key={`why-${a.type}`} variant="caption" color="text.secondary" data-why={a.type}>
                  {t(`action.${a.type}`)}: {a.why ? text(a.why) : ''}
                </Typography>
              ))}
          </Stack>
        )}
        <CasePrintButtons state={state} journal={journal} officeName={officeName} dueDate={deadlines.total?.date} />
      </Paper>

      {(context.inspection || context.inspectionRefused || context.conclusion || context.sitting) && (
        <Paper sx={{ p: 3 }} data-testid="case-commission">
          <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
            {t('case.commission')}
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
            {context.inspection && (
              <>
                <Field label={t('form.inspectedOn')} value={date(context.inspection.inspectedOn)} />
                <Field label={t('form.familyMembers')} value={number(context.inspection.familyMembers)} />
                <Field label={t('form.monthlyIncome')} value={number(context.inspection.monthlyIncome)} />
                <Box sx={{ gridColumn: { md: 'span 3' } }}>
                  <Field label={t('form.livingConditions')} value={context.inspection.livingConditions} />
                </Box>
              </>
            )}
            {context.inspectionRefused && (
              <Box sx={{ gridColumn: { md: 'span 3' } }}>
                <Field label={t('form.protocol')} value={context.protocol ?? ''} />
              </Box>
            )}
            {context.sitting && <SittingSummary sitting={context.sitting} />}
            {context.conclusion && (
              <Box sx={{ gridColumn: { md: 'span 3' } }}>
                <Field label={`${t('form.favourable')}: ${context.conclusion.favourable ? t('form.favourableYes') : t('form.favourableNo')}`} value={context.conclusion.text} />
              </Box>
            )}
            {(context.signatures.length > 0 || context.paperSignatures.length > 0) && (
              <Box sx={{ gridColumn: { md: 'span 3' } }}>
                <Field
                  label={t('case.signedBy')}
                  value={[...context.signatures.map((sig) => `${sig.name ?? sig.userId} (${t(`role.${sig.role}`)})`), ...context.paperSignatures.map((sig) => `${sig.name} (${t(`role.${sig.role}`)}, ${t('case.onPaper')})`)].join('; ')}
                />
              </Box>
            )}
          </Box>
        </Paper>
      )}

      <Paper sx={{ p: 3 }}>
        <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
          {t('case.chart')}
        </Typography>
        <ProcessChart state={state} />
      </Paper>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" component="h3">
            {t('case.timeline')}
          </Typography>
          <List dense data-testid="case-timeline">
            {journal.map((entry) => {
              const step = 'stepId' in entry.payload ? findStep(service, entry.payload.stepId) : undefined;
              return (
                <ListItem key={entry.id} divider>
                  <ListItemText
                    primary={`${t(`action.${entry.type}`)}${step ? ` — ${text(step.action)}` : ''}`}
                    secondary={
                      <>
                        {`${dateTime(entry.deviceTime)} · ${t('case.by', { name: entry.payload.actor.name ?? entry.actor.userId, role: t(`role.${entry.actor.role}`) })}`}
                        {actionDetails(entry.payload).map((line) => (
                          <Box component="span" key={line} sx={{ display: 'block', color: 'text.primary' }}>
                            {line}
                          </Box>
                        ))}
                      </>
                    }
                  />
                </ListItem>
              );
            })}
          </List>
        </Paper>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" component="h3">
            {t('case.deadlines')}
          </Typography>
          {deadlines.steps.every((s) => !s.due) && (
            <Typography variant="body2" color="text.secondary">
              {t('case.noStepTerms')}
            </Typography>
          )}
          <List dense>
            {deadlines.steps
              .filter((s) => s.due)
              .map((s) => {
                const step = findStep(service, s.stepId);
                return (
                  <ListItem key={s.stepId} divider>
                    <ListItemText primary={step ? text(step.action) : s.stepId} secondary={s.due ? date(s.due.date) : ''} />
                  </ListItem>
                );
              })}
          </List>
          <Typography variant="h6" component="h3" sx={{ mt: 2 }}>
            {t('case.documents')}
          </Typography>
          <List dense>
            {context.documents.map((d) => {
              const name = documentName(service, d.id);
              return (
                <ListItem key={d.id}>
                  <ListItemText primary={name ? text(name) : d.id} secondary={t(`intake.form_${d.form}`)} />
                </ListItem>
              );
            })}
          </List>
        </Paper>
      </Box>
      {open?.type === 'commission.sitting' && <SittingDialog compositions={compositions} onClose={() => setOpen(null)} onPerform={onPerform} />}
      {open && open.type !== 'commission.sitting' && <ActionDialog action={open} state={state} users={users} today={today} onClose={() => setOpen(null)} onPerform={onPerform} />}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2">{value}</Typography>
    </Box>
  );
}
