import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import type { CaseContext } from './caseContext';
import type { CaseEvent } from './events';

/**
 * The service machine's transitions read out of the machine once, as a table: for every leaf state, the candidate
 * transitions of each event type (the leaf's own first, then its ancestors', the order XState tries them in) and its
 * eventless (`always`) transitions, each with its guard implementation and params, its `assign` implementations and
 * params, and the leaf it ends in. Replaying a trusted journal through the table runs exactly the guards and the
 * assignments XState would run, in the same order with the same arguments, without XState's per-transition
 * bookkeeping (entry/exit sets, transition domains, a snapshot per action) — which was 80% of a replay and gave
 * nothing to machines that have no entry/exit actions, no actors, no timers, no history and no parallel states.
 *
 * The table models only that subset: `transitionTableOf` returns undefined for a machine that uses anything else, and
 * `runTable` returns undefined whenever it meets something it does not model (an event the machine refuses, a final
 * state, a guard or assignment that throws) — the caller then replays through XState itself. Its equivalence with
 * XState's `transition` is tested over every service version of the catalogue (tests/shared/workflow/transition-table.test.ts).
 */

type Args = { readonly context: CaseContext; readonly event: CaseEvent };
type GuardImplementation = (args: Args, params: unknown) => unknown;
type Assignment = (args: Args & { readonly spawn: () => never; readonly self: unknown; readonly system: unknown }, params: unknown) => Partial<CaseContext> | undefined;

type CompiledTransition = {
  readonly guard?: { readonly check: GuardImplementation; readonly params: unknown };
  readonly assigns: readonly { readonly assignment: Assignment; readonly params: unknown }[];
  /** The leaf the case is in after the transition; undefined for a targetless transition (the leaf stays). */
  target?: Leaf;
};

type Leaf = {
  readonly node: AnyStateNode;
  readonly value: StateValue;
  /** A final state (the machine is then done: XState takes no further event). */
  readonly final: boolean;
  readonly on: Map<string, readonly CompiledTransition[]>;
  always: readonly CompiledTransition[];
};

export type TransitionTable = { readonly leaves: ReadonlyMap<AnyStateNode, Leaf> };

/** What XState's assignments receive besides context and event (replay.ts passes its inert actor scope). */
export type AssignScope = { readonly self: unknown; readonly system: unknown };

/** A machine feature the table does not model: the machine is then always replayed through XState. */
class Unmodelled extends Error {}

const unmodelled = (what: string): never => {
  throw new Unmodelled(what);
};

/** XState's assign action object: a function carrying its `assignment` (xstate/src/actions/assign.ts). */
function assignmentOf(machine: AnyStateMachine, action: unknown): { assignment: Assignment; params: unknown } {
  const named = typeof action === 'string' ? action : typeof action === 'object' && action !== null && 'type' in action ? String(action.type) : undefined;
  const implementation: unknown = named === undefined ? action : (machine.implementations.actions as Record<string, unknown>)[named];
  const params = typeof action === 'object' && action !== null && 'params' in action ? action.params : undefined;
  if (typeof params === 'function') unmodelled('dynamic action params');
  if (typeof implementation !== 'function' || !('type' in implementation) || implementation.type !== 'xstate.assign') return unmodelled(`action ${named ?? '(inline)'}`);
  const assignment = 'assignment' in implementation ? implementation.assignment : undefined;
  if (typeof assignment !== 'function') return unmodelled('property-map assign');
  return { assignment: assignment as Assignment, params: typeof action === 'string' ? undefined : params };
}

function guardOf(machine: AnyStateMachine, guard: unknown): CompiledTransition['guard'] {
  if (guard === undefined) return undefined;
  if (typeof guard === 'function') return unmodelled('inline guard');
  const named = typeof guard === 'string' ? guard : typeof guard === 'object' && guard !== null && 'type' in guard ? String(guard.type) : unmodelled('guard');
  const implementation: unknown = (machine.implementations.guards as Record<string, unknown>)[named];
  // Higher-order guards (and(), not(), stateIn()) carry a `check`; the service machines use plain predicates only.
  if (typeof implementation !== 'function' || 'check' in implementation) return unmodelled(`guard ${named}`);
  const params = typeof guard === 'object' && guard !== null && 'params' in guard ? guard.params : undefined;
  if (typeof params === 'function') unmodelled('dynamic guard params');
  return { check: implementation as GuardImplementation, params };
}

/** The leaf a transition into `node` ends in: compound states enter their initial child, down to an atomic one. */
function leafOf(node: AnyStateNode, leaves: Map<AnyStateNode, Leaf>): Leaf {
  let current = node;
  while (current.type === 'compound') {
    const initial = current.initial;
    const next = initial.target[0];
    if (initial.target.length !== 1 || initial.actions.length > 0 || !next) return unmodelled(`initial of ${current.id}`);
    current = next;
  }
  return leaves.get(current) ?? unmodelled(`target ${current.id}`);
}

function valueOf(node: AnyStateNode): StateValue {
  const path = node.path;
  let value: StateValue = path[path.length - 1] ?? '';
  for (let i = path.length - 2; i >= 0; i--) value = { [path[i] ?? '']: value };
  return value;
}

function compile(machine: AnyStateMachine): TransitionTable {
  const root = machine.root;
  if (root.output !== undefined) unmodelled('machine output');
  const nodes: AnyStateNode[] = [];
  const visit = (node: AnyStateNode) => {
    nodes.push(node);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(root);
  for (const node of nodes) {
    if (node.type === 'parallel' || node.type === 'history') unmodelled(`${node.type} state ${node.id}`);
    // Reading `transitions` first: it formats the delayed transitions, which add their timer actions to entry/exit.
    for (const descriptor of node.transitions.keys()) if (descriptor.includes('*') || descriptor.startsWith('xstate.')) unmodelled(`event descriptor ${descriptor}`);
    if (node.entry.length > 0 || node.exit.length > 0 || node.invoke.length > 0) unmodelled(`entry/exit/invoke of ${node.id}`);
    // A final state inside a compound one raises a done event that transitions may handle; the services' finals are top-level.
    if (node.type === 'final' && node.parent !== root) unmodelled(`nested final ${node.id}`);
  }
  const leaves = new Map<AnyStateNode, Leaf>();
  for (const node of nodes) {
    if (node.type === 'atomic' || node.type === 'final') leaves.set(node, { node, value: valueOf(node), final: node.type === 'final', on: new Map(), always: [] });
  }
  const compiled = new Map<unknown, CompiledTransition>();
  const compileTransition = (t: AnyStateNode['transitions'] extends Map<string, (infer T)[]> ? T : never, eventless: boolean): CompiledTransition => {
    let c = compiled.get(t);
    if (!c) {
      const targets = t.target ?? [];
      if (targets.length > 1) unmodelled('multiple targets');
      const target = targets[0];
      // An eventless transition without a target would be re-taken after every change of the context.
      if (eventless && !target) unmodelled('targetless eventless transition');
      c = { guard: guardOf(machine, t.guard), assigns: t.actions.map((a) => assignmentOf(machine, a)) };
      compiled.set(t, c);
      if (target) c.target = leafOf(target, leaves);
    }
    return c;
  };
  for (const leaf of leaves.values()) {
    const chain: AnyStateNode[] = [];
    for (let node: AnyStateNode | undefined = leaf.node; node; node = node.parent) chain.push(node);
    const types = new Set(chain.flatMap((node) => [...node.transitions.keys()]));
    // XState asks the deepest state first and goes up only when none of its candidates' guards passes.
    for (const type of types) leaf.on.set(type, chain.flatMap((node) => (node.transitions.get(type) ?? []).map((t) => compileTransition(t, false))));
    leaf.always = chain.flatMap((node) => (node.always ?? []).map((t) => compileTransition(t, true)));
  }
  return { leaves };
}

const tables = new WeakMap<AnyStateMachine, TransitionTable | null>();

/** The machine's table, built once; undefined if the machine uses a feature the table does not model. */
export function transitionTableOf(machine: AnyStateMachine): TransitionTable | undefined {
  let table = tables.get(machine);
  if (table === undefined) {
    try {
      table = compile(machine);
    } catch (error) {
      if (!(error instanceof Unmodelled)) throw error;
      table = null;
    }
    tables.set(machine, table);
  }
  return table ?? undefined;
}

const noSpawn = (): never => {
  throw new Unmodelled('spawn in an assignment');
};

/**
 * The context after a transition's assignments, one after the other as XState resolves them, each seeing the
 * previous one's result. XState builds each with `Object.assign({}, context, partial)`; `Object.assign({ ...context },
 * partial)` gives the same own properties in the same order (a context is plain data, built by these assignments), and
 * V8 clones the context's shape instead of adding 23 properties one by one to `{}` — which leaves a dictionary-mode
 * object that made every later copy and read several times slower (a third of a replay through XState).
 */
function assignAll(t: CompiledTransition, context: CaseContext, event: CaseEvent, scope: AssignScope): CaseContext {
  let next = context;
  for (const { assignment, params } of t.assigns) {
    next = Object.assign({ ...next }, assignment({ context: next, event, spawn: noSpawn, self: scope.self, system: scope.system }, params));
  }
  return next;
}

function firstEnabled(candidates: readonly CompiledTransition[] | undefined, context: CaseContext, event: CaseEvent): CompiledTransition | undefined {
  if (!candidates) return undefined;
  for (const t of candidates) if (!t.guard || t.guard.check({ context, event }, t.guard.params)) return t;
  return undefined;
}

/** Eventless transitions XState would take in a row before it stops; more means a loop the table leaves to XState. */
const MAX_EVENTLESS = 64;

/**
 * Replays `events` from `start` through the table: the state value and context XState would reach, or undefined if
 * any event is refused or anything unmodelled happens (the caller then asks XState).
 */
export function runTable(table: TransitionTable, scope: AssignScope, start: AnyMachineSnapshot, events: readonly CaseEvent[]): { readonly value: StateValue; readonly context: CaseContext } | undefined {
  if (start.status !== 'active') return undefined;
  const atomic = start._nodes.filter((node) => node.type === 'atomic' || node.type === 'final');
  let leaf = atomic.length === 1 && atomic[0] ? table.leaves.get(atomic[0]) : undefined;
  if (!leaf) return undefined;
  let context = start.context as CaseContext;
  try {
    for (const event of events) {
      if (leaf.final) return undefined;
      const selected = firstEnabled(leaf.on.get(event.type), context, event);
      let changed = false;
      if (selected) {
        context = assignAll(selected, context, event, scope);
        if (selected.target) leaf = selected.target;
        changed = true;
      }
      // XState's macrostep: after the event, eventless transitions (with the same event) until none is enabled.
      for (let taken = 0; !leaf.final; taken++) {
        const eventless = firstEnabled(leaf.always, context, event);
        if (!eventless) break;
        if (taken >= MAX_EVENTLESS) return undefined;
        context = assignAll(eventless, context, event, scope);
        leaf = eventless.target ?? leaf;
        changed = true;
      }
      if (!changed) return undefined;
    }
  } catch {
    // A guard or an assignment threw (or wanted to spawn): let XState meet the same failure and report it its own way.
    return undefined;
  }
  return { value: leaf.value, context };
}
