import { describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import { readRegister } from '../../../shared/store/correspondence';
import { advance, openTestDb, registerCase } from './fixtures';

/** Walk a case to its end along the happy (grant) or refusal path. */
async function runToEnd(db: Awaited<ReturnType<typeof openTestDb>>, caseId: string, grant: boolean) {
  for (let i = 0; i < 60; i++) {
    const step = await advance(db, caseId, '2026-03-02T06:00:00.000Z', grant);
    if (!step) return;
    if (!step.ok) throw new Error(step.reason.ru);
  }
}

describe('registers of correspondence read from the journal', () => {
  it('incoming lists registrations; outgoing lists results and refusal letters with their numbers; passes only passes', async () => {
    const db = await openTestDb();
    const unemployed = currentVersionOf('unemployed-registration');
    const pass = currentVersionOf('border-zone-pass');
    const a = await registerCase(db, unemployed);
    const b = await registerCase(db, unemployed);
    const c = await registerCase(db, pass);
    expect(a.result.ok && b.result.ok && c.result.ok).toBe(true);
    await runToEnd(db, a.caseId, true);
    await runToEnd(db, b.caseId, false);
    await runToEnd(db, c.caseId, true);

    const incoming = await readRegister(db, 'incoming', '2026-01-01', '2026-12-31');
    expect(incoming.map((r) => r.caseId).sort()).toEqual([a.caseId, b.caseId, c.caseId].sort());
    expect(incoming.every((r) => r.what === 'registered' && r.caseNumber.startsWith('ALM-AU-2026-B0042-'))).toBe(true);

    const outgoing = await readRegister(db, 'outgoing', '2026-01-01', '2026-12-31');
    expect(outgoing).toHaveLength(3);
    expect(outgoing.find((r) => r.caseId === b.caseId)?.what).toBe('refusal_letter');
    expect(outgoing.find((r) => r.caseId === a.caseId)?.what).toBe('result');
    expect(outgoing.every((r) => (r.outgoingNumber ?? '').length > 0)).toBe(true);

    const passes = await readRegister(db, 'passes', '2026-01-01', '2026-12-31');
    expect(passes.map((r) => r.caseId)).toEqual([c.caseId]);

    // A period that ends before the cases were registered holds nothing.
    expect(await readRegister(db, 'incoming', '2026-01-01', '2026-01-31')).toEqual([]);
    db.close();
  });
});
