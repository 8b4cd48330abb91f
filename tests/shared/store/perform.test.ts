import { describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import { CaseDatabase, GENESIS_PREV_HASH, hashEntry, verify, type JournalEntry } from '../../../shared/store';
import { journalOf, loadCaseState } from '../../../shared/store/caseStateCache';
import { perform } from '../../../shared/store/perform';
import { storeMessage } from '../../../shared/store/storeErrors';
import { actor, nextAction, registration } from '../workflow/journal-builders';
import { advance, OFFICE, useTestDatabases, registerCase, storeActor, toInput } from './fixtures';

const db = useTestDatabases();

async function counts(d: CaseDatabase) {
  return {
    actions: await d.actions.count(),
    cases: await d.cases.count(),
    outbox: await d.outbox.count(),
    applicants: await d.applicants.count(),
    next: (await d.numberingBlocks.toArray())[0]?.next,
  };
}

describe('perform', () => {
  it('appends the first action, projects the case, queues the outbox, takes the number and remembers the applicant — together', async () => {
    const d = await db();
    const { caseId, result } = await registerCase(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.duplicate).toBe(false);
    expect(result.entry).toMatchObject({ caseId, seq: 1, type: 'case.register', prevHash: GENESIS_PREV_HASH, actor: { officeId: OFFICE, role: 'operator' } });
    expect(result.entry.hash).toBe(await hashEntry(result.entry));
    expect(result.entry.payload).toMatchObject({ number: 'ALM-AU-2026-B0042-00001' });
    const row = await d.cases.get(caseId);
    expect(row).toMatchObject({ number: 'ALM-AU-2026-B0042-00001', serviceId: 'unemployed-registration', officeId: OFFICE, actionCount: 1, lastHash: result.entry.hash });
    expect(row?.status).not.toBe('new');
    expect(row?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await counts(d)).toEqual({ actions: 1, cases: 1, outbox: 1, applicants: 1, next: 2 });
    expect((await d.outbox.toArray())[0]).toMatchObject({ actionId: result.entry.id, caseId });
  });

  it('walks a case to the end; every entry links to the one before', async () => {
    const d = await db();
    const { caseId } = await registerCase(d);
    let at = Date.parse('2026-03-02T05:00:00.000Z');
    for (let guard = 0; guard < 40; guard++) {
      at += 3_600_000;
      const step = await advance(d, caseId, new Date(at).toISOString());
      if (!step) break;
      expect(step.ok, JSON.stringify(step)).toBe(true);
    }
    const row = await d.cases.get(caseId);
    expect(row?.status).toBe('issued');
    expect(row?.worklist).toBe('closed');
    expect(row?.openDue).toBeUndefined();
    const journal = await journalOf(d, caseId);
    journal.forEach((entry, i) => {
      expect(entry.seq).toBe(i + 1);
      expect(entry.prevHash).toBe(i === 0 ? GENESIS_PREV_HASH : journal[i - 1]!.hash);
    });
    expect(row?.actionCount).toBe(journal.length);
    expect(await d.outbox.count()).toBe(journal.length);
    expect((await verify(d)).ok).toBe(true);
  });

  it('a refused action returns the engine’s reason in both languages and writes nothing', async () => {
    const d = await db();
    const { caseId } = await registerCase(d);
    const before = await counts(d);
    const refused = await perform(d, caseId, { type: 'decision.grant', stepId: 'nope' }, storeActor('head'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.code).toBe('refused');
    expect(refused.reason.ru.length).toBeGreaterThan(5);
    expect(refused.reason.kk.length).toBeGreaterThan(5);
    expect(await counts(d)).toEqual(before);
  });

  it('a refused registration neither writes the case nor uses up a number', async () => {
    const d = await db();
    const service = currentVersionOf('unemployed-registration');
    const { input, actor: by } = toInput({ ...registration(service, '2026-03-02T04:00:00.000Z'), documents: [] }, { regulation: { serviceId: service.id } });
    const before = await counts(d);
    const refused = await perform(d, crypto.randomUUID(), input, by);
    expect(refused).toMatchObject({ ok: false, code: 'refused' });
    expect(await counts(d)).toEqual(before);
  });

  it('the wrong role is refused by the machine with its reason', async () => {
    const d = await db();
    const service = currentVersionOf('unemployed-registration');
    const { input } = toInput(registration(service, '2026-03-02T04:00:00.000Z'), { regulation: { serviceId: service.id } });
    const refused = await perform(d, crypto.randomUUID(), input, storeActor('commission_member'));
    expect(refused).toMatchObject({ ok: false, code: 'refused' });
    expect(await d.actions.count()).toBe(0);
  });

  it('is idempotent by action id', async () => {
    const d = await db();
    const service = currentVersionOf('unemployed-registration');
    const caseId = crypto.randomUUID();
    const id = crypto.randomUUID();
    const { input, actor: by } = toInput(registration(service, '2026-03-02T04:00:00.000Z'), { id, regulation: { serviceId: service.id } });
    const first = await perform(d, caseId, input, by);
    const again = await perform(d, caseId, input, by);
    const third = await Promise.all([perform(d, caseId, input, by), perform(d, caseId, input, by)]);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    for (const r of third) expect(r).toMatchObject({ ok: true, duplicate: true });
    if (first.ok && again.ok) expect(again.entry).toEqual(first.entry);
    expect(await counts(d)).toMatchObject({ actions: 1, cases: 1, outbox: 1, next: 2 });
    // The same id for another case is refused, not silently taken as done.
    const other = await perform(d, crypto.randomUUID(), input, by);
    expect(other).toMatchObject({ ok: false, code: 'invalid', reason: storeMessage('idReused') });
  });

  it('refuses an actor of another office, an unknown case and an unknown service', async () => {
    const d = await db();
    const { caseId } = await registerCase(d);
    const state = (await loadCaseState(d, caseId))!.state;
    const { input } = toInput(nextAction(state, '2026-03-02T06:00:00.000Z')!);
    const otherOffice = await perform(d, caseId, input, { ...storeActor(state.context.completed.length ? 'specialist' : 'operator'), officeId: 'AST-01' });
    expect(otherOffice).toMatchObject({ ok: false, code: 'invalid', reason: storeMessage('otherOffice', { office: OFFICE }) });
    const unknownCase = await perform(d, crypto.randomUUID(), input, storeActor('specialist'));
    expect(unknownCase).toMatchObject({ ok: false, code: 'invalid', reason: storeMessage('caseNotFound') });
    const service = currentVersionOf('unemployed-registration');
    const { input: reg, actor: by } = toInput(registration(service, '2026-03-02T04:00:00.000Z'), { regulation: { serviceId: 'no-such-service' } });
    expect(await perform(d, crypto.randomUUID(), reg, by)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('without a numbering block a registration is refused with the numbering message', async () => {
    const d = await db();
    await d.numberingBlocks.clear();
    const { result } = await registerCase(d);
    expect(result).toMatchObject({ ok: false, code: 'numbering', reason: storeMessage('numberingMissing', { year: 2026 }) });
    expect(await d.actions.count()).toBe(0);
  });

  it('an aborted transaction leaves nothing half-written (and says so in both languages)', async () => {
    const d = await db();
    const service = currentVersionOf('unemployed-registration');
    const id = crypto.randomUUID();
    // A stray outbox row with the same action id makes the LAST write of the transaction fail (unique index).
    await d.outbox.add({ actionId: id, caseId: 'x', queuedAt: '2026-01-01T00:00:00.000Z' });
    const before = await counts(d);
    const { input, actor: by } = toInput(registration(service, '2026-03-02T04:00:00.000Z'), { id, regulation: { serviceId: service.id } });
    const failed = await perform(d, crypto.randomUUID(), input, by);
    expect(failed).toMatchObject({ ok: false, code: 'storage', reason: storeMessage('constraint') });
    expect(await counts(d)).toEqual(before);
    expect(await d.actions.get(id)).toBeUndefined();
  });

  it('a window whose cached view is stale re-reads before it refuses or numbers', async () => {
    const d = await db();
    const other = new CaseDatabase({ name: d.name });
    await other.open();
    db.track(other);
    const { caseId } = await registerCase(d);
    // The other window moves the case on; this window still caches it at its first action.
    expect((await advance(other, caseId, '2026-03-02T06:00:00.000Z'))?.ok).toBe(true);
    const fresh = (await loadCaseState(other, caseId))!.state;
    const { input, actor: by } = toInput(nextAction(fresh, '2026-03-02T07:00:00.000Z')!);
    expect(await perform(d, caseId, input, by)).toMatchObject({ ok: true });
    expect((await verify(d)).ok).toBe(true);
    // Registrations from both windows, alternately: every number once, in order.
    const numbers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { result } = await registerCase(i % 2 === 0 ? d : other);
      if (result.ok) numbers.push((result.entry.payload as { number: string }).number);
    }
    expect(numbers).toEqual(Array.from({ length: 6 }, (_v, i) => `ALM-AU-2026-B0042-${String(i + 2).padStart(5, '0')}`));
  });

  it('concurrent performs on one case from two connections keep the chain linear', async () => {
    const d = await db();
    const service = currentVersionOf('targeted-social-assistance');
    const { caseId, result } = await registerCase(d, service);
    expect(result.ok).toBe(true);
    // Move to the point where both the chair and a member must sign the conclusion.
    let at = Date.parse('2026-03-02T05:00:00.000Z');
    for (let guard = 0; guard < 40; guard++) {
      const state = (await loadCaseState(d, caseId))!.state;
      if (state.context.conclusion && !state.context.outcome) break;
      at += 3_600_000;
      const step = await advance(d, caseId, new Date(at).toISOString());
      expect(step?.ok, JSON.stringify(step)).toBe(true);
    }
    const second = new CaseDatabase({ name: d.name });
    await second.open();
    db.track(second);
    const signAt = new Date(at + 3_600_000).toISOString();
    const chair = { type: 'commission.sign' as const, at: signAt };
    const [a, b, c] = await Promise.all([
      perform(d, caseId, chair, storeActor('commission_chair', 'chair-1')),
      perform(second, caseId, chair, storeActor('commission_member', 'member-1')),
      perform(second, caseId, chair, storeActor('commission_member', 'member-2')),
    ]);
    for (const r of [a, b, c]) expect(r.ok, JSON.stringify(r)).toBe(true);
    const journal: JournalEntry[] = await journalOf(d, caseId);
    const signs = journal.filter((e) => e.type === 'commission.sign');
    expect(signs).toHaveLength(3);
    expect(new Set(journal.map((e) => e.seq)).size).toBe(journal.length);
    expect((await verify(d)).ok).toBe(true);
    expect((await d.cases.get(caseId))?.actionCount).toBe(journal.length);
    // Each connection's cached state followed the other's writes: the next action still validates.
    const next = await advance(second, caseId, new Date(at + 7_200_000).toISOString());
    expect(next?.ok, JSON.stringify(next)).toBe(true);
    expect(actor('head').role).toBe('head');
  });
});
