import { dueDate, dueDateWithPauses, localDateOf, type Calendar, type Due, type IsoDate } from '../calendar';
import type { Channel, ServiceTerm, ServiceVersion, Step } from '../regulations/types';
import type { CaseState } from '../workflow';
import { applicableSteps } from '../workflow/serviceModel';

/**
 * Deadlines are derived, never stored as timers (ARCHITECTURE.md): from the registration instant, the step
 * completion instants recorded in the journal, the regulation's terms and the working-day calendar.
 */
export type StepDeadline = {
  readonly stepId: string;
  /** When the step became current (the previous step's completion, or registration). */
  readonly startedAt?: string;
  readonly completedAt?: string;
  readonly due?: Due;
};

export type CaseDeadlines = {
  /** The total term of the service for this case, moved by the working days the clock was paused. */
  readonly total?: Due;
  readonly totalTerm?: ServiceTerm;
  readonly steps: readonly StepDeadline[];
  /** Deadline of the step the case is at now. */
  readonly current?: StepDeadline;
};

/**
 * The total term that governs a case: the one for its variant and channel if the act gives one, else for its
 * variant, else for its channel, else the service's general total term.
 */
export function totalTermFor(service: ServiceVersion, variant: string | undefined, channel: Channel | undefined): ServiceTerm | undefined {
  // On-the-spot services (e.g. 002 R3: a certificate within minutes) have their term as `on_the_spot`.
  const totals = service.terms.filter((t) => t.kind === 'total' || t.kind === 'on_the_spot');
  const score = (t: ServiceTerm) =>
    (t.variant === undefined ? 0 : t.variant === variant ? 2 : -100) + (t.channel === undefined ? 0 : t.channel === channel ? 1 : -100);
  return totals.filter((t) => score(t) >= 0).sort((a, b) => score(b) - score(a))[0];
}

export function caseDeadlines(cal: Calendar, state: CaseState, today?: IsoDate): CaseDeadlines {
  const { service, context } = state;
  if (!context.registeredAt) return { steps: [] };
  const hoursFor = (channel: Channel | undefined) => service.officeHours.find((h) => h.channel === channel) ?? service.officeHours.find((h) => h.channel === 'office');
  const schedule = hoursFor(context.channel);
  const completedAt = new Map(context.completed.map((c) => [c.stepId, c.at]));

  let startedAt: string | undefined = context.registeredAt;
  const steps: StepDeadline[] = applicableSteps(service, context).map((step: Step) => {
    const done = completedAt.get(step.id);
    const deadline: StepDeadline = {
      stepId: step.id,
      ...(startedAt === undefined ? {} : { startedAt }),
      ...(done === undefined ? {} : { completedAt: done }),
      ...(step.term && startedAt !== undefined ? { due: dueDate(cal, startedAt, step.term, schedule) } : {}),
    };
    startedAt = done;
    return deadline;
  });

  const totalTerm = totalTermFor(service, context.variant, context.channel);
  let total: Due | undefined;
  if (totalTerm) {
    const base = dueDate(cal, context.registeredAt, totalTerm, schedule);
    const pauses = [
      ...context.pauses.map((p) => ({ from: localDateOf(p.from), to: localDateOf(p.to) })),
      ...(context.paused ? [{ from: localDateOf(context.paused.since) }] : []),
    ];
    total =
      base.kind === 'date' && pauses.length > 0
        ? { kind: 'date', date: dueDateWithPauses(cal, base.date, pauses, today ?? localDateOf(context.lastAt ?? context.registeredAt)) }
        : base;
  }
  const current = steps.find((s) => s.stepId === state.stepId);
  return { steps, ...(total ? { total } : {}), ...(totalTerm ? { totalTerm } : {}), ...(current ? { current } : {}) };
}
