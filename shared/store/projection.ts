import { localDateOf, type Calendar } from '../calendar';
import { caseDeadlines } from '../case/deadlines';
import { FINAL_STATUSES, type FinalStatus } from '../workflow/caseContext';
import type { CaseState } from '../workflow/replay';
import { findStep } from '../workflow/serviceModel';
import { NO_DUE_DATE, type CaseRow, type Worklist } from './database';
import { nameKey } from './nameKey';

/** What the projection needs from the journal besides the replayed state. */
export type ProjectionSource = {
  readonly caseId: string;
  /** The office of the case's first action. */
  readonly officeId: string;
  /** The last entry of the journal the state was replayed from. */
  readonly last: { readonly seq: number; readonly hash: string; readonly deviceTime: string; readonly at: string };
};

const FINAL = new Set<string>(FINAL_STATUSES);

export function isFinalStatus(status: string): status is FinalStatus {
  return FINAL.has(status);
}

/** The desk a case waits at: its stage, except that a case waiting for the head's assignment is on the head's list. */
export function worklistOf(state: CaseState): Worklist {
  if (isFinalStatus(state.status) || state.stage === undefined) return 'closed';
  const step = state.stepId === undefined ? undefined : findStep(state.service, state.stepId);
  if (state.stage === 'review' && step?.kind === 'assign') return 'assign';
  return state.stage;
}

function earliest(...dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => d !== undefined).sort()[0];
}

/**
 * The case row of a replayed state. Pure: the same journal always gives the same row, so `rebuildProjections` can be
 * compared with the rows `perform` wrote one action at a time. Due dates are stored as ISO dates so they index and sort.
 */
/** The office that owns a case for writing: the one the last handover named, else the registering office (issue #6). */
export function owningOffice(state: CaseState, registeringOffice: string): string {
  return state.context.owner ?? registeringOffice;
}

export function projectCase(state: CaseState, source: ProjectionSource, calendar: Calendar): CaseRow {
  const { context } = state;
  const deadlines = caseDeadlines(calendar, state);
  const closed = isFinalStatus(state.status);
  const step = state.stepId === undefined ? undefined : findStep(state.service, state.stepId);
  const stepDue = closed ? undefined : deadlines.current?.due?.date;
  const totalDue = deadlines.total?.date;
  const dueDate = earliest(stepDue, closed ? undefined : totalDue) ?? NO_DUE_DATE;
  const registeredAt = context.registeredAt ?? source.last.at;
  const applicantName = context.applicant?.fullName ?? '';
  const row: CaseRow = {
    id: source.caseId,
    number: context.number ?? '',
    serviceId: state.service.id,
    version: state.service.version,
    officeId: source.officeId,
    ownerOfficeId: owningOffice(state, source.officeId),
    ...(context.channel === undefined ? {} : { channel: context.channel }),
    ...(context.variant === undefined ? {} : { variant: context.variant }),
    ...(context.category === undefined ? {} : { category: context.category }),
    ...(context.applicant === undefined ? {} : { applicantKind: context.applicant.kind }),
    ...(context.applicant?.iin === undefined ? {} : { applicantIin: context.applicant.iin }),
    applicantName,
    applicantNameKey: nameKey(applicantName),
    status: state.status,
    ...(state.stage === undefined || closed ? {} : { stage: state.stage }),
    ...(state.stepId === undefined || closed ? {} : { stepId: state.stepId }),
    ...(step === undefined || closed ? {} : { stepKind: step.kind }),
    worklist: worklistOf(state),
    ...(context.assignee === undefined ? {} : { assigneeId: context.assignee.userId }),
    ...(context.assignee?.name === undefined ? {} : { assigneeName: context.assignee.name }),
    paused: context.paused !== undefined,
    registeredAt,
    registeredOn: localDateOf(registeredAt),
    ...(stepDue === undefined ? {} : { stepDue }),
    ...(totalDue === undefined ? {} : { totalDue }),
    dueDate,
    ...(closed ? {} : { openDue: dueDate }),
    steps: deadlines.steps,
    ...(deadlines.total === undefined ? {} : { total: deadlines.total }),
    ...(context.outcome === undefined ? {} : { outcome: context.outcome }),
    ...(context.refusal === undefined ? {} : { refusalGroundId: context.refusal.groundId }),
    ...(closed ? { closedAt: source.last.at } : {}),
    actionCount: source.last.seq,
    lastHash: source.last.hash,
    updatedAt: source.last.deviceTime,
  };
  return row;
}
