import type { LocalizedText } from '../regulations/types';
import type { Actor, CaseEventType } from './events';
import { actionsForStep, precheck } from './explainWhyNot';
import type { CaseState } from './replay';
import { findStep } from './serviceModel';

export type AvailableAction = {
  readonly type: CaseEventType;
  /** The step the action completes, where it completes one. */
  readonly stepId?: string;
  readonly allowed: boolean;
  /** Why not, in both languages, when not allowed. */
  readonly why?: LocalizedText;
};

/**
 * The actions the case offers now, each with whether THIS actor may take it and why not. The desks render exactly
 * these: a button per action, disabled with the reason as its hint. Payload checks (a motivation, a complete package)
 * come when the action is performed.
 */
export function allowedActions(state: CaseState, actor: Actor): readonly AvailableAction[] {
  if (state.snapshot.status !== 'active') return [];
  const candidates: { type: CaseEventType; stepId?: string }[] = [];
  if (state.status === 'new') {
    candidates.push({ type: 'case.register' }, { type: 'intake.refuse' });
  } else {
    const step = state.stepId === undefined ? undefined : findStep(state.service, state.stepId);
    if (step) {
      for (const type of actionsForStep(state.service, step, state.context)) candidates.push({ type, stepId: step.id });
      if (step.pausesClock) candidates.push({ type: state.context.paused ? 'clock.resume' : 'clock.pause', stepId: step.id });
    }
    // The chair records the commission's sitting (with attendance) while the case is at the commission, before the conclusion.
    if (state.status === 'commission' && !state.context.conclusion) candidates.push({ type: 'commission.sitting' });
    if ((state.context.conclusion || state.context.inspectionRefused) && !state.context.outcome) candidates.push({ type: 'commission.sign' }, { type: 'commission.paper_signatures' });
    candidates.push({ type: 'case.withdraw' }, { type: 'case.handover' });
  }
  return candidates.map((candidate) => {
    const check = precheck(state, candidate.type, actor, candidate.stepId);
    return check ? { ...candidate, allowed: false, why: check.message } : { ...candidate, allowed: true };
  });
}
