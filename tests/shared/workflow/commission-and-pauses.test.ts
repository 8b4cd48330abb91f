import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../../shared/calendar';
import { caseDeadlines } from '../../../shared/case/deadlines';
import { childBenefit } from '../../../shared/regulations/almaty-akimat-2014-2-236/child-benefit';
import { targetedSocialAssistance as tsa } from '../../../shared/regulations/almaty-akimat-2014-2-236/targeted-social-assistance';
import type { ServiceVersion } from '../../../shared/regulations/types';
import { allowedActions, apply, emptyCase, type CaseEvent, type CaseState } from '../../../shared/workflow';
import { actor, clock, nextAction, registration } from './journal-builders';

/** Apply actions, failing loudly with the engine's own reason. */
function run(service: ServiceVersion, events: CaseEvent[], from: CaseState = emptyCase(service)): CaseState {
  return events.reduce((state, event) => {
    const result = apply(state, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.reason.ru}`);
    return result.state;
  }, from);
}

/** Move the case on (happy path) until it reaches `status`/`stepId`. */
function advanceTo(state: CaseState, now: () => string, until: (s: CaseState) => boolean): CaseState {
  for (let i = 0; i < 40 && !until(state); i++) {
    const action = nextAction(state, now());
    if (!action) throw new Error(`stuck at ${state.status}/${state.stepId ?? ''}`);
    state = run(state.service, [action], state);
  }
  return state;
}

describe('targeted social assistance: the district commission (002 R7)', () => {
  const start = () => {
    const now = clock();
    const registered = run(tsa, [registration(tsa, now())]);
    return { now, state: advanceTo(registered, now, (s) => s.status === 'commission') };
  };

  it('002 R7: the inspection act comes before the conclusion', () => {
    const { now, state } = start();
    expect(state.stepId).toBe('inspect-family');
    const conclude = { type: 'commission.conclude' as const, at: now(), actor: actor('commission_chair'), stepId: 'inspect-family', favourable: true, text: 'нуждается' };
    const refused = apply(state, conclude);
    expect(refused.ok).toBe(false);
    const why = allowedActions(state, actor('commission_chair')).find((a) => a.type === 'commission.inspect');
    expect(why?.allowed).toBe(true);
    // An operator may not inspect on behalf of the commission.
    expect(allowedActions(state, actor('operator')).find((a) => a.type === 'commission.inspect')?.allowed).toBe(false);
  });

  it('the conclusion must be signed by the chair and a member before the decision; each signs once, under their own login', () => {
    const { now, state } = start();
    const concluded = advanceTo(state, now, (s) => s.status === 'decision');
    expect(concluded.context.conclusion).toBeDefined();
    const decideState = advanceTo(concluded, now, (s) => allowedActions(s, actor('head')).some((a) => a.type === 'decision.grant'));
    const grant = allowedActions(decideState, actor('head')).find((a) => a.type === 'decision.grant');
    expect(grant?.allowed).toBe(false);
    expect(grant?.why?.ru).toContain('подписано председателем');
    expect(grant?.why?.kk).toContain('төраға');
    // An operator cannot sign; the chair can, once.
    expect(apply(decideState, { type: 'commission.sign', at: now(), actor: actor('operator') }).ok).toBe(false);
    const chairSigned = run(tsa, [{ type: 'commission.sign', at: now(), actor: actor('commission_chair', 'chair-1') }], decideState);
    expect(apply(chairSigned, { type: 'commission.sign', at: now(), actor: actor('commission_chair', 'chair-1') }).ok).toBe(false);
    expect(allowedActions(chairSigned, actor('head')).find((a) => a.type === 'decision.grant')?.allowed).toBe(false);
    const signed = run(tsa, [{ type: 'commission.sign', at: now(), actor: actor('commission_member', 'member-1') }], chairSigned);
    expect(allowedActions(signed, actor('head')).find((a) => a.type === 'decision.grant')?.allowed).toBe(true);
  });

  it('or the chair records who signed on paper', () => {
    const { now, state } = start();
    const decideState = advanceTo(advanceTo(state, now, (s) => s.status === 'decision'), now, (s) => allowedActions(s, actor('head')).some((a) => a.type === 'decision.grant'));
    const paper = { type: 'commission.paper_signatures' as const, at: now(), signers: [{ name: 'Ахметов А.', role: 'commission_chair' as const }, { name: 'Омарова Г.', role: 'commission_member' as const }] };
    expect(apply(decideState, { ...paper, actor: actor('commission_member') }).ok).toBe(false);
    const signed = run(tsa, [{ ...paper, actor: actor('commission_chair') }], decideState);
    expect(allowedActions(signed, actor('head')).find((a) => a.type === 'decision.grant')?.allowed).toBe(true);
  });

  it('the applicant refused the inspection: the protocol leads to a motivated refusal only', () => {
    const { now, state } = start();
    const refusedInspection = run(tsa, [{ type: 'commission.inspection_refused', at: now(), actor: actor('commission_chair'), stepId: 'inspect-family', protocol: 'Заявитель отказался от обследования' }], state);
    expect(refusedInspection.status).toBe('decision');
    expect(refusedInspection.context.inspectionRefused).toBe(true);
    const decideState = advanceTo(refusedInspection, now, (s) => allowedActions(s, actor('head')).some((a) => a.type === 'decision.refuse'));
    const signed = run(tsa, [{ type: 'commission.sign', at: now(), actor: actor('commission_chair', 'c') }, { type: 'commission.sign', at: now(), actor: actor('commission_member', 'm') }].filter(() => decideState.context.conclusion !== undefined) as CaseEvent[], decideState);
    const grant = allowedActions(signed, actor('head')).find((a) => a.type === 'decision.grant');
    expect(grant?.allowed).toBe(false);
  });
});

describe('clock pauses (child benefit: waiting for originals, 002 R6 п.7)', () => {
  it('pauses only on the step the act allows, blocks the step while paused, and moves the total due date', () => {
    const now = clock('2026-03-02T09:00:00+05:00');
    let state = run(childBenefit, [registration(childBenefit, now())]);
    state = advanceTo(state, now, (s) => s.stepId === 'await-originals' || s.snapshot.status !== 'active');
    expect(state.stepId).toBe('await-originals');
    expect(allowedActions(state, actor('specialist')).some((a) => a.type === 'clock.pause' && a.allowed)).toBe(true);
    const before = caseDeadlines(kazakhstanCalendar, state).total;
    const pause = { type: 'clock.pause' as const, at: '2026-03-03T10:00:00+05:00', actor: actor('specialist'), reason: 'applicant' as const, note: 'Ожидание подлинников' };
    const paused = run(childBenefit, [pause], state);
    expect(paused.context.paused).toBeDefined();
    expect(apply(paused, { type: 'step.complete', at: now(), actor: actor('specialist'), stepId: 'await-originals' }).ok).toBe(false);
    expect(apply(paused, pause).ok).toBe(false);
    const resumed = run(childBenefit, [{ type: 'clock.resume', at: '2026-03-06T10:00:00+05:00', actor: actor('specialist') }], paused);
    expect(resumed.context.pauses).toHaveLength(1);
    const after = caseDeadlines(kazakhstanCalendar, resumed).total;
    expect(before?.date && after?.date && after.date > before.date).toBe(true);
  });

  it('a step without the act\'s permission cannot pause the clock, and says why', () => {
    const now = clock();
    const state = run(childBenefit, [registration(childBenefit, now())]);
    expect(childBenefit.steps.find((s) => s.id === state.stepId)?.pausesClock).toBeFalsy();
    const result = apply(state, { type: 'clock.pause', at: now(), actor: actor('specialist'), reason: 'agency', note: 'запрос' });
    expect(result.ok).toBe(false);
  });
});
