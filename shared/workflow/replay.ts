import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { LocalizedText, ServiceVersion, Stage } from '../regulations/types';
import { STAGES } from '../regulations/types';
import { buildServiceMachine } from './buildServiceMachine';
import type { CaseContext, CaseStatus } from './caseContext';
import { CaseEvent } from './events';
import { explainWhyNot } from './explainWhyNot';
import { localizeWhy } from '../i18n/localize';

/** A case as the journal makes it: where it stands and what the machine remembers. */
export type CaseState = {
  readonly service: ServiceVersion;
  readonly status: CaseStatus;
  readonly stage?: Stage;
  readonly stepId?: string;
  readonly context: CaseContext;
  readonly snapshot: AnyMachineSnapshot;
  /** How many actions built this state. */
  readonly length: number;
};

export type ApplyResult = { readonly ok: true; readonly state: CaseState } | { readonly ok: false; readonly state: CaseState; readonly reason: LocalizedText };

const machines = new WeakMap<ServiceVersion, AnyStateMachine>();

/** One machine per service version, built once. */
export function machineFor(service: ServiceVersion): AnyStateMachine {
  let machine = machines.get(service);
  if (!machine) {
    machine = buildServiceMachine(service);
    machines.set(service, machine);
  }
  return machine;
}

/** A machine snapshot read as a case state (for tools that walk the machine, e.g. path generation in tests). */
export function toState(service: ServiceVersion, snapshot: AnyMachineSnapshot, length = 0): CaseState {
  const value = snapshot.value as string | Record<string, string>;
  const context = snapshot.context as CaseContext;
  if (typeof value === 'string') return { service, status: value as CaseStatus, context, snapshot, length };
  const [stage, stepId] = Object.entries(value)[0] ?? [];
  const known = STAGES.find((s) => s === stage);
  return { service, status: known ?? 'new', stage: known, stepId, context, snapshot, length };
}

export function emptyCase(service: ServiceVersion): CaseState {
  const [snapshot] = initialTransition(machineFor(service));
  return toState(service, snapshot, 0);
}

/**
 * Apply one action. A refused action leaves the state as it was and says why in both languages; nothing else changes.
 * Payloads are validated with zod first, so bad input never reaches the machine.
 */
export function apply(state: CaseState, input: unknown): ApplyResult {
  const parsed = CaseEvent.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, state, reason: localizeWhy('invalidPayload', { details }) };
  }
  const event = parsed.data;
  const machine = machineFor(state.service);
  if (state.snapshot.status !== 'active' || !state.snapshot.can(event)) {
    return { ok: false, state, reason: explainWhyNot(state, event) };
  }
  const [next] = transition(machine, state.snapshot, event);
  return { ok: true, state: toState(state.service, next, state.length + 1) };
}

export class JournalRejected extends Error {
  constructor(
    readonly index: number,
    readonly reason: LocalizedText,
  ) {
    super(`Action #${index} is not valid here: ${reason.ru}`);
    this.name = 'JournalRejected';
  }
}

/**
 * replay(serviceVersion, actions) → case state. Deterministic: the same journal always gives the same state. A
 * journal with an action the machine refuses throws `JournalRejected` naming the first bad action.
 */
export function replay(service: ServiceVersion, actions: readonly unknown[]): CaseState {
  let state = emptyCase(service);
  actions.forEach((action, index) => {
    const result = apply(state, action);
    if (!result.ok) throw new JournalRejected(index, result.reason);
    state = result.state;
  });
  return state;
}
