import { createActor, initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { LocalizedText, ServiceVersion, Stage } from '../regulations/types';
import { STAGES } from '../regulations/types';
import { buildServiceMachine } from './buildServiceMachine';
import type { CaseContext, CaseStatus } from './caseContext';
import { CaseEvent } from './events';
import { explainWhyNot } from './explainWhyNot';
import { localizeWhy } from '../i18n/localize';
import { runTable, transitionTableOf } from './transitionTable';

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

const emptyCases = new WeakMap<ServiceVersion, CaseState>();

/** The state before the first action. Built once per version: snapshots are immutable, so every replay starts from it. */
export function emptyCase(service: ServiceVersion): CaseState {
  let state = emptyCases.get(service);
  if (!state) {
    const [snapshot] = initialTransition(machineFor(service));
    state = toState(service, snapshot, 0);
    emptyCases.set(service, state);
  }
  return state;
}

type InertScope = Parameters<AnyStateMachine['transition']>[2];
const scopes = new WeakMap<AnyStateMachine, InertScope>();

/**
 * An actor scope that executes nothing, as XState's own `transition()` builds — but one per machine instead of one per
 * call: building it computes the machine's initial snapshot, which doubled the cost of every replayed action. The
 * service machines spawn no actors, run no side effects and their actions are `assign`s resolved inside the
 * transition, so nothing is shared between replays through it.
 */
function inertScope(machine: AnyStateMachine): InertScope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => undefined,
      defer: () => undefined,
      emit: () => undefined,
      stopChild: () => undefined,
      actionExecutor: () => undefined,
      system: self.system,
    } as InertScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/**
 * One transition, pure. XState returns the very same snapshot object when no transition is enabled for the event; a
 * taken transition always builds a new one (every transition of these machines assigns to the context), so `undefined`
 * here means "the machine refuses this event now".
 */
function step(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: CaseEvent): AnyMachineSnapshot | undefined {
  if (snapshot.status !== 'active') return undefined;
  const next = machine.transition(snapshot, event, inertScope(machine)) as AnyMachineSnapshot;
  if (next !== snapshot) return next;
  // Defensive: a transition that changed nothing would also return the same object; ask the machine the slow way.
  return snapshot.can(event) ? snapshot : undefined;
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
  const next = step(machineFor(state.service), state.snapshot, event);
  if (!next) return { ok: false, state, reason: explainWhyNot(state, event) };
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
  // Every payload valid: the journal goes through the transition table (as replayTrusted). Otherwise, or if the table
  // declines, action by action, so the first bad action is named with the engine's reason.
  const events: CaseEvent[] = [];
  for (const action of actions) {
    const parsed = CaseEvent.safeParse(action);
    if (!parsed.success) break;
    events.push(parsed.data);
  }
  return (events.length === actions.length ? replayThroughTable(service, events) : undefined) ?? replayStepwise(service, actions);
}

function replayStepwise(service: ServiceVersion, actions: readonly unknown[]): CaseState {
  let state = emptyCase(service);
  actions.forEach((action, index) => {
    const result = apply(state, action);
    if (!result.ok) throw new JournalRejected(index, result.reason);
    state = result.state;
  });
  return state;
}

/**
 * The same transitions as `replay()`, for journals whose every action was validated when it was written (perform,
 * restore and sync import check payloads with zod and the machine before they reach the journal): no second zod parse
 * per action. The journal runs through the machine's transition table (transitionTable.ts: the machine's own guards
 * and assignments, without XState's per-transition bookkeeping); anything the table does not model, or an action it
 * finds refused, sends the journal through XState's `transition`. Should the machine still refuse one (a journal
 * written by a different build, say), the journal is replayed again action by action as `replay()` does, which throws
 * JournalRejected with the engine's reason — so a bad journal is never read as good.
 */
export function replayTrusted(service: ServiceVersion, actions: readonly CaseEvent[]): CaseState {
  return replayThroughTable(service, actions) ?? replayThroughMachine(service, actions) ?? replayStepwise(service, actions);
}

/** The journal through the transition table, the snapshot built once at the end; undefined when the table cannot answer. */
export function replayThroughTable(service: ServiceVersion, actions: readonly CaseEvent[]): CaseState | undefined {
  const machine = machineFor(service);
  const table = transitionTableOf(machine);
  if (!table) return undefined;
  const start = emptyCase(service).snapshot;
  const end = runTable(table, inertScope(machine), start, actions);
  if (!end) return undefined;
  // The machine has no history states, so its history value is the initial one throughout.
  const snapshot = machine.resolveState({ value: end.value, context: end.context, historyValue: start.historyValue }) as AnyMachineSnapshot;
  return toState(service, snapshot, actions.length);
}

/** The journal through XState's `transition`, one action at a time; undefined when the machine refuses an action. */
export function replayThroughMachine(service: ServiceVersion, actions: readonly CaseEvent[]): CaseState | undefined {
  const machine = machineFor(service);
  let snapshot = emptyCase(service).snapshot;
  for (const action of actions) {
    const next = step(machine, snapshot, action);
    if (!next) return undefined;
    snapshot = next;
  }
  return toState(service, snapshot, actions.length);
}
