import { getShortestPaths } from '@xstate/graph';
import fc from 'fast-check';
import { assign, setup, type AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import { ROLES, type Role, type ServiceVersion } from '../../../shared/regulations/types';
import { apply, CaseEvent, emptyCase, JournalRejected, machineFor, replay, replayTrusted, toState, type CaseEventType, type CaseState } from '../../../shared/workflow';
import { replayThroughMachine, replayThroughTable } from '../../../shared/workflow/replay';
import { transitionTableOf } from '../../../shared/workflow/transitionTable';
import { buildTemplates } from '../../bench/officeTemplates';
import { actor, nextAction, registration, signatures, sitting } from './journal-builders';

/**
 * The transition table (shared/workflow/transitionTable.ts) against XState's own `transition`, over every service
 * version of the catalogue: for every journal the generators make, the table either declines (and replay goes
 * through XState) or reaches exactly the state XState reaches — and it never accepts a journal XState refuses.
 */

const AT = '2026-03-02T10:00:00.000Z';

/** Everything a case state carries, compared strictly (own keys, their order, undefined-valued keys). */
function expectSameState(table: CaseState, machine: CaseState): void {
  expect(table.snapshot.value).toStrictEqual(machine.snapshot.value);
  expect(table.context).toStrictEqual(machine.context);
  expect(JSON.stringify(table.context)).toBe(JSON.stringify(machine.context));
  expect(Object.keys(table.context)).toStrictEqual(Object.keys(machine.context));
  expect(table.snapshot.status).toBe(machine.snapshot.status);
  expect(table.snapshot.output).toBe(machine.snapshot.output);
  expect(table.snapshot.error).toBe(machine.snapshot.error);
  expect(table.snapshot.historyValue).toStrictEqual(machine.snapshot.historyValue);
  expect(table.snapshot.children).toStrictEqual(machine.snapshot.children);
  expect(new Set(table.snapshot._nodes.map((n) => n.id))).toStrictEqual(new Set(machine.snapshot._nodes.map((n) => n.id)));
  expect(table.snapshot.toJSON()).toStrictEqual(machine.snapshot.toJSON());
  expect([table.status, table.stage, table.stepId, table.length]).toStrictEqual([machine.status, machine.stage, machine.stepId, machine.length]);
}

type Outcome = { readonly kind: 'state'; readonly state: CaseState } | { readonly kind: 'refused' } | { readonly kind: 'threw' };

function throughMachine(service: ServiceVersion, journal: readonly CaseEvent[]): Outcome {
  try {
    const state = replayThroughMachine(service, journal);
    return state ? { kind: 'state', state } : { kind: 'refused' };
  } catch {
    return { kind: 'threw' };
  }
}

/**
 * The one property: the table's answer is XState's, or none. `mustAnswer` (journals XState accepts, from the
 * generators) also asks that the table does answer, so the fast path is the path these journals take.
 */
function expectEquivalent(service: ServiceVersion, journal: readonly CaseEvent[], mustAnswer: boolean): void {
  const machine = throughMachine(service, journal);
  const table = replayThroughTable(service, journal);
  if (machine.kind !== 'state') {
    expect(table, `table accepted a journal XState ${machine.kind === 'refused' ? 'refuses' : 'throws on'}: ${journal.map((e) => e.type).join(', ')}`).toBeUndefined();
    return;
  }
  if (mustAnswer) expect(table, `table declined: ${journal.map((e) => e.type).join(', ')}`).toBeDefined();
  if (table) expectSameState(table, machine.state);
}

const conflictId = 'conflict-1';
const LOST = ['0b0e8c5e-0a7c-4c1e-9d55-2f7f3f6d1a01'];

/** A schema-valid event of `type` by `role` for `stepId`, right or wrong for the state — the machine decides. */
function eventOf(service: ServiceVersion, type: CaseEventType, role: Role, stepId: string, userId: string = role): CaseEvent {
  const by = actor(role, userId);
  const base = { at: AT, actor: by };
  switch (type) {
    case 'case.register':
      return { ...registration(service, AT), actor: by };
    case 'intake.refuse': {
      const reg = registration(service, AT);
      return { type, ...base, number: reg.number, channel: reg.channel, applicant: reg.applicant, documents: [], missing: ['doc-1'], ...(reg.variant ? { variant: reg.variant } : {}), ...(reg.category ? { category: reg.category } : {}) };
    }
    case 'step.complete':
    case 'decision.grant':
      return { type, ...base, stepId };
    case 'review.assign':
      return { type, ...base, stepId, assignee: { userId: 'spec-1', name: 'Ответственный' } };
    case 'clock.pause':
      return { type, ...base, reason: 'agency', note: 'запрос в ГБД ФЛ' };
    case 'clock.resume':
      return { type, ...base, note: 'ответ получен' };
    case 'commission.sign':
      return { type, ...base };
    case 'commission.paper_signatures':
      return { type, ...base, signers: [{ name: 'Ахметов А.', role: 'commission_chair' }, { name: 'Омарова Г.', role: 'commission_member' }] };
    case 'commission.inspect':
      return { type, ...base, stepId, inspectedOn: '2026-03-02', familyMembers: 3, monthlyIncome: 90000, livingConditions: 'квартира' };
    case 'commission.inspection_refused':
      return { type, ...base, stepId, protocol: 'отказ от обследования' };
    case 'commission.conclude':
      return { type, ...base, stepId, favourable: true, text: 'нуждается' };
    case 'commission.sitting':
      return { ...sitting(service, AT), actor: by };
    case 'decision.refuse':
      return { type, ...base, stepId, groundId: service.refusalGrounds.find((g) => g.at === 'merits')?.id ?? 'none', motivation: 'мотивировка' };
    case 'issue.deliver':
      return { type, ...base, stepId, to: 'applicant', outgoingNumber: 'ИСХ-1' };
    case 'case.withdraw':
      return { type, ...base, reason: 'заявление об отзыве' };
    case 'case.handover':
      return { type, ...base, toOffice: 'ALM-02', reason: 'передача в районный отдел' };
    case 'conflict.resolve':
      return { type, ...base, conflictId, lostActionIds: LOST, decision: 'discard' };
  }
}

const TYPES = CaseEvent.options.map((o) => o.shape.type.value);

/** Events worth trying from a state when generating paths: the next step both ways, and every side action. */
function probeEvents(service: ServiceVersion, snapshot: AnyMachineSnapshot): CaseEvent[] {
  const state = toState(service, snapshot);
  if (state.status === 'new') {
    const events: CaseEvent[] = service.channels.map((channel) => registration(service, AT, { channel }));
    for (const variant of service.variants ?? []) events.push(registration(service, AT, { variant: variant.id }));
    events.push(eventOf(service, 'intake.refuse', 'operator', ''), { ...registration(service, AT), actor: actor('commission_member') });
    return events;
  }
  const stepId = state.stepId ?? '';
  const grant = nextAction(state, AT, true);
  const events = [grant, nextAction(state, AT, false), ...signatures(AT)].filter((e): e is CaseEvent => e !== undefined);
  const role = grant?.actor.role ?? 'specialist';
  events.push(
    eventOf(service, 'clock.pause', role, stepId, grant?.actor.userId),
    eventOf(service, 'clock.resume', role, stepId, grant?.actor.userId),
    eventOf(service, 'commission.paper_signatures', 'commission_chair', stepId, 'chair-1'),
    eventOf(service, 'commission.inspection_refused', 'commission_member', stepId, 'member-1'),
    eventOf(service, 'case.withdraw', 'operator', stepId),
    eventOf(service, 'case.handover', 'head', stepId),
    eventOf(service, 'conflict.resolve', 'specialist', stepId),
  );
  // The same next action by someone it is not for.
  if (grant) events.push({ ...grant, actor: actor(role === 'head' ? 'operator' : 'head', 'someone-else') });
  return events;
}

/** A state's identity for the path generator: where it is and what the guards read, coarsened so the graph stays small. */
function serialize(service: ServiceVersion, snapshot: AnyMachineSnapshot): string {
  const c = toState(service, snapshot).context;
  return JSON.stringify([
    snapshot.value,
    c.channel,
    c.variant,
    c.outcome ?? '',
    c.signatures.map((s) => s.userId).sort(),
    Math.min(c.paperSignatures.length, 1),
    c.conclusion ? 1 : 0,
    c.inspection ? 1 : 0,
    c.inspectionRefused,
    c.sitting ? 1 : 0,
    c.paused ? 1 : 0,
    // Handovers, resolved conflicts and finished pauses: one "has had a side action" bit (the random journals combine them).
    c.owner !== undefined || (c.resolvedConflicts?.length ?? 0) > 0 || c.pauses.length > 0 ? 1 : 0,
    c.assignee?.userId ?? '',
  ]);
}

describe('transition table', () => {
  it('is built for the machine of every service version of the catalogue', () => {
    for (const service of serviceVersions) expect(transitionTableOf(machineFor(service)), `${service.id}@${service.version}`).toBeDefined();
  });

  it('declines machines with what it does not model: entry actions, wildcard events, parallel states, higher-order guards', () => {
    const base = setup({ types: { context: {} as { n: number }, events: {} as { type: 'go' } | { type: 'x.y' } }, actions: { inc: assign(({ context }) => ({ n: context.n + 1 })) } });
    const plain = base.createMachine({ context: { n: 0 }, initial: 'a', states: { a: { on: { go: { target: 'b', actions: 'inc' } } }, b: {} } });
    expect(transitionTableOf(plain)).toBeDefined();
    const withEntry = base.createMachine({ context: { n: 0 }, initial: 'a', states: { a: { on: { go: 'b' } }, b: { entry: 'inc' } } });
    expect(transitionTableOf(withEntry)).toBeUndefined();
    const wildcard = base.createMachine({ context: { n: 0 }, initial: 'a', states: { a: { on: { 'x.*': 'b' } }, b: {} } });
    expect(transitionTableOf(wildcard)).toBeUndefined();
    const parallel = base.createMachine({ context: { n: 0 }, type: 'parallel', states: { a: {}, b: {} } });
    expect(transitionTableOf(parallel)).toBeUndefined();
    const inline = base.createMachine({ context: { n: 0 }, initial: 'a', states: { a: { on: { go: { target: 'b', guard: ({ context }) => context.n === 0 } } }, b: {} } });
    expect(transitionTableOf(inline)).toBeUndefined();
    const delayed = base.createMachine({ context: { n: 0 }, initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } });
    expect(transitionTableOf(delayed)).toBeUndefined();
  });

  it('every office template journal (every service version, channel, grant and refusal, each prefix, withdrawals, intake refusals): the same state as XState, and the next action from it too', () => {
    const templates = buildTemplates();
    expect(templates.length).toBeGreaterThan(500);
    expect(new Set(templates.map((t) => `${t.service.id}@${t.service.version}`)).size).toBe(serviceVersions.length);
    for (const template of templates) {
      expectEquivalent(template.service, template.events, true);
      // The snapshot the table's state carries is one XState continues from exactly as from its own.
      const prefix = template.events.slice(0, -1);
      const last = template.events.at(-1);
      const fromTable = replayThroughTable(template.service, prefix);
      const fromMachine = replayThroughMachine(template.service, prefix);
      if (!last || !fromTable || !fromMachine) continue;
      const a = apply(fromTable, last);
      const b = apply(fromMachine, last);
      expect(a.ok).toBe(b.ok);
      expectSameState(a.state, b.state);
    }
  });

  describe.each(serviceVersions.map((service) => [`${service.id}@${service.version}`, service] as const))('%s', (_name, service) => {
    it('every path the graph generator finds from the machine: the same state as XState', () => {
      const paths = getShortestPaths(machineFor(service), {
        events: (snapshot: AnyMachineSnapshot) => probeEvents(service, snapshot),
        serializeState: (snapshot: AnyMachineSnapshot) => serialize(service, snapshot),
        limit: 20_000,
      } as never);
      expect(paths.length).toBeGreaterThan(5);
      const refused = eventOf(service, 'step.complete', 'operator', 'no-such-step');
      for (const path of paths) {
        // Replayed through XState again rather than read off `path.state`: the generator merges states that serialize
        // alike, so a path's recorded end state can be another path's (and a path may contain events XState ignored).
        const journal = path.steps.map((s) => s.event as CaseEvent).filter((e) => e.type !== ('xstate.init' as string));
        expectEquivalent(service, journal, true);
        // An action on a step that does not exist is refused in every state: the table must refuse it too.
        expectEquivalent(service, [...journal, refused], false);
      }
    });

    it('property: random journals (accepted and refused actions, every event type, every role): the table answers as XState or not at all', () => {
      const stepIds = [...service.steps.map((s) => s.id), 'no-such-step'];
      const draw = fc.record({ type: fc.constantFrom(...TYPES), role: fc.constantFrom(...ROLES), stepId: fc.constantFrom(...stepIds), good: fc.boolean(), self: fc.boolean() });
      fc.assert(
        fc.property(fc.array(draw, { maxLength: 30 }), (draws) => {
          let state = emptyCase(service);
          const accepted: CaseEvent[] = [];
          const raw: CaseEvent[] = [];
          let firstRefused: number | undefined;
          for (const d of draws) {
            const good = d.good ? (state.status === 'new' ? registration(service, AT) : nextAction(state, AT, d.role !== 'head')) : undefined;
            const event = good ?? eventOf(service, d.type, d.role, d.self && state.stepId ? state.stepId : d.stepId);
            expect(CaseEvent.safeParse(event).success).toBe(true);
            raw.push(event);
            const result = apply(state, event);
            if (result.ok) accepted.push(event);
            else firstRefused ??= raw.length - 1;
            state = result.state;
          }
          expectEquivalent(service, accepted, true);
          expectEquivalent(service, raw, false);
          expectSameState(replayTrusted(service, accepted), state);
          // replay() (zod first, then the table) as action-by-action apply(): the same state, or the same first refusal.
          if (firstRefused === undefined) expectSameState(replay(service, raw), state);
          else expect(() => replay(service, raw)).toThrow(expect.objectContaining({ name: 'JournalRejected', index: firstRefused }));
        }),
        { numRuns: 80 },
      );
    });
  });

  it('replayTrusted still rejects a journal XState refuses, naming the first bad action', () => {
    const service = serviceVersions[0]!;
    const journal = [registration(service, AT), eventOf(service, 'step.complete', 'operator', 'no-such-step')];
    expect(() => replayTrusted(service, journal)).toThrow(JournalRejected);
    try {
      replayTrusted(service, journal);
    } catch (error) {
      expect(error instanceof JournalRejected && error.index).toBe(1);
    }
  });
});
