import { localDateOf, type Calendar, type Due } from '../calendar';
import { caseDeadlines, type StepDeadline } from '../case/deadlines';
import type { Channel, ServiceVersion, Stage } from '../regulations/types';
import { FINAL_STATUSES, replay, type CaseEvent, type CaseStatus } from '../workflow';
import { findStep } from '../workflow/serviceModel';

/**
 * What the reports need of one case. It is a subset of the store's case projection (shared/store/database.ts
 * `CaseRow`, which is itself derived from the journal), so the store hands its rows over as they are and the reports
 * agree with the worklists; `reportCaseFromJournal` derives the same fields straight from a journal — the
 * known-answers test checks that both ways give the same figures.
 *
 * Kept free of shared/store imports: shared/ outside the store compiles without IndexedDB (shared/tsconfig.json).
 */
export type ReportCase = {
  readonly id: string;
  readonly number: string;
  readonly serviceId: string;
  readonly version: string;
  readonly officeId: string;
  /** From the case's first action (case.register / intake.refuse). */
  readonly channel?: string;
  readonly applicantName: string;
  readonly status: CaseStatus;
  readonly stage?: Stage;
  readonly stepId?: string;
  readonly assigneeId?: string;
  readonly assigneeName?: string;
  readonly registeredAt: string;
  /** Almaty date of `registeredAt`. */
  readonly registeredOn: string;
  /** The nearer of the current step's and the total due date while open (the worklists' order). */
  readonly dueDate: string;
  /** `dueDate` while open, absent once closed. */
  readonly openDue?: string;
  readonly steps: readonly StepDeadline[];
  /** The total term's due date or instant (moved by clock pauses, deadlines.ts). */
  readonly total?: Due;
  readonly outcome?: 'granted' | 'refused';
  /** Instant of the last action of a closed case: the delivery, the withdrawal or the intake refusal. */
  readonly closedAt?: string;
  /** The regulation's ground of a refusal on the merits (the decision.refuse the case context keeps; schema v5 projects it). */
  readonly refusalGroundId?: string;
};

/** The same as shared/store's NO_DUE_DATE: cases without a term sort last. */
export const NO_DUE = '9999-12-31';

const FINAL = new Set<string>(FINAL_STATUSES);

/**
 * A case's report fields replayed from its journal (the payloads in journal order) with the regulation version it
 * started under. Throws workflow's JournalRejected on a journal the machine refuses, like every replay.
 */
export function reportCaseFromJournal(
  calendar: Calendar,
  service: ServiceVersion,
  journal: { readonly caseId: string; readonly officeId: string; readonly events: readonly CaseEvent[] },
): ReportCase {
  const state = replay(service, journal.events);
  const { context } = state;
  const last = journal.events[journal.events.length - 1];
  const lastAt = last?.at ?? context.registeredAt ?? '';
  const closed = FINAL.has(state.status);
  const deadlines = caseDeadlines(calendar, state);
  const stepDue = closed ? undefined : deadlines.current?.due?.date;
  const totalDue = closed ? undefined : deadlines.total?.date;
  const dueDate: string = [stepDue, totalDue].filter((d) => d !== undefined).sort()[0] ?? NO_DUE;
  const registeredAt = context.registeredAt ?? lastAt;
  const step = state.stepId === undefined || closed ? undefined : findStep(service, state.stepId);
  const refusal = [...journal.events].reverse().find((e) => e.type === 'decision.refuse');
  return {
    id: journal.caseId,
    number: context.number ?? '',
    serviceId: service.id,
    version: service.version,
    officeId: journal.officeId,
    ...(context.channel === undefined ? {} : { channel: context.channel satisfies Channel }),
    applicantName: context.applicant?.fullName ?? '',
    status: state.status,
    ...(state.stage === undefined || closed ? {} : { stage: state.stage }),
    ...(step === undefined ? {} : { stepId: step.id }),
    ...(context.assignee === undefined ? {} : { assigneeId: context.assignee.userId }),
    ...(context.assignee?.name === undefined ? {} : { assigneeName: context.assignee.name }),
    registeredAt,
    registeredOn: localDateOf(registeredAt),
    dueDate,
    ...(closed ? {} : { openDue: dueDate }),
    steps: deadlines.steps,
    ...(deadlines.total === undefined ? {} : { total: deadlines.total }),
    ...(context.outcome === undefined ? {} : { outcome: context.outcome }),
    ...(closed ? { closedAt: lastAt } : {}),
    ...(refusal?.type === 'decision.refuse' ? { refusalGroundId: refusal.groundId } : {}),
  };
}
