import { STAGES, type Channel, type Role, type ServiceVersion, type Stage, type Step } from '../regulations/types';
import type { CaseContext } from './caseContext';

/** How a service version's steps are read by the engine. Pure functions over regulation data. */

export function stepsOf(service: ServiceVersion, stage: Stage): readonly Step[] {
  return service.steps.filter((s) => s.stage === stage);
}

/**
 * The intake steps that the registration action itself completes: accepting the package and taking the written
 * consent happen at the window in one sitting (e.g. 002 R1 п.5 пп.1–2), whichever channel's version of them applies.
 */
export function registrationSteps(service: ServiceVersion): readonly Step[] {
  const intake = stepsOf(service, 'intake');
  const steps = intake.filter((s) => s.kind === 'accept' || s.kind === 'consent');
  // A service whose intake names no acceptance step still registers at the window: its first step stands for it.
  return steps.length > 0 ? steps : intake.slice(0, 1);
}

/** The acceptance step that applies to a channel (the window, a ЦОН, the portal). */
export function acceptStepFor(service: ServiceVersion, channel: Channel | undefined): Step | undefined {
  return registrationSteps(service).find((s) => !s.channels || channel === undefined || s.channels.includes(channel));
}

/** Stages the machine has: commission only where the regulation has one (ARCHITECTURE.md). */
export function stagesOf(service: ServiceVersion): readonly Stage[] {
  return STAGES.filter((stage) => stage !== 'commission' || service.commissions.length > 0 || stepsOf(service, 'commission').length > 0);
}

/** A step applies to a case unless it is for other variants (service 17) or other channels (ЦОН / portal only). */
export function isApplicable(step: Step, context: Pick<CaseContext, 'variant' | 'channel'>): boolean {
  if (step.variants && context.variant !== undefined && !step.variants.includes(context.variant)) return false;
  if (step.channels && context.channel !== undefined && !step.channels.includes(context.channel)) return false;
  return true;
}

/** The steps the case will still walk through after registration, in order. */
export function applicableSteps(service: ServiceVersion, context: Pick<CaseContext, 'variant' | 'channel'>): readonly Step[] {
  const registration = new Set(registrationSteps(service).map((s) => s.id));
  return service.steps.filter((s) => !registration.has(s.id) && isApplicable(s, context));
}

/**
 * The step the stage's decisive action completes: the commission's sitting that records the conclusion (steps after
 * it, such as handing the conclusion over, are ordinary steps), and the last step of the decision and issue stages.
 */
export function decisiveStepOf(service: ServiceVersion, stage: Stage, context: Pick<CaseContext, 'variant' | 'channel'>): Step | undefined {
  const steps = applicableSteps(service, context).filter((s) => s.stage === stage);
  if (stage === 'commission') return steps.filter((s) => s.kind === 'commission_sitting').at(-1) ?? steps.at(-1);
  return steps.at(-1);
}


/**
 * Which workstation roles may perform a step. The act's actor always may. At intake the window operator acts as the
 * provider's receiving specialist, and a ЦОН worker for packages lodged at a ЦОН; the portal's e-applications are
 * taken by the provider's specialist. A responsible specialist may do any specialist's step, and a specialist the
 * responsible executor's (once assigned, only the assignee — see checkRole).
 */
export function rolesFor(step: Step, channel: Channel | undefined): readonly Role[] {
  const roles = new Set<Role>([step.actor]);
  if (step.actor === 'specialist') roles.add('responsible_specialist');
  // A specialist the head assigned is the responsible executor (checkRole then admits only the assignee).
  if (step.actor === 'responsible_specialist') roles.add('specialist');
  if (step.stage === 'intake') {
    if (step.actor === 'specialist' || step.actor === 'responsible_specialist' || step.actor === 'con_worker') roles.add('operator');
    if (step.actor === 'responsible_specialist') roles.add('specialist');
    if (channel === 'con') roles.add('con_worker');
    if (channel === 'portal') {
      roles.add('specialist');
      roles.add('responsible_specialist');
    }
  }
  if (step.stage === 'issue' && (step.actor === 'specialist' || step.actor === 'responsible_specialist')) roles.add('operator');
  if (step.stage === 'issue' && channel === 'con') roles.add('con_worker');
  if (step.actor === 'commission_member') roles.add('commission_chair');
  return [...roles];
}

export function findStep(service: ServiceVersion, stepId: string): Step | undefined {
  return service.steps.find((s) => s.id === stepId);
}
