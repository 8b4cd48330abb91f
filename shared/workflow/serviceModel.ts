import { STAGES, type Channel, type Role, type ServiceVersion, type Stage, type Step } from '../regulations/types';
import type { CaseContext } from './caseContext';

/**
 * How a service version's steps are read by the engine. Pure functions over regulation data. Regulation data is
 * immutable (the act's module builds it once), so what these functions derive is computed once per service object
 * and kept beside it: guards call them on every replayed action, and replay is the hot path of every case screen.
 */

/** Caches keyed by a case's route: its variant, then its channel (nested maps: no key string built per guard call). */
type ByRoute<T> = Map<string | undefined, Map<Channel | undefined, T>>;

type Derived = {
  readonly byStage: Map<Stage, readonly Step[]>;
  readonly byId: Map<string, Step>;
  registration?: readonly Step[];
  readonly applicable: ByRoute<readonly Step[]>;
  /** null: the stage has no applicable step on that route. */
  readonly decisive: Map<Stage, ByRoute<Step | null>>;
};
const derived = new WeakMap<ServiceVersion, Derived>();

function derivedOf(service: ServiceVersion): Derived {
  let d = derived.get(service);
  if (!d) {
    d = { byStage: new Map(), byId: new Map(service.steps.map((s) => [s.id, s])), applicable: new Map(), decisive: new Map() };
    derived.set(service, d);
  }
  return d;
}

function routeCache<T>(cache: ByRoute<T>, context: Pick<CaseContext, 'variant' | 'channel'>): Map<Channel | undefined, T> {
  let byChannel = cache.get(context.variant);
  if (!byChannel) {
    byChannel = new Map();
    cache.set(context.variant, byChannel);
  }
  return byChannel;
}

export function stepsOf(service: ServiceVersion, stage: Stage): readonly Step[] {
  const d = derivedOf(service);
  let steps = d.byStage.get(stage);
  if (!steps) {
    steps = service.steps.filter((s) => s.stage === stage);
    d.byStage.set(stage, steps);
  }
  return steps;
}

/**
 * The intake steps that the registration action itself completes: accepting the package and taking the written
 * consent happen at the window in one sitting (e.g. 002 R1 п.5 пп.1–2), whichever channel's version of them applies.
 */
export function registrationSteps(service: ServiceVersion): readonly Step[] {
  const d = derivedOf(service);
  if (!d.registration) {
    const intake = stepsOf(service, 'intake');
    const steps = intake.filter((s) => s.kind === 'accept' || s.kind === 'consent');
    // A service whose intake names no acceptance step still registers at the window: its first step stands for it.
    d.registration = steps.length > 0 ? steps : intake.slice(0, 1);
  }
  return d.registration;
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
  const cache = routeCache(derivedOf(service).applicable, context);
  let steps = cache.get(context.channel);
  if (!steps) {
    const registration = new Set(registrationSteps(service).map((s) => s.id));
    steps = service.steps.filter((s) => !registration.has(s.id) && isApplicable(s, context));
    cache.set(context.channel, steps);
  }
  return steps;
}

/**
 * The step the stage's decisive action completes: the commission's sitting that records the conclusion (steps after
 * it, such as handing the conclusion over, are ordinary steps), and the last step of the decision and issue stages.
 */
export function decisiveStepOf(service: ServiceVersion, stage: Stage, context: Pick<CaseContext, 'variant' | 'channel'>): Step | undefined {
  const d = derivedOf(service);
  let byRoute = d.decisive.get(stage);
  if (!byRoute) {
    byRoute = new Map();
    d.decisive.set(stage, byRoute);
  }
  const cache = routeCache(byRoute, context);
  const hit = cache.get(context.channel);
  if (hit !== undefined) return hit ?? undefined;
  const steps = applicableSteps(service, context).filter((s) => s.stage === stage);
  const step = stage === 'commission' ? (steps.filter((s) => s.kind === 'commission_sitting').at(-1) ?? steps.at(-1)) : steps.at(-1);
  cache.set(context.channel, step ?? null);
  return step;
}


/**
 * Which workstation roles may perform a step. The act's actor always may. At intake the window operator acts as the
 * provider's receiving specialist, and a ЦОН worker for packages lodged at a ЦОН; the portal's e-applications are
 * taken by the provider's specialist. A responsible specialist may do any specialist's step, and a specialist the
 * responsible executor's (once assigned, only the assignee — see checkRole).
 */
export function rolesFor(step: Step, channel: Channel | undefined): readonly Role[] {
  // Every guard of a step asks this (checkRole): computed once per step and channel, frozen since it is shared.
  let byChannel = rolesCache.get(step);
  if (!byChannel) {
    byChannel = new Map();
    rolesCache.set(step, byChannel);
  }
  let roles = byChannel.get(channel);
  if (!roles) {
    roles = Object.freeze(computeRoles(step, channel));
    byChannel.set(channel, roles);
  }
  return roles;
}

const rolesCache = new WeakMap<Step, Map<Channel | undefined, readonly Role[]>>();

function computeRoles(step: Step, channel: Channel | undefined): Role[] {
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
  return derivedOf(service).byId.get(stepId);
}
