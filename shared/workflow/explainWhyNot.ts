import { bilingual, localizeWhy } from '../i18n/localize';
import type { LocalizedText, ServiceVersion, Step } from '../regulations/types';
import type { CaseContext } from './caseContext';
import {
  checkConclude,
  checkDecision,
  checkHandover,
  checkIntakeRefusal,
  checkPaperSignatures,
  checkPause,
  checkRegistration,
  checkResolveConflict,
  checkResume,
  checkRole,
  checkSign,
  checkStepAction,
  checkWithdraw,
  isDecisiveStep,
  type Check,
} from './checks';
import { checkSitting, checkSittingActor } from './commissionSitting';
import type { Actor, CaseEvent, CaseEventType } from './events';
import type { CaseState } from './replay';
import { acceptStepFor, findStep } from './serviceModel';

/** The actions that complete `step` for this case (its kind and place in the stage decide). */
export function actionsForStep(service: ServiceVersion, step: Step, context: CaseContext): readonly CaseEventType[] {
  const last = isDecisiveStep(service, step, context);
  if (step.kind === 'assign') return ['review.assign'];
  if (step.kind === 'inspect') {
    const inspected = context.inspection !== undefined;
    if (last && inspected) return ['commission.conclude'];
    return ['commission.inspect', 'commission.inspection_refused'];
  }
  if (last && step.stage === 'commission') return ['commission.conclude'];
  if (last && step.stage === 'decision') return ['decision.grant', 'decision.refuse'];
  if (last && step.stage === 'issue') return ['issue.deliver'];
  return ['step.complete'];
}

const actionName = (type: CaseEventType): LocalizedText => bilingual((m) => m.action[type]);
const dash: LocalizedText = { ru: '—', kk: '—' };

/** The conditions that do not depend on the action's payload (who, when, in which step). */
export function precheck(state: CaseState, type: CaseEventType, actor: Actor, stepId = state.stepId): Check {
  const { service, context } = state;
  if (state.snapshot.status !== 'active') return { code: 'finished', message: localizeWhy('finished') };
  if (state.status === 'new') {
    if (type !== 'case.register' && type !== 'intake.refuse') return { code: 'notRegistered', message: localizeWhy('notRegistered') };
    return checkRoleAnyChannel(service, actor);
  }
  switch (type) {
    case 'case.register':
    case 'intake.refuse':
      return { code: 'alreadyRegistered', message: localizeWhy('alreadyRegistered') };
    case 'case.withdraw':
      return checkWithdraw(context, actor);
    case 'commission.sign':
      return checkSign(context, actor);
    case 'commission.paper_signatures':
      return checkPaperSignatures(context, actor);
    case 'commission.sitting':
      return state.status === 'commission'
        ? checkSittingActor(context, actor)
        : { code: 'notAtThisStage', message: localizeWhy('notAtThisStage', { action: actionName(type), stage: state.stage ? bilingual((m) => m.stage[state.stage ?? 'intake']) : dash, step: dash }) };
    case 'case.handover':
      return checkHandover(context, actor);
    case 'conflict.resolve':
      return checkResolveConflict(context);
    default:
      break;
  }
  const current = state.stepId === undefined ? undefined : findStep(service, state.stepId);
  if (!current) return { code: 'finished', message: localizeWhy('finished') };
  if (type === 'clock.pause') return checkPause(current, context, actor);
  if (type === 'clock.resume') return checkResume(current, context, actor);
  if (!actionsForStep(service, current, context).includes(type)) {
    return {
      code: 'notAtThisStage',
      message: localizeWhy('notAtThisStage', { action: actionName(type), stage: bilingual((m) => m.stage[current.stage]), step: current.action }),
    };
  }
  const stepCheck = checkStepAction(service, context, stepId ?? current.id, state.stepId, actor);
  if (stepCheck) return stepCheck;
  if (type === 'commission.conclude') return checkConclude(service, context);
  if (type === 'decision.grant') return checkDecision(service, context, true);
  if (type === 'decision.refuse') {
    const signed = checkDecision(service, context, false, service.refusalGrounds.find((g) => g.at === 'merits')?.id);
    return signed;
  }
  return undefined;
}

/** At registration the channel is not known yet: the role may register if it may for some offered channel. */
function checkRoleAnyChannel(service: ServiceVersion, actor: Actor): Check {
  const failures = service.channels.map((channel) => {
    const accept = acceptStepFor(service, channel);
    return accept ? checkRole(accept, {}, actor, channel) : undefined;
  });
  return failures.some((f) => f === undefined) ? undefined : failures[0];
}

/** Why the machine refused this action now, in both languages. */
export function explainWhyNot(state: CaseState, event: CaseEvent): LocalizedText {
  const { service, context } = state;
  const stepId = 'stepId' in event ? event.stepId : undefined;
  const pre = precheck(state, event.type, event.actor, stepId);
  if (pre) return pre.message;
  const commissionPayload =
    event.type === 'commission.sitting'
      ? checkSitting(service, context, event)
      : event.type === 'commission.paper_signatures'
        ? checkPaperSignatures(context, event.actor, event.signers)
        : undefined;
  if (commissionPayload) return commissionPayload.message;
  const payload =
    event.type === 'case.register'
      ? checkRegistration(service, event)
      : event.type === 'intake.refuse'
        ? checkIntakeRefusal(service, event)
        : event.type === 'decision.refuse'
          ? checkDecision(service, context, false, event.groundId)
          : event.type === 'case.handover'
            ? checkHandover(context, event.actor, event.toOffice)
            : event.type === 'conflict.resolve'
              ? checkResolveConflict(context, event.conflictId)
              : undefined;
  if (payload) return payload.message;
  return localizeWhy('notAtThisStage', {
    action: actionName(event.type),
    stage: state.stage ? bilingual((m) => m.stage[state.stage ?? 'intake']) : dash,
    step: (state.stepId && findStep(service, state.stepId)?.action) || dash,
  });
}
