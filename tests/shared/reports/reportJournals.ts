import { currentVersionOf } from '../../../shared/regulations/catalogue';
import type { Channel, ServiceVersion } from '../../../shared/regulations/types';
import { apply, emptyCase, type CaseEvent, type CaseState } from '../../../shared/workflow';
import { actor, nextAction, registration } from '../workflow/journal-builders';

/**
 * Journals with known dates for the reports' tests: each action on a given Almaty day at 10:00 (+1 minute per action
 * of the same day, so the order holds), walked along the engine's own happy or refusal path.
 */
export type Plan = {
  readonly name: string;
  readonly serviceId: string;
  readonly channel?: Channel;
  /** Registration day. */
  readonly registered: string;
  /** Days of the following actions, in order; the walk stops when they run out. */
  readonly then?: readonly string[];
  readonly grant?: boolean;
  /** The refusal ground of decision.refuse (default: the service's first ground on the merits). */
  readonly ground?: string;
  /** Withdraw on this day after the listed actions. */
  readonly withdrawOn?: string;
  /** Refused at intake (the registration day is the refusal's). */
  readonly refuseAtIntake?: boolean;
  /** Pause the clock on `from` (after the listed actions) and resume on `to`, then continue with `after`. */
  readonly pause?: { readonly from: string; readonly to: string; readonly after: readonly string[] };
};

export type BuiltJournal = { readonly name: string; readonly caseId: string; readonly service: ServiceVersion; readonly events: CaseEvent[]; readonly state: CaseState };

export function buildJournal(plan: Plan, index: number): BuiltJournal {
  const service = currentVersionOf(plan.serviceId);
  const minutes = new Map<string, number>();
  const at = (day: string) => {
    const n = minutes.get(day) ?? 0;
    minutes.set(day, n + 1);
    return `${day}T10:${String(n).padStart(2, '0')}:00+05:00`;
  };
  const number = `ALM-AU-2026-B0001-${String(index + 1).padStart(5, '0')}`;
  const channel = plan.channel ?? 'office';
  let state = emptyCase(service);
  const events: CaseEvent[] = [];
  const push = (event: CaseEvent) => {
    const result = apply(state, event);
    if (!result.ok) throw new Error(`${plan.name}: ${event.type} refused: ${result.reason.ru}`);
    state = result.state;
    events.push(event);
  };
  if (plan.refuseAtIntake) {
    const reg = registration(service, at(plan.registered), { number, channel });
    push({ type: 'intake.refuse', at: reg.at, actor: reg.actor, number, channel, applicant: reg.applicant, documents: [], missing: [service.documents.items[0]?.id ?? 'application'] });
    return { name: plan.name, caseId: `case-${index + 1}`, service, events, state };
  }
  push(registration(service, at(plan.registered), { number, channel, applicant: { kind: 'citizen', iin: '900101300017', fullName: `Заявитель ${plan.name}` } }));
  const walk = (days: readonly string[]) => {
    for (const day of days) {
      const next = nextAction(state, at(day), plan.grant ?? true);
      if (!next) throw new Error(`${plan.name}: no next action on ${day}`);
      push(next.type === 'decision.refuse' && plan.ground ? { ...next, groundId: plan.ground } : next);
    }
  };
  walk(plan.then ?? []);
  if (plan.pause) {
    push({ type: 'clock.pause', at: at(plan.pause.from), actor: actor('specialist', 'spec-1'), reason: 'applicant', note: 'ждём документы' });
    push({ type: 'clock.resume', at: at(plan.pause.to), actor: actor('specialist', 'spec-1') });
    walk(plan.pause.after);
  }
  if (plan.withdrawOn) push({ type: 'case.withdraw', at: at(plan.withdrawOn), actor: actor('operator'), reason: 'заявитель отозвал заявление' });
  return { name: plan.name, caseId: `case-${index + 1}`, service, events, state };
}
