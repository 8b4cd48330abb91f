import { assign, setup, type AnyStateMachine } from 'xstate';
import type { ServiceVersion, Stage, Step } from '../regulations/types';
import { initialContext, type CaseContext } from './caseContext';
import type { CaseEvent, CaseEventOf } from './events';
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
  missingDocuments,
  stepApplies,
} from './checks';
import { checkSitting } from './commissionSitting';
import { findStep, isApplicable, registrationSteps, stagesOf, stepsOf } from './serviceModel';

/** Step kinds completed by their own action rather than the generic `step.complete`. */
const SPECIAL_KINDS = new Set<Step['kind']>(['assign', 'inspect']);
/** Stages whose last step is completed by the stage's own decisive action. */
const DECISIVE_STAGES = new Set<Stage>(['commission', 'decision', 'issue']);

export type ServiceMachine = ReturnType<typeof buildServiceMachine>;

/**
 * One XState v5 machine per service version: new → intake → review → commission (only where the regulation has one)
 * → decision → issue, with the regulation's own steps as nested states, and final states issued / refusedAtIntake /
 * refused / withdrawn. The machine is a validator and reducer of the case journal (ARCHITECTURE.md): no timers, no
 * persisted snapshots — `replay()` rebuilds the state from the actions every time.
 */
export function buildServiceMachine(service: ServiceVersion) {
  const registration = new Set(registrationSteps(service).map((s) => s.id));
  const stages = stagesOf(service);
  const walk = stages.map((stage) => ({ stage, steps: stepsOf(service, stage).filter((s) => !registration.has(s.id)) })).filter((s) => s.steps.length > 0);

  /** Where the case goes after `step`: the next step of its stage, else the next stage with steps, else delivery. */
  const targetAfter = (stage: Stage, index: number): string => {
    const stageIndex = walk.findIndex((w) => w.stage === stage);
    const current = walk[stageIndex];
    const nextStep = current?.steps[index + 1];
    if (current && nextStep) return `#case.${stage}.${nextStep.id}`;
    const nextStage = walk[stageIndex + 1];
    return nextStage ? `#case.${nextStage.stage}` : '#case.delivered';
  };
  const firstTarget = walk[0] ? `#case.${walk[0].stage}` : '#case.delivered';
  const decisionTarget = walk.some((w) => w.stage === 'decision') ? '#case.decision' : '#case.delivered';

  const machineSetup = setup({
    types: {
      context: {} as CaseContext,
      events: {} as CaseEvent,
    },
    guards: {
      canRegister: ({ event }) => event.type === 'case.register' && checkRegistration(service, event) === undefined,
      canRefuseIntake: ({ event }) => event.type === 'intake.refuse' && checkIntakeRefusal(service, event) === undefined,
      notApplicable: ({ context }, params: { stepId: string }) => {
        const step = findStep(service, params.stepId);
        return step !== undefined && !stepApplies(step, context);
      },
      canComplete: ({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'step.complete') return false;
        const step = findStep(service, params.stepId);
        if (!step || SPECIAL_KINDS.has(step.kind)) return false;
        if (DECISIVE_STAGES.has(step.stage) && isDecisiveStep(service, step, context)) return false;
        return checkStepAction(service, context, event.stepId, params.stepId, event.actor) === undefined;
      },
      canAssign: ({ context, event }, params: { stepId: string }) =>
        event.type === 'review.assign' && checkStepAction(service, context, event.stepId, params.stepId, event.actor) === undefined,
      canInspect: ({ context, event }, params: { stepId: string; last: boolean }) => {
        if (event.type !== 'commission.inspect' && event.type !== 'commission.inspection_refused') return false;
        const step = findStep(service, params.stepId);
        if (!step || params.last !== isDecisiveStep(service, step, context)) return false;
        return checkStepAction(service, context, event.stepId, params.stepId, event.actor) === undefined;
      },
      canConclude: ({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'commission.conclude') return false;
        const step = findStep(service, params.stepId);
        if (!step || !isDecisiveStep(service, step, context)) return false;
        return checkStepAction(service, context, event.stepId, params.stepId, event.actor) === undefined && checkConclude(service, context) === undefined;
      },
      canDecide: ({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'decision.grant' && event.type !== 'decision.refuse') return false;
        const step = findStep(service, params.stepId);
        if (!step || !isDecisiveStep(service, step, context)) return false;
        if (checkStepAction(service, context, event.stepId, params.stepId, event.actor)) return false;
        return checkDecision(service, context, event.type === 'decision.grant', event.type === 'decision.refuse' ? event.groundId : undefined) === undefined;
      },
      canDeliver: ({ context, event }, params: { stepId: string }) => {
        if (event.type !== 'issue.deliver') return false;
        const step = findStep(service, params.stepId);
        if (!step || !isDecisiveStep(service, step, context)) return false;
        return checkStepAction(service, context, event.stepId, params.stepId, event.actor) === undefined;
      },
      canPause: ({ context, event }, params: { stepId: string }) => {
        const step = findStep(service, params.stepId);
        return event.type === 'clock.pause' && step !== undefined && checkPause(step, context, event.actor) === undefined;
      },
      canResume: ({ context, event }, params: { stepId: string }) => {
        const step = findStep(service, params.stepId);
        return event.type === 'clock.resume' && step !== undefined && checkResume(step, context, event.actor) === undefined;
      },
      canSign: ({ context, event }) => event.type === 'commission.sign' && checkSign(context, event.actor) === undefined,
      canRecordPaperSignatures: ({ context, event }) =>
        event.type === 'commission.paper_signatures' && checkPaperSignatures(context, event.actor, event.signers) === undefined,
      canRecordSitting: ({ context, event }) => event.type === 'commission.sitting' && checkSitting(service, context, event) === undefined,
      canWithdraw: ({ context, event }) => event.type === 'case.withdraw' && checkWithdraw(context, event.actor) === undefined,
      canHandover: ({ context, event }) => event.type === 'case.handover' && checkHandover(context, event.actor, event.toOffice) === undefined,
      canResolveConflict: ({ context, event }) => event.type === 'conflict.resolve' && checkResolveConflict(context, event.conflictId) === undefined,
      wasRefused: ({ context }) => context.outcome === 'refused',
    },
    actions: {
      register: assign(({ event }) => {
        const e = event as CaseEventOf<'case.register'>;
        return {
          number: e.number,
          channel: e.channel,
          variant: e.variant,
          category: e.category,
          applicant: e.applicant,
          registeredAt: e.at,
          documents: e.documents,
          consent: e.consent,
          facts: e.facts ?? {},
          completed: registrationSteps(service)
            .filter((step) => isApplicable(step, e))
            .map((step) => ({ stepId: step.id, at: e.at, by: e.actor })),
          lastAt: e.at,
        };
      }),
      refuseIntake: assign(({ event }) => {
        const e = event as CaseEventOf<'intake.refuse'>;
        return {
          number: e.number,
          channel: e.channel,
          variant: e.variant,
          category: e.category,
          applicant: e.applicant,
          registeredAt: e.at,
          documents: e.documents,
          missing: [...new Set([...e.missing, ...missingDocuments(service, e.variant, e.documents).map((d) => d.id)])],
          lastAt: e.at,
        };
      }),
      recordStep: assign(({ context, event }, params: { stepId: string }) => ({
        completed: [...context.completed, { stepId: params.stepId, at: event.at, by: event.actor }],
        lastAt: event.at,
      })),
      recordAssignee: assign(({ event }) => (event.type === 'review.assign' ? { assignee: event.assignee } : {})),
      recordInspection: assign(({ event }) =>
        event.type === 'commission.inspect'
          ? { inspection: { inspectedOn: event.inspectedOn, familyMembers: event.familyMembers, monthlyIncome: event.monthlyIncome, livingConditions: event.livingConditions } }
          : event.type === 'commission.inspection_refused'
            ? { inspectionRefused: true, protocol: event.protocol }
            : {},
      ),
      recordSitting: assign(({ event }) =>
        event.type === 'commission.sitting'
          ? {
              sitting: {
                commissionId: event.commissionId,
                ...(event.compositionId ? { compositionId: event.compositionId } : {}),
                heldAt: event.heldAt,
                place: event.place,
                present: event.present,
                absent: event.absent,
                recordedBy: event.actor,
                at: event.at,
              },
              lastAt: event.at,
            }
          : {},
      ),
      recordConclusion: assign(({ event }) => (event.type === 'commission.conclude' ? { conclusion: { favourable: event.favourable, text: event.text, at: event.at } } : {})),
      recordSignature: assign(({ context, event }) => ({
        signatures: [...context.signatures, { userId: event.actor.userId, role: event.actor.role, name: event.actor.name, at: event.at }],
        lastAt: event.at,
      })),
      recordPaperSignatures: assign(({ context, event }) =>
        event.type === 'commission.paper_signatures' ? { paperSignatures: [...context.paperSignatures, ...event.signers], lastAt: event.at } : {},
      ),
      recordDecision: assign(({ event }) =>
        event.type === 'decision.grant'
          ? { outcome: 'granted' as const }
          : event.type === 'decision.refuse'
            ? { outcome: 'refused' as const, refusal: { groundId: event.groundId, motivation: event.motivation } }
            : {},
      ),
      recordDelivery: assign(({ event }) => (event.type === 'issue.deliver' ? { delivered: { to: event.to, outgoingNumber: event.outgoingNumber, at: event.at } } : {})),
      pause: assign(({ event }) => (event.type === 'clock.pause' ? { paused: { since: event.at, reason: event.reason }, lastAt: event.at } : {})),
      resume: assign(({ context, event }) =>
        context.paused ? { paused: undefined, pauses: [...context.pauses, { from: context.paused.since, to: event.at, reason: context.paused.reason }], lastAt: event.at } : {},
      ),
      withdraw: assign(({ event }) => (event.type === 'case.withdraw' ? { withdrawn: { reason: event.reason, at: event.at }, lastAt: event.at } : {})),
      handover: assign(({ context, event }) =>
        event.type === 'case.handover'
          ? {
              owner: event.toOffice.trim(),
              handovers: [...(context.handovers ?? []), { toOffice: event.toOffice.trim(), reason: event.reason, at: event.at, by: event.actor }],
              lastAt: event.at,
            }
          : {},
      ),
      resolveConflict: assign(({ context, event }) =>
        event.type === 'conflict.resolve'
          ? { resolvedConflicts: [...(context.resolvedConflicts ?? []), { conflictId: event.conflictId, decision: event.decision, at: event.at }], lastAt: event.at }
          : {},
      ),
    },
  });

  const stepState = (step: Step, index: number) => {
    const next = targetAfter(step.stage, index);
    const params = { stepId: step.id };
    const on: Record<string, unknown> = {
      'step.complete': { guard: { type: 'canComplete', params }, target: next, actions: { type: 'recordStep', params } },
    };
    if (step.kind === 'assign') {
      on['review.assign'] = { guard: { type: 'canAssign', params }, target: next, actions: ['recordAssignee', { type: 'recordStep', params }] };
    }
    if (step.kind === 'inspect') {
      const inspected = ['recordInspection', { type: 'recordStep', params }];
      on['commission.inspect'] = [
        { guard: { type: 'canInspect', params: { ...params, last: false } }, target: next, actions: inspected },
        { guard: { type: 'canInspect', params: { ...params, last: true } }, actions: inspected },
      ];
      // The applicant refused the inspection: the protocol goes straight to the decision (a motivated refusal).
      on['commission.inspection_refused'] = [
        { guard: { type: 'canInspect', params: { ...params, last: false } }, target: decisionTarget, actions: inspected },
        { guard: { type: 'canInspect', params: { ...params, last: true } }, target: decisionTarget, actions: inspected },
      ];
    }
    if (step.stage === 'commission') {
      on['commission.conclude'] = { guard: { type: 'canConclude', params }, target: next, actions: ['recordConclusion', { type: 'recordStep', params }] };
    }
    if (step.stage === 'decision') {
      const decide = { guard: { type: 'canDecide', params }, target: next, actions: ['recordDecision', { type: 'recordStep', params }] };
      on['decision.grant'] = decide;
      on['decision.refuse'] = decide;
    }
    if (step.stage === 'issue') {
      on['issue.deliver'] = { guard: { type: 'canDeliver', params }, target: '#case.delivered', actions: ['recordDelivery', { type: 'recordStep', params }] };
    }
    if (step.pausesClock) {
      on['clock.pause'] = { guard: { type: 'canPause', params }, actions: 'pause' };
      on['clock.resume'] = { guard: { type: 'canResume', params }, actions: 'resume' };
    }
    return { always: { guard: { type: 'notApplicable', params }, target: next }, on };
  };

  const stageStates = Object.fromEntries(
    walk.map(({ stage, steps }) => [
      stage,
      {
        initial: steps[0]?.id,
        states: Object.fromEntries(steps.map((step, index) => [step.id, stepState(step, index)])),
        // The chair records the sitting with its attendance at any step of the commission stage, before the conclusion.
        ...(stage === 'commission' ? { on: { 'commission.sitting': { guard: 'canRecordSitting', actions: 'recordSitting' } } } : {}),
      },
    ]),
  );

  const config = {
    id: 'case',
    initial: 'new',
    context: initialContext(service.id, service.version),
    on: {
      'case.withdraw': { guard: 'canWithdraw', target: '.withdrawn', actions: 'withdraw' },
      'commission.sign': { guard: 'canSign', actions: 'recordSignature' },
      'commission.paper_signatures': { guard: 'canRecordPaperSignatures', actions: 'recordPaperSignatures' },
      // Ownership and conflict resolution (issue #6) are valid in every non-final stage and move no step.
      'case.handover': { guard: 'canHandover', actions: 'handover' },
      'conflict.resolve': { guard: 'canResolveConflict', actions: 'resolveConflict' },
    },
    states: {
      new: {
        on: {
          'case.register': { guard: 'canRegister', target: firstTarget, actions: 'register' },
          'intake.refuse': { guard: 'canRefuseIntake', target: 'refusedAtIntake', actions: 'refuseIntake' },
        },
      },
      ...stageStates,
      /** Routing after the last issue step: the result or the refusal letter has been handed over. */
      delivered: { always: [{ guard: 'wasRefused', target: 'refused' }, { target: 'issued' }] },
      issued: { type: 'final' },
      refusedAtIntake: { type: 'final' },
      refused: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  };
  // The states are generated from the regulation, so their shape is only known at run time.
  return machineSetup.createMachine(config as unknown as Parameters<typeof machineSetup.createMachine>[0]) as AnyStateMachine;
}

export { checkRole };
