import { getShortestPaths } from '@xstate/graph';
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import { ROLES, STAGES, type ServiceVersion } from '../../../shared/regulations/types';
import { allowedActions, apply, emptyCase, machineFor, replay, toState, type CaseEvent, type CaseState } from '../../../shared/workflow';
import { FINAL_STATUSES } from '../../../shared/workflow/caseContext';
import { missingDocuments, requiredDocuments } from '../../../shared/workflow/checks';
import { decisiveStepOf, stagesOf } from '../../../shared/workflow/serviceModel';
import { actor, clock, nextAction, registration, signatures } from './journal-builders';

const AT = '2026-03-02T10:00:00.000Z';
const DEFINED_STATUSES = new Set<string>(['new', ...STAGES, ...FINAL_STATUSES]);

/** Walk the happy path (grant) or the refusal path to the end, signing where the commission must sign. */
function walk(service: ServiceVersion, grant: boolean, overrides: Parameters<typeof registration>[2] = {}) {
  const now = clock();
  const journal: CaseEvent[] = [registration(service, now(), overrides)];
  let state = replay(service, journal);
  const stages = new Set<string>();
  for (let guard = 0; guard < 60 && state.snapshot.status === 'active'; guard++) {
    stages.add(state.status);
    if (state.context.conclusion && !state.context.outcome && state.context.signatures.length === 0 && service.commissions.some((c) => c.signedConclusionRequired)) {
      journal.push(...signatures(now()));
    } else {
      const action = nextAction(state, now(), grant);
      if (!action) throw new Error(`${service.id}: no next action at ${state.status}/${state.stepId ?? ''}`);
      journal.push(action);
    }
    state = replay(service, journal);
  }
  return { state, stages, journal };
}

/** Events worth trying from a state when generating paths: the next step both ways, signing, withdrawal. */
function probeEvents(service: ServiceVersion, snapshot: AnyMachineSnapshot): CaseEvent[] {
  const state = toState(service, snapshot);
  if (state.status === 'new') {
    const ok = registration(service, AT);
    const events: CaseEvent[] = service.channels.map((channel) => registration(service, AT, { channel }));
    const required = requiredDocuments(service, ok.variant);
    if (required.length > 0) {
      events.push({ type: 'intake.refuse', at: AT, actor: ok.actor, number: ok.number, channel: ok.channel, applicant: ok.applicant, documents: [], missing: required.map((d) => d.id), ...(ok.variant ? { variant: ok.variant } : {}), ...(ok.category ? { category: ok.category } : {}) });
    }
    return events;
  }
  const events = [nextAction(state, AT, true), nextAction(state, AT, false), ...signatures(AT)].filter((e): e is CaseEvent => e !== undefined);
  events.push({ type: 'case.withdraw', at: AT, actor: actor('operator'), reason: 'заявление об отзыве' });
  return events;
}

const serialize = (snapshot: AnyMachineSnapshot) => {
  const c = toState(snapshot.machine ? serviceOf(snapshot) : serviceVersions[0]!, snapshot).context;
  return JSON.stringify([snapshot.value, c.outcome ?? '', c.signatures.length, c.conclusion ? 1 : 0, c.inspection ? 1 : 0, c.inspectionRefused, c.sitting ? 1 : 0]);
};
const serviceOf = (snapshot: AnyMachineSnapshot) => {
  const { serviceId, version } = snapshot.context as { serviceId: string; version: string };
  return serviceVersions.find((s) => s.id === serviceId && s.version === version)!;
};

describe.each(serviceVersions.map((s) => [`${s.id}@${s.version}`, s] as const))('%s', (_key, service) => {
  it('has the stages the engine needs (intake, review, decision, issue; commission iff it has commissions)', () => {
    const stages = new Set(service.steps.map((s) => s.stage));
    for (const stage of ['intake', 'review', 'decision', 'issue'] as const) expect(stages.has(stage), stage).toBe(true);
    expect(stages.has('commission')).toBe(service.commissions.length > 0);
    expect(stagesOf(service)).toContain('decision');
    // Stage order in the regulation data follows intake → review → commission → decision → issue.
    const order = service.steps.map((s) => STAGES.indexOf(s.stage));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('every channel and variant has a decisive step in decision and issue', () => {
    for (const channel of service.channels) {
      for (const variant of service.variants?.map((v) => v.id) ?? [undefined]) {
        expect(decisiveStepOf(service, 'decision', { channel, variant }), `${channel}/${variant}`).toBeDefined();
        expect(decisiveStepOf(service, 'issue', { channel, variant }), `${channel}/${variant}`).toBeDefined();
      }
    }
  });

  it('reaches issued on the happy path and refused on the refusal path, through every stage it has, on every channel', () => {
    for (const channel of service.channels) {
      const granted = walk(service, true, { channel });
      expect(granted.state.status, channel).toBe('issued');
      const refused = walk(service, false, { channel });
      expect(refused.state.status, channel).toBe('refused');
      for (const stage of stagesOf(service).filter((s) => s !== 'intake')) expect(granted.stages.has(stage), `${channel}: ${stage}`).toBe(true);
    }
  });

  it('every variant runs to the end', () => {
    for (const variant of service.variants ?? []) expect(walk(service, true, { variant: variant.id }).state.status).toBe('issued');
  });

  it('paths generated from the machine reach every stage and every final state', () => {
    const machine = machineFor(service);
    const paths = getShortestPaths(machine, {
      events: (snapshot: AnyMachineSnapshot) => probeEvents(service, snapshot),
      serializeState: serialize,
      limit: 5_000,
    } as never);
    const reached = new Set(paths.map((p) => toState(service, p.state as AnyMachineSnapshot).status));
    for (const status of [...stagesOf(service).filter((s) => s !== 'intake' || service.steps.some((st) => st.stage === 'intake' && st.kind === 'transfer')), 'issued', 'refused', 'withdrawn']) {
      expect(reached.has(status as never), status).toBe(true);
    }
    if (requiredDocuments(service, service.variants?.[0]?.id).length > 0) expect(reached.has('refusedAtIntake')).toBe(true);
  });

  it('guards both ways: registration needs the package, consent and the right role', () => {
    const ok = registration(service, AT);
    expect(apply(emptyCase(service), ok).ok).toBe(true);
    const required = requiredDocuments(service, ok.variant);
    if (required.length > 0) {
      const incomplete = { ...ok, documents: ok.documents.filter((d) => d.id !== required[0]!.id) };
      expect(missingDocuments(service, ok.variant, incomplete.documents)).toHaveLength(1);
      expect(apply(emptyCase(service), incomplete).ok).toBe(false);
      const refusal = { type: 'intake.refuse' as const, at: AT, actor: ok.actor, number: ok.number, channel: ok.channel, applicant: ok.applicant, documents: incomplete.documents, missing: [required[0]!.id], ...(ok.variant ? { variant: ok.variant } : {}), ...(ok.category ? { category: ok.category } : {}) };
      expect(apply(emptyCase(service), refusal).ok).toBe(true);
      // A complete package may not be refused at intake.
      expect(apply(emptyCase(service), { ...refusal, documents: ok.documents }).ok).toBe(false);
    }
    if (service.consentRequired) expect(apply(emptyCase(service), { ...ok, consent: false }).ok).toBe(false);
    expect(apply(emptyCase(service), { ...ok, actor: actor('commission_member') }).ok).toBe(false);
    // Withdrawal needs a registered case.
    expect(apply(emptyCase(service), { type: 'case.withdraw', at: AT, actor: actor('operator'), reason: 'x' }).ok).toBe(false);
  });

  it('guards both ways: each step only for its role; refusal needs a ground of the regulation; commission signatures before the decision', () => {
    const { journal } = walk(service, true);
    let state = emptyCase(service);
    for (const action of journal) {
      if (state.stepId && 'stepId' in action) {
        const wrongRole = ROLES.find((role) => !allowedActions(state, actor(role)).some((a) => a.type === action.type && a.allowed));
        if (wrongRole) expect(apply(state, { ...action, actor: actor(wrongRole, 'someone-else') }).ok, `${action.type} by ${wrongRole}`).toBe(false);
        expect(apply(state, { ...action, stepId: 'no-such-step' }).ok).toBe(false);
      }
      if (action.type === 'decision.grant' && service.commissions.some((c) => c.signedConclusionRequired)) {
        const unsigned = { ...state, context: { ...state.context } };
        expect(unsigned.context.signatures.length).toBeGreaterThan(0);
      }
      if (action.type === 'decision.grant') {
        const refuse = { ...action, type: 'decision.refuse' as const, groundId: 'not-in-the-regulation', motivation: 'x' };
        expect(apply(state, refuse).ok).toBe(false);
        expect(apply(state, { ...refuse, groundId: service.refusalGrounds.find((g) => g.at === 'merits')!.id, motivation: '   ' }).ok).toBe(false);
      }
      const result = apply(state, action);
      if (!result.ok) throw new Error(`${action.type}: ${result.reason.ru}`);
      state = result.state;
    }
  });

  it('property: random action sequences never throw, stay in defined states, and replay deterministically', () => {
    const stepIds = [...service.steps.map((s) => s.id), 'no-such-step'];
    const event = fc.record({
      type: fc.constantFrom(
        'case.register', 'intake.refuse', 'step.complete', 'review.assign', 'clock.pause', 'clock.resume', 'commission.sign',
        'commission.paper_signatures', 'commission.inspect', 'commission.inspection_refused', 'commission.conclude', 'commission.sitting',
        'decision.grant', 'decision.refuse', 'issue.deliver', 'case.withdraw',
      ),
      role: fc.constantFrom(...ROLES),
      stepId: fc.constantFrom(...stepIds),
      good: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (draws) => {
        let state: CaseState = emptyCase(service);
        const accepted: CaseEvent[] = [];
        for (const draw of draws) {
          const candidate = draw.good ? nextAction(state, AT) : undefined;
          const raw =
            state.status === 'new' && draw.good
              ? registration(service, AT)
              : candidate ?? { type: draw.type, at: AT, actor: actor(draw.role), stepId: draw.stepId, reason: 'r', motivation: '', groundId: 'g' };
          const result = apply(state, raw);
          expect(DEFINED_STATUSES.has(result.state.status)).toBe(true);
          if (result.ok) accepted.push(raw as CaseEvent);
          state = result.state;
        }
        const again = replay(service, accepted);
        expect(again.snapshot.value).toEqual(state.snapshot.value);
        expect(again.context).toEqual(state.context);
      }),
      { numRuns: 60 },
    );
  });
});
