import { describe, expect, it } from 'vitest';
import { foreignWorkerPermit } from '../../../shared/regulations/almaty-akimat-2014-2-236/foreign-worker-permit';
import { targetedSocialAssistance as tsa } from '../../../shared/regulations/almaty-akimat-2014-2-236/targeted-social-assistance';
import type { ServiceVersion } from '../../../shared/regulations/types';
import { allowedActions, apply, emptyCase, type CaseEvent, type CaseState } from '../../../shared/workflow';
import { quorumOf, sameName } from '../../../shared/workflow/commissionSitting';
import { actor, clock, nextAction, registration, sitting, SITTING_MEMBERS } from './journal-builders';

function run(service: ServiceVersion, events: CaseEvent[], from: CaseState = emptyCase(service)): CaseState {
  return events.reduce((state, event) => {
    const result = apply(state, event);
    if (!result.ok) throw new Error(`${event.type}: ${result.reason.ru}`);
    return result.state;
  }, from);
}

/** Happy path until `until`, never recording a sitting on its own (the tests record theirs). */
function advanceTo(state: CaseState, now: () => string, until: (s: CaseState) => boolean): CaseState {
  for (let i = 0; i < 40 && !until(state); i++) {
    const action = nextAction(state, now());
    if (!action) throw new Error(`stuck at ${state.status}/${state.stepId ?? ''}`);
    state = run(state.service, [action], state);
  }
  return state;
}

const chair = actor('commission_chair', 'chair-1');
const member = (id: string) => actor('commission_member', id);
const canConclude = (s: CaseState) => allowedActions(s, chair).some((a) => a.type === 'commission.conclude');

/** TSA at the point of the conclusion: inspected, no sitting yet. */
function atConclusion() {
  const now = clock();
  const registered = run(tsa, [registration(tsa, now())]);
  // Inspection act, then the commission's other steps, until the conclusion is what the step asks for.
  const ready = advanceTo(registered, now, canConclude);
  expect(ready.status).toBe('commission');
  expect(ready.context.inspection).toBeDefined();
  expect(ready.context.sitting).toBeUndefined();
  return { now, state: ready };
}

const conclude = (at: string, stepId = 'commission-conclusion') => ({ type: 'commission.conclude' as const, at, actor: chair, stepId, favourable: true, text: 'Семья нуждается' });

describe('the commission sitting with attendance (002 R7 п.7 пп.4; quorum by interpretation)', () => {
  it('the conclusion needs a recorded sitting; the chair is offered the sitting, a member is told why not', () => {
    const { now, state } = atConclusion();
    const why = allowedActions(state, chair).find((a) => a.type === 'commission.conclude');
    expect(why?.allowed).toBe(false);
    expect(why?.why?.ru).toContain('заседание комиссии');
    expect(why?.why?.kk).toContain('отырысын');
    expect(apply(state, conclude(now())).ok).toBe(false);
    expect(allowedActions(state, chair).find((a) => a.type === 'commission.sitting')?.allowed).toBe(true);
    const byMember = allowedActions(state, member('member-1')).find((a) => a.type === 'commission.sitting');
    expect(byMember?.allowed).toBe(false);
    expect(byMember?.why?.ru).toContain('Председатель комиссии');
    expect(apply(state, sitting(tsa, now(), { actor: member('member-1') })).ok).toBe(false);

    const seated = run(tsa, [sitting(tsa, now())], state);
    expect(seated.context.sitting?.present.map((m) => m.userId)).toEqual(['chair-1', 'member-1', 'member-2']);
    expect(seated.context.sitting?.absent.map((m) => m.userId)).toEqual(['member-3']);
    expect(seated.status).toBe('commission');
    expect(apply(seated, conclude(now())).ok).toBe(true);
  });

  it('a sitting written to the minute of registration is not before it', () => {
    const now = clock();
    const registered = run(tsa, [registration(tsa, '2026-03-02T04:15:40.000Z')]);
    const ready = advanceTo(registered, now, canConclude);
    expect(apply(ready, sitting(tsa, now(), { heldAt: '2026-03-02T04:15:00.000Z' })).ok).toBe(true);
    expect(apply(ready, sitting(tsa, now(), { heldAt: '2026-03-02T04:14:00.000Z' })).ok).toBe(false);
  });

  it('no sitting outside the commission stage, nor after the conclusion', () => {
    const now = clock();
    const registered = run(tsa, [registration(tsa, now())]);
    expect(registered.status).toBe('review');
    const early = apply(registered, sitting(tsa, now()));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.reason.ru).toContain('недоступно сейчас');
    expect(allowedActions(registered, chair).some((a) => a.type === 'commission.sitting')).toBe(false);

    const { now: later, state } = atConclusion();
    const concluded = run(tsa, [sitting(tsa, later()), conclude(later())], state);
    expect(concluded.context.conclusion).toBeDefined();
    expect(apply(concluded, sitting(tsa, later())).ok).toBe(false);
    expect(allowedActions(concluded, chair).some((a) => a.type === 'commission.sitting')).toBe(false);
  });

  it('quorum: more than half of the listed members present, the chair included; a later sitting with a quorum counts', () => {
    const { now, state } = atConclusion();
    const thin = sitting(tsa, now(), { present: [SITTING_MEMBERS.chair, SITTING_MEMBERS.present[0]!], absent: [SITTING_MEMBERS.present[1]!, ...SITTING_MEMBERS.absent] });
    const noQuorum = run(tsa, [thin], state);
    const why = allowedActions(noQuorum, chair).find((a) => a.type === 'commission.conclude');
    expect(why?.allowed).toBe(false);
    expect(why?.why?.ru).toContain('Нет кворума: на заседании присутствовали 2 из 4');
    expect(why?.why?.ru).toContain('не менее 3');
    expect(why?.why?.kk).toContain('Кворум жоқ');
    const refused = apply(noQuorum, conclude(now()));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason.ru).toContain('кворума');
    // The commission sits again with a quorum: the latest sitting counts.
    const again = run(tsa, [sitting(tsa, now())], noQuorum);
    expect(canConclude(again) && allowedActions(again, chair).find((a) => a.type === 'commission.conclude')?.allowed).toBe(true);
  });

  it('quorumOf counts the chair and a strict majority', () => {
    const c = SITTING_MEMBERS.chair;
    const [m1, m2] = SITTING_MEMBERS.present;
    const [m3] = SITTING_MEMBERS.absent;
    expect(quorumOf({ present: [c, m1!], absent: [] })).toMatchObject({ met: true, needed: 2, total: 2 });
    expect(quorumOf({ present: [c, m1!], absent: [m2!, m3!] }).met).toBe(false);
    expect(quorumOf({ present: [c, m1!, m2!], absent: [m3!] }).met).toBe(true);
    // Three of four present but not the chair: no quorum.
    expect(quorumOf({ present: [m1!, m2!, m3!], absent: [c] })).toMatchObject({ met: false, chairPresent: false });
    expect(sameName('  омарова   г. ', 'Омарова Г.')).toBe(true);
    expect(sameName('Семёнов', 'Семенов')).toBe(true);
  });

  it.each<[string, (now: string) => CaseEvent, string, string]>([
    ['a commission the service does not have', (at) => sitting(tsa, at, { commissionId: 'foreign-labour-commission' }), 'не предусмотрена регламентом', 'көзделмеген'],
    ['two chairs', (at) => sitting(tsa, at, { present: [SITTING_MEMBERS.chair, { ...SITTING_MEMBERS.present[0]!, role: 'commission_chair' }], absent: [] }), 'ровно один председатель', 'бір ғана төрағасы'],
    ['no chair listed', (at) => sitting(tsa, at, { present: SITTING_MEMBERS.present, absent: SITTING_MEMBERS.absent }), 'ровно один председатель', 'бір ғана төрағасы'],
    ['a member listed twice', (at) => sitting(tsa, at, { absent: [SITTING_MEMBERS.present[0]!] }), 'дважды', 'екі рет'],
    ['the chair alone', (at) => sitting(tsa, at, { present: [SITTING_MEMBERS.chair], absent: [] }), 'хотя бы один член', 'кемінде бір'],
    ['recorded by another chair than the one listed', (at) => sitting(tsa, at, { actor: actor('commission_chair', 'other-chair') }), 'председатель из состава комиссии', 'төраға'],
    ['the chair recorded as absent', (at) => sitting(tsa, at, { present: SITTING_MEMBERS.present, absent: [SITTING_MEMBERS.chair] }), 'председатель из состава комиссии', 'төраға'],
    ['a sitting in the future', (at) => sitting(tsa, at, { heldAt: new Date(Date.parse(at) + 86_400_000).toISOString() }), 'позже момента записи', 'кейін болмауы'],
    ['a sitting before the case was registered', (at) => sitting(tsa, at, { heldAt: '2026-03-02T03:59:00.000Z' }), 'раньше регистрации', 'тіркелгенге дейін'],
  ])('refuses a sitting with %s, saying why in both languages', (_name, make, ru, kk) => {
    const { now, state } = atConclusion();
    const result = apply(state, make(now()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.ru).toContain(ru);
    expect(result.reason.kk).toContain(kk);
  });

  it('members absent from the sitting cannot sign, under their login or on paper; present ones can', () => {
    const { now, state } = atConclusion();
    const concluded = run(tsa, [sitting(tsa, now()), conclude(now())], state);
    const absentSign = allowedActions(concluded, member('member-3')).find((a) => a.type === 'commission.sign');
    expect(absentSign?.allowed).toBe(false);
    expect(absentSign?.why?.ru).toContain('не присутствовали на заседании');
    expect(absentSign?.why?.kk).toContain('қатыспадыңыз');
    expect(apply(concluded, { type: 'commission.sign', at: now(), actor: member('member-3') }).ok).toBe(false);
    // A member who is not in the sitting's list at all cannot sign either.
    expect(apply(concluded, { type: 'commission.sign', at: now(), actor: member('stranger') }).ok).toBe(false);
    const presentSign = allowedActions(concluded, member('member-2')).find((a) => a.type === 'commission.sign');
    expect(presentSign?.why?.ru ?? 'allowed').toBe('allowed');

    const paper = (names: string[]) => ({
      type: 'commission.paper_signatures' as const,
      at: now(),
      actor: chair,
      signers: names.map((name, i) => ({ name, role: i === 0 ? ('commission_chair' as const) : ('commission_member' as const) })),
    });
    const withAbsent = apply(concluded, paper(['Ахметов А.', 'Жұмабаев Е.']));
    expect(withAbsent.ok).toBe(false);
    if (!withAbsent.ok) {
      expect(withAbsent.reason.ru).toContain('Жұмабаев Е.');
      expect(withAbsent.reason.kk).toContain('қатыспағандар');
    }
    const signed = run(tsa, [paper(['ахметов а.', ' Омарова  Г. '])], concluded);
    expect(signed.context.paperSignatures.map((p) => p.name)).toEqual(['ахметов а.', 'Омарова  Г.']);
  });

  it('the protocol of a refused inspection is signed by the members (002 R7 п.7 пп.4), then the head can refuse — never grant', () => {
    const now = clock();
    const registered = run(tsa, [registration(tsa, now())]);
    const atInspection = advanceTo(registered, now, (s) => s.stepId === 'inspect-family');
    const refused = run(tsa, [{ type: 'commission.inspection_refused', at: now(), actor: chair, stepId: 'inspect-family', protocol: 'Заявитель отказался от обследования' }], atInspection);
    const decideState = advanceTo(refused, now, (s) => allowedActions(s, actor('head')).some((a) => a.type === 'decision.refuse'));
    const before = allowedActions(decideState, actor('head')).find((a) => a.type === 'decision.refuse');
    expect(before?.allowed).toBe(false);
    expect(before?.why?.ru).toContain('подписано председателем');
    expect(allowedActions(decideState, chair).find((a) => a.type === 'commission.sign')?.allowed).toBe(true);
    const signed = run(tsa, [{ type: 'commission.sign', at: now(), actor: chair }, { type: 'commission.sign', at: now(), actor: member('member-1') }], decideState);
    expect(allowedActions(signed, actor('head')).find((a) => a.type === 'decision.refuse')?.allowed).toBe(true);
    expect(allowedActions(signed, actor('head')).find((a) => a.type === 'decision.grant')?.allowed).toBe(false);
  });

  it('other commissions sit too: the foreign-labour commission records a sitting before its recommendation (002 R17 п.7 пп.1)', () => {
    const now = clock();
    const variant = foreignWorkerPermit.variants?.[0]?.id;
    let state = run(foreignWorkerPermit, [registration(foreignWorkerPermit, now(), variant ? { variant } : {})]);
    for (let i = 0; i < 40 && !(state.status === 'commission' && canConclude(state)); i++) {
      const action = nextAction(state, now());
      if (!action || action.type === 'commission.sitting') break;
      state = run(foreignWorkerPermit, [action], state);
    }
    expect(state.status).toBe('commission');
    expect(allowedActions(state, chair).find((a) => a.type === 'commission.conclude')?.allowed ?? false).toBe(false);
    const seated = run(foreignWorkerPermit, [sitting(foreignWorkerPermit, now(), { commissionId: 'foreign-labour-commission' })], state);
    expect(seated.context.sitting?.commissionId).toBe('foreign-labour-commission');
  });
});
