import { serviceVersions } from '../../shared/regulations/catalogue';
import type { Channel, ServiceVersion } from '../../shared/regulations/types';
import { apply, emptyCase, type CaseContext, type CaseEvent, type CaseState } from '../../shared/workflow';
import { requiredDocuments } from '../../shared/workflow/checks';
import { findStep } from '../../shared/workflow/serviceModel';
import { nextAction, registration, signatures } from '../shared/workflow/journal-builders';

/**
 * Template journals made by the real engine: every service version, every channel, towards a grant and towards a
 * refusal, each prefix of the walk (a case stopped at that action), withdrawals and intake refusals. Seeding stamps
 * them out with new ids, numbers, applicants and dates (officeSeed.ts), so 200,000 realistic journals cost a few
 * hundred engine walks instead of 200,000 replays.
 */
export const TEMPLATE_BASE_MS = Date.parse('2024-01-01T04:00:00.000Z'); // a Monday, 10:00 in Almaty (UTC+6 then)
const DAY_MS = 86_400_000;

export type Template = {
  readonly service: ServiceVersion;
  /** Events at times from TEMPLATE_BASE_MS: action k on day k. */
  readonly events: readonly CaseEvent[];
  readonly state: CaseState;
  readonly final: boolean;
  readonly kind: 'open' | 'closed' | 'withdrawn' | 'refusedAtIntake';
};

const at = (day: number, minute = 0) => new Date(TEMPLATE_BASE_MS + day * DAY_MS + minute * 60_000).toISOString();

type Walk = { readonly events: CaseEvent[]; readonly states: CaseState[] };

/** One walk to the end along the happy path (grant) or towards a motivated refusal; undefined if the channel cannot register. */
function walk(service: ServiceVersion, channel: Channel, grant: boolean, pausePairs = 0): Walk | undefined {
  let pairsLeft = pausePairs;
  let state = emptyCase(service);
  const first = apply(state, registration(service, at(0), { channel }));
  if (!first.ok) return undefined;
  const events: CaseEvent[] = [registration(service, at(0), { channel })];
  const states: CaseState[] = [first.state];
  state = first.state;
  for (let day = 1; day < 80 && state.snapshot.status === 'active'; day++) {
    const needsSignatures =
      state.context.conclusion && !state.context.outcome && state.context.signatures.length === 0 && service.commissions.some((c) => c.signedConclusionRequired);
    let next: CaseEvent[] = needsSignatures ? signatures(at(day)) : [];
    if (!needsSignatures) {
      const step = state.stepId ? findStep(service, state.stepId) : undefined;
      const action = nextAction(state, at(day), grant);
      // Long journals for the replay benchmark: pause and resume the clock where the act allows it.
      if (step?.pausesClock && action && pairsLeft > 0 && !state.context.paused) {
        pairsLeft -= 1;
        next = [
          { type: 'clock.pause', at: at(day), actor: action.actor, reason: 'agency', note: 'запрос в ГБД ФЛ' },
          { type: 'clock.resume', at: at(day, 30), actor: action.actor, note: 'ответ получен' },
        ];
      }
      if (next.length === 0 && action) next = [action];
    }
    if (next.length === 0) break;
    for (const event of next) {
      const result = apply(state, event);
      if (!result.ok) return next[0]?.type === 'clock.pause' ? undefined : { events, states };
      state = result.state;
      events.push(event);
      states.push(state);
    }
  }
  return { events, states };
}

export function buildTemplates(services: readonly ServiceVersion[] = serviceVersions): Template[] {
  const templates: Template[] = [];
  for (const service of services) {
    for (const channel of service.channels) {
      for (const grant of [true, false]) {
        const w = walk(service, channel, grant);
        if (!w) continue;
        w.states.forEach((state, i) => {
          const final = state.snapshot.status !== 'active';
          templates.push({ service, events: w.events.slice(0, i + 1), state, final, kind: final ? 'closed' : 'open' });
        });
        // Withdrawn after the first or second action.
        for (const stop of [1, 2]) {
          const state = w.states[stop - 1];
          if (!state || state.snapshot.status !== 'active') continue;
          const withdraw: CaseEvent = { type: 'case.withdraw', at: at(stop), actor: { userId: 'operator', role: 'operator', name: 'operator user' }, reason: 'заявление об отзыве' };
          const result = apply(state, withdraw);
          if (result.ok) templates.push({ service, events: [...w.events.slice(0, stop), withdraw], state: result.state, final: true, kind: 'withdrawn' });
        }
      }
      const reg = registration(service, at(0), { channel });
      const required = requiredDocuments(service, reg.variant);
      if (required.length > 0) {
        const refuse: CaseEvent = {
          type: 'intake.refuse',
          at: at(0),
          actor: reg.actor,
          number: reg.number,
          channel,
          applicant: reg.applicant,
          documents: [],
          missing: required.map((d) => d.id),
          ...(reg.variant === undefined ? {} : { variant: reg.variant }),
          ...(reg.category === undefined ? {} : { category: reg.category }),
        };
        const result = apply(emptyCase(service), refuse);
        if (result.ok) templates.push({ service, events: [refuse], state: result.state, final: true, kind: 'refusedAtIntake' });
      }
    }
  }
  return templates;
}

/** A journal of exactly `length` actions if the engine makes one (padded with clock pauses where the act allows). */
export function longJournal(length = 20): { readonly service: ServiceVersion; readonly events: readonly CaseEvent[] } {
  let best: { service: ServiceVersion; events: CaseEvent[] } | undefined;
  for (const service of serviceVersions) {
    for (const channel of service.channels) {
      for (const grant of [true, false]) {
        for (let pairs = 0; pairs <= 4; pairs++) {
          const w = walk(service, channel, grant, pairs);
          if (!w) break;
          if (w.events.length === length) return { service, events: w.events };
          if (w.events.length < length && (!best || w.events.length > best.events.length)) best = { service, events: w.events };
        }
      }
    }
  }
  if (!best) throw new Error('no journal');
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Stamping: the same journal for another case, applicant and date.
// ---------------------------------------------------------------------------------------------------------------

export type Stamp = {
  readonly number: string;
  readonly applicant: { readonly iin: string; readonly fullName: string };
  /** Whole weeks, so weekdays (and office hours) stay where the engine put them. */
  readonly shiftMs: number;
};

const shiftInstant = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();
const shiftDate = (date: string, ms: number) => new Date(Date.parse(`${date}T00:00:00.000Z`) + ms).toISOString().slice(0, 10);

export function stampEvent(event: CaseEvent, stamp: Stamp): CaseEvent {
  const shifted: CaseEvent = { ...event, at: shiftInstant(event.at, stamp.shiftMs) };
  switch (shifted.type) {
    case 'case.register':
    case 'intake.refuse':
      return { ...shifted, number: stamp.number, applicant: { ...shifted.applicant, iin: stamp.applicant.iin, fullName: stamp.applicant.fullName } };
    case 'commission.inspect':
      return { ...shifted, inspectedOn: shiftDate(shifted.inspectedOn, stamp.shiftMs) };
    case 'commission.sitting':
      return { ...shifted, heldAt: shiftInstant(shifted.heldAt, stamp.shiftMs) };
    default:
      return shifted;
  }
}

/**
 * The template's final state as the stamped journal would replay to: the same machine state, the context with the
 * stamped number, applicant and times. (The seeding test checks it against a real replay: rebuildProjections.)
 */
export function stampState(state: CaseState, stamp: Stamp): CaseState {
  const ms = stamp.shiftMs;
  const c = state.context;
  const i = (v: string) => shiftInstant(v, ms);
  const context: CaseContext = {
    ...c,
    number: stamp.number,
    ...(c.applicant ? { applicant: { ...c.applicant, iin: stamp.applicant.iin, fullName: stamp.applicant.fullName } } : {}),
    ...(c.registeredAt ? { registeredAt: i(c.registeredAt) } : {}),
    ...(c.lastAt ? { lastAt: i(c.lastAt) } : {}),
    completed: c.completed.map((x) => ({ ...x, at: i(x.at) })),
    signatures: c.signatures.map((x) => ({ ...x, at: i(x.at) })),
    pauses: c.pauses.map((x) => ({ ...x, from: i(x.from), to: i(x.to) })),
    ...(c.paused ? { paused: { ...c.paused, since: i(c.paused.since) } } : {}),
    ...(c.conclusion ? { conclusion: { ...c.conclusion, at: i(c.conclusion.at) } } : {}),
    ...(c.sitting ? { sitting: { ...c.sitting, heldAt: i(c.sitting.heldAt), at: i(c.sitting.at) } } : {}),
    ...(c.delivered ? { delivered: { ...c.delivered, at: i(c.delivered.at) } } : {}),
    ...(c.withdrawn ? { withdrawn: { ...c.withdrawn, at: i(c.withdrawn.at) } } : {}),
    ...(c.inspection ? { inspection: { ...c.inspection, inspectedOn: shiftDate(c.inspection.inspectedOn, ms) } } : {}),
  };
  return { ...state, context };
}
