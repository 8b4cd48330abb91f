import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import type { CaseDatabase} from '../../../shared/store';
import { loadCaseState, perform, type StoreActor } from '../../../shared/store';
import { allowedActions } from '../../../shared/workflow/allowedActions';
import { HANDOVER_ROLES } from '../../../shared/workflow/checks';
import { apply, replay, type CaseState } from '../../../shared/workflow/replay';
import { openTestDb } from '../store/fixtures';
import { actor, clock, nextAction, registration } from './journal-builders';

/** Ownership (issue #6): handing a case over is an action of the owning office, valid in every non-final stage. */
const SERVICE = currentVersionOf('unemployed-registration');

function registered(): { state: CaseState; now: () => string } {
  const now = clock();
  return { state: replay(SERVICE, [registration(SERVICE, now())]), now };
}

describe('case.handover and conflict.resolve in the machine', () => {
  it('is offered and valid in every non-final stage, for the roles of the interpretation only', () => {
    const start = registered();
    const now = start.now;
    let state = start.state;
    let stages = 0;
    while (state.snapshot.status === 'active') {
      const offered = allowedActions(state, actor('con_worker')).find((a) => a.type === 'case.handover');
      expect(offered?.allowed, state.status).toBe(true);
      const handed = apply(state, { type: 'case.handover', at: now(), actor: actor('head'), toOffice: 'ALM-AU', reason: 'по подведомственности' });
      expect(handed.ok, state.status).toBe(true);
      if (handed.ok) {
        expect(handed.state.context.owner).toBe('ALM-AU');
        // The stage and step do not move.
        expect(handed.state.status).toBe(state.status);
        expect(handed.state.stepId).toBe(state.stepId);
      }
      const refused = apply(state, { type: 'case.handover', at: now(), actor: actor('commission_member'), toOffice: 'ALM-AU', reason: 'x' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.reason.ru).toMatch(/Ваша роль/);
      const event = nextAction(state, now());
      if (!event) break;
      const next = apply(state, event);
      if (!next.ok) throw new Error(next.reason.ru);
      state = next.state;
      stages++;
    }
    expect(stages).toBeGreaterThan(2);
    expect(state.snapshot.status).toBe('done');
    expect(apply(state, { type: 'case.handover', at: now(), actor: actor('head'), toOffice: 'ALM-AU', reason: 'x' }).ok).toBe(false);
    expect(allowedActions(state, actor('head'))).toEqual([]);
    expect(HANDOVER_ROLES).toEqual(expect.arrayContaining(['con_worker', 'operator', 'head']));
  });

  it('refuses a handover to the office that already owns the case, and before registration', () => {
    const { state, now } = registered();
    const once = apply(state, { type: 'case.handover', at: now(), actor: actor('con_worker'), toOffice: 'ALM-AU', reason: 'x' });
    if (!once.ok) throw new Error(once.reason.ru);
    const twice = apply(once.state, { type: 'case.handover', at: now(), actor: actor('head'), toOffice: 'ALM-AU', reason: 'x' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.reason.ru).toMatch(/ALM-AU/);
    const empty = replay(SERVICE, []);
    expect(apply(empty, { type: 'case.handover', at: now(), actor: actor('head'), toOffice: 'ALM-AU', reason: 'x' }).ok).toBe(false);
  });

  it('records a conflict resolution once per conflict, in any non-final stage', () => {
    const { state, now } = registered();
    const resolve = { type: 'conflict.resolve' as const, at: now(), actor: actor('specialist'), conflictId: 'c-1', lostActionIds: [crypto.randomUUID()], decision: 'discard' as const };
    const once = apply(state, resolve);
    if (!once.ok) throw new Error(once.reason.ru);
    expect(once.state.context.resolvedConflicts).toEqual([{ conflictId: 'c-1', decision: 'discard', at: resolve.at }]);
    expect(once.state.status).toBe(state.status);
    const again = apply(once.state, resolve);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.reason.ru).toMatch(/уже разрешён/);
  });
});

describe('ownership in the store', () => {
  const dbs: CaseDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  const at = (office: string, role: StoreActor['role']): StoreActor => ({ userId: role, role, name: role, officeId: office, deviceId: 'device-1' });

  it('after a handover only the receiving office writes; the projection names the owner', async () => {
    const db = await openTestDb();
    dbs.push(db);
    const caseId = crypto.randomUUID();
    const { actor: _a, number: _n, at: _at, ...event } = registration(SERVICE, '2026-03-02T04:00:00.000Z');
    expect((await perform(db, caseId, { ...event, regulation: { serviceId: SERVICE.id } }, at('ALM-AU', 'operator'))).ok).toBe(true);
    expect((await db.cases.get(caseId))?.ownerOfficeId).toBe('ALM-AU');
    // Another office cannot write, nor hand it over.
    const stranger = await perform(db, caseId, { type: 'case.handover', toOffice: 'ALM-BO', reason: 'x' }, at('ALM-BO', 'head'));
    expect(stranger).toMatchObject({ ok: false, code: 'invalid' });
    const handed = await perform(db, caseId, { type: 'case.handover', toOffice: 'ALM-BO', reason: 'Передача по месту жительства' }, at('ALM-AU', 'operator'));
    expect(handed.ok).toBe(true);
    const row = await db.cases.get(caseId);
    expect(row).toMatchObject({ officeId: 'ALM-AU', ownerOfficeId: 'ALM-BO' });
    const loaded = await loadCaseState(db, caseId);
    const next = loaded && nextAction(loaded.state, '2026-03-02T05:00:00.000Z');
    if (!next) throw new Error('no next action');
    const { actor: who, at: _t, ...rest } = next;
    const old = await perform(db, caseId, rest, at('ALM-AU', who.role));
    expect(old).toMatchObject({ ok: false, code: 'invalid' });
    if (!old.ok) expect(old.reason.ru).toMatch(/ALM-BO/);
    const now = await perform(db, caseId, rest, { ...at('ALM-BO', who.role), userId: who.userId });
    expect(now.ok, JSON.stringify(now)).toBe(true);
  });
});
