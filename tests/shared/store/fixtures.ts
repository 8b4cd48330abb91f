import { afterEach } from 'vitest';
import { createBlock } from '../../../shared/numbering';
import { currentVersionOf, serviceVersions } from '../../../shared/regulations/catalogue';
import type { Role, ServiceVersion } from '../../../shared/regulations/types';
import { CaseDatabase, saveNumberingBlock, type ActionInput, type CaseDatabaseOptions, type StoreActor } from '../../../shared/store';
import { loadCaseState } from '../../../shared/store/caseStateCache';
import { perform, type PerformResult } from '../../../shared/store/perform';
import type { CaseEvent } from '../../../shared/workflow';
import { nextAction, registration, signatures } from '../workflow/journal-builders';

export const OFFICE = 'ALM-AU';
export const DEVICE = 'device-1';

/** A clock that moves 15 minutes per call, from a Monday morning in Almaty. */
export function steppingClock(start = '2026-03-02T09:00:00+05:00') {
  let t = Date.parse(start);
  return () => {
    t += 15 * 60_000;
    return new Date(t);
  };
}

/** A fresh database (own name) with a numbering block for this device for 2026. */
export async function openTestDb(options: CaseDatabaseOptions = {}): Promise<CaseDatabase> {
  const db = new CaseDatabase({ name: `test-${crypto.randomUUID()}`, now: steppingClock(), ...options });
  await db.open();
  await saveNumberingBlock(db, createBlock({ office: OFFICE, year: 2026, block: 42 }), DEVICE, '2026-01-01T00:00:00.000Z');
  return db;
}

export const storeActor = (role: Role, userId: string = role, officeId = OFFICE): StoreActor => ({ userId, role, name: `${role} user`, officeId, deviceId: DEVICE });

/** An engine event (as the workflow tests build them) as a desk submits it: without actor; the store stamps it. */
export function toInput(event: CaseEvent, extra: Partial<Pick<ActionInput, 'id' | 'regulation'>> = {}, keepNumber = false): { input: ActionInput; actor: StoreActor } {
  const { actor, ...rest } = event;
  const withoutNumber = !keepNumber && 'number' in rest ? (({ number: _n, ...r }) => r)(rest) : rest;
  const input: ActionInput = { ...withoutNumber, ...extra };
  return { input, actor: { ...actor, officeId: OFFICE, deviceId: DEVICE } };
}

export function servicesWithCommission(): ServiceVersion[] {
  return serviceVersions.filter((s) => s.commissions.length > 0);
}

/**
 * `db()` opens a test database, `db.track(other)` adopts another connection; every one is closed, and its database
 * deleted, after each test of the file.
 */
export function useTestDatabases(): { (): Promise<CaseDatabase>; track(d: CaseDatabase): CaseDatabase } {
  const opened: CaseDatabase[] = [];
  afterEach(async () => {
    const all = opened.splice(0);
    for (const d of all) d.close();
    for (const d of all) await d.delete();
  });
  const track = (d: CaseDatabase) => {
    opened.push(d);
    return d;
  };
  return Object.assign(async () => track(await openTestDb()), { track });
}

/** Registers a new case of `service` (the store takes the number). */
export async function registerCase(
  db: CaseDatabase,
  service: ServiceVersion = currentVersionOf('unemployed-registration'),
  at = '2026-03-02T04:00:00.000Z',
  caseId: string = crypto.randomUUID(),
  overrides: Parameters<typeof registration>[2] = {},
) {
  const { input, actor } = toInput(registration(service, at, overrides), { regulation: { serviceId: service.id, version: service.version } });
  const result = await perform(db, caseId, input, actor);
  return { caseId, result };
}

/** The next action on the happy (or refusal) path, signed where the commission must sign; undefined at the end. */
export async function advance(db: CaseDatabase, caseId: string, at: string, grant = true): Promise<PerformResult | undefined> {
  const loaded = await loadCaseState(db, caseId);
  if (!loaded || loaded.state.snapshot.status !== 'active') return undefined;
  const { state } = loaded;
  const needsSignatures =
    state.context.conclusion && !state.context.outcome && state.context.signatures.length === 0 && state.service.commissions.some((c) => c.signedConclusionRequired);
  const events = needsSignatures ? signatures(at) : [nextAction(state, at, grant)];
  let last: PerformResult | undefined;
  for (const event of events) {
    if (!event) return undefined;
    const { input, actor } = toInput(event);
    last = await perform(db, caseId, input, actor);
    if (!last.ok) return last;
  }
  return last;
}
