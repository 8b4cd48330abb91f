import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceVersions } from '../../../shared/regulations/catalogue';
import { CaseDatabase, rebuildProjections, verify, type CaseRow } from '../../../shared/store';
import { journalOf, loadCaseState } from '../../../shared/store/caseStateCache';
import { perform } from '../../../shared/store/perform';
import { nextAction, signatures } from '../workflow/journal-builders';
import { openTestDb, registerCase, toInput } from './fixtures';

type Op = { readonly caseIndex: number; readonly kind: 'next' | 'refuse-path' | 'withdraw' | 'repeat' | 'bogus'; readonly connection: 0 | 1 };

const op: fc.Arbitrary<Op> = fc.record({
  caseIndex: fc.nat({ max: 3 }),
  kind: fc.constantFrom('next', 'next', 'next', 'refuse-path', 'withdraw', 'repeat', 'bogus'),
  connection: fc.constantFrom(0 as const, 1 as const),
});

/** Runs one op: whatever the interleaving, perform either appends a valid linked entry or writes nothing. */
async function run(dbs: readonly CaseDatabase[], caseIds: readonly string[], o: Op, at: string, lastIds: Map<string, string>) {
  const db = dbs[o.connection]!;
  const caseId = caseIds[o.caseIndex % caseIds.length]!;
  if (o.kind === 'repeat') {
    const id = lastIds.get(caseId);
    if (!id) return;
    const entry = await db.actions.get(id);
    if (!entry) return;
    const { input, actor } = toInput(entry.payload, { id }, true);
    const again = await perform(db, caseId, input, actor);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    return;
  }
  if (o.kind === 'bogus') {
    const refused = await perform(db, caseId, { type: 'issue.deliver', stepId: 'no-such-step', to: 'applicant', outgoingNumber: '1', at }, { userId: 'x', role: 'operator', officeId: 'ALM-AU', deviceId: 'device-1' });
    expect(refused.ok).toBe(false);
    return;
  }
  const loaded = await loadCaseState(db, caseId);
  if (!loaded || loaded.state.snapshot.status !== 'active') return;
  const { state } = loaded;
  const events =
    o.kind === 'withdraw'
      ? [{ type: 'case.withdraw' as const, at, actor: { userId: 'operator', role: 'operator' as const }, reason: 'заявление об отзыве' }]
      : state.context.conclusion && !state.context.outcome && state.context.signatures.length === 0 && state.service.commissions.some((c) => c.signedConclusionRequired)
        ? signatures(at)
        : [nextAction(state, at, o.kind === 'next')];
  for (const event of events) {
    if (!event) return;
    const { input, actor } = toInput(event);
    const result = await perform(db, caseId, input, actor);
    // Another connection may have moved the case first: then the engine refuses, and nothing is written.
    if (result.ok) lastIds.set(caseId, result.entry.id);
    else expect(['refused', 'conflict']).toContain(result.code);
  }
}

describe('random interleavings of performs across cases and connections', () => {
  it('keep every chain linear and valid, and the projection equal to a rebuild', async () => {
    const withCommission = serviceVersions.filter((s) => s.commissions.length > 0);
    const services = [...withCommission.slice(0, 2), ...serviceVersions.filter((s) => s.commissions.length === 0).slice(0, 2)];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), async (rounds) => {
        const db = await openTestDb();
        const second = new CaseDatabase({ name: db.name });
        await second.open();
        try {
          const caseIds: string[] = [];
          for (const [i, service] of services.entries()) {
            const { caseId, result } = await registerCase(db, service, new Date(Date.parse('2026-03-02T04:00:00.000Z') + i * 60_000).toISOString());
            expect(result.ok).toBe(true);
            caseIds.push(caseId);
          }
          const lastIds = new Map<string, string>();
          let t = Date.parse('2026-03-02T06:00:00.000Z');
          for (const round of rounds) {
            t += 3_600_000;
            // The ops of a round run at the same time, on two connections.
            await Promise.all(round.map((o) => run([db, second], caseIds, o, new Date(t).toISOString(), lastIds)));
          }
          const report = await verify(db);
          expect(report.problems).toEqual([]);
          for (const caseId of caseIds) {
            const journal = await journalOf(db, caseId);
            expect(journal.map((e) => e.seq)).toEqual(journal.map((_e, i) => i + 1));
          }
          expect(await db.outbox.count()).toBe(await db.actions.count());
          const incremental = new Map((await db.cases.toArray()).map((r): [string, CaseRow] => [r.id, r]));
          await rebuildProjections(db);
          expect(new Map((await db.cases.toArray()).map((r): [string, CaseRow] => [r.id, r]))).toEqual(incremental);
        } finally {
          second.close();
          db.close();
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  });
});
