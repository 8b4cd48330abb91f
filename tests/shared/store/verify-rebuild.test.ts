import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf, serviceVersions } from '../../../shared/regulations/catalogue';
import { hashEntry, rebuildProjections, verify, type CaseDatabase, type CaseRow, type JournalEntry } from '../../../shared/store';
import { journalOf } from '../../../shared/store/caseStateCache';
import { storeMessage } from '../../../shared/store/storeErrors';
import { advance, openTestDb, registerCase } from './fixtures';

const opened: CaseDatabase[] = [];
afterEach(async () => {
  const all = opened.splice(0);
  for (const d of all) d.close();
  for (const d of all) await d.delete();
});

/** An office with a case of every service version, each moved on by a different number of actions. */
async function office(): Promise<{ db: CaseDatabase; caseIds: string[] }> {
  const db = await openTestDb();
  opened.push(db);
  const caseIds: string[] = [];
  let at = Date.parse('2026-03-02T04:00:00.000Z');
  for (const [index, service] of serviceVersions.entries()) {
    at += 600_000;
    const { caseId, result } = await registerCase(db, service, new Date(at).toISOString());
    expect(result.ok, `${service.id}@${service.version} ${JSON.stringify(result)}`).toBe(true);
    caseIds.push(caseId);
    for (let step = 0; step < index % 9; step++) {
      at += 3_600_000;
      const next = await advance(db, caseId, new Date(at).toISOString(), index % 2 === 0);
      if (!next) break;
      expect(next.ok, JSON.stringify(next)).toBe(true);
    }
  }
  return { db, caseIds };
}

const byId = (rows: CaseRow[]) => new Map(rows.map((r) => [r.id, r]));

describe('verify', () => {
  it('reports a clean journal as ok', async () => {
    const { db, caseIds } = await office();
    const report = await verify(db, { batchSize: 7 });
    expect(report).toMatchObject({ ok: true, cases: caseIds.length, problems: [] });
    expect(report.actions).toBe(await db.actions.count());
  });

  it('a stored action edited afterwards → "tampered" at that action', async () => {
    const { db, caseIds } = await office();
    const caseId = caseIds[3]!;
    const journal = await journalOf(db, caseId);
    const victim = journal[0]!;
    await db.actions.update(victim.id, { 'payload.applicant.fullName': 'Подменённое Имя' } as never);
    const report = await verify(db, { batchSize: 5 });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ caseId, seq: 1, kind: 'tampered', actionId: victim.id })]);
    expect(report.problems[0]!.message).toEqual(storeMessage('chainTampered', { case: caseId, seq: 1 }));
  });

  it('an edited action whose hash was recomputed breaks the link to it → "broken-link" at the next action', async () => {
    const { db, caseIds } = await office();
    const caseId = caseIds.find((_id, i) => i % 9 >= 2)!;
    const journal = await journalOf(db, caseId);
    const victim: JournalEntry = { ...journal[0]!, deviceTime: '2020-01-01T00:00:00.000Z' };
    await db.actions.put({ ...victim, hash: await hashEntry(victim) });
    const report = await verify(db);
    expect(report.problems).toEqual([expect.objectContaining({ caseId, seq: 2, kind: 'broken-link' })]);
  });

  it('a deleted middle action → "missing" link at its place; a deleted last action → "missing" against the projection', async () => {
    const { db, caseIds } = await office();
    const long = caseIds.filter((_id, i) => i % 9 >= 3);
    const middleCase = long[0]!;
    const tailCase = long[1]!;
    const middle = (await journalOf(db, middleCase))[1]!;
    const tail = (await journalOf(db, tailCase)).at(-1)!;
    await db.actions.bulkDelete([middle.id, tail.id]);
    const report = await verify(db);
    expect(report.ok).toBe(false);
    const problems = byProblem(report.problems);
    expect(problems.get(middleCase)).toMatchObject({ kind: 'missing', seq: 2 });
    expect(problems.get(tailCase)).toMatchObject({ kind: 'missing', seq: tail.seq });
    expect(report.problems).toHaveLength(2);
  });

  it('a case row without a journal → "no-journal"', async () => {
    const { db, caseIds } = await office();
    const row = (await db.cases.get(caseIds[0]!))!;
    await db.cases.put({ ...row, id: 'ghost', number: 'ALM-AU-2026-B0042-99999' });
    const report = await verify(db);
    expect(report.problems).toEqual([expect.objectContaining({ caseId: 'ghost', kind: 'no-journal' })]);
  });
});

function byProblem<T extends { caseId: string }>(problems: readonly T[]): Map<string, T> {
  return new Map(problems.map((p) => [p.caseId, p]));
}

describe('rebuildProjections', () => {
  it('gives exactly the rows perform wrote one action at a time, and drops rows without a journal', async () => {
    const { db } = await office();
    const incremental = byId(await db.cases.toArray());
    const any = [...incremental.values()][0]!;
    // Damage the projection: change rows, delete some, add a ghost.
    await db.cases.bulkPut([...incremental.values()].slice(0, 5).map((r) => ({ ...r, status: 'withdrawn' as const, dueDate: '2000-01-01' })));
    await db.cases.bulkDelete([...incremental.keys()].slice(5, 9));
    await db.cases.put({ ...any, id: 'ghost', number: 'GHOST' });
    const report = await rebuildProjections(db, { batchSize: 7 });
    expect(report).toMatchObject({ cases: incremental.size, removed: 1, failures: [] });
    expect(byId(await db.cases.toArray())).toEqual(incremental);
  });

  it('a journal the engine refuses is reported, not projected', async () => {
    const { db, caseIds } = await office();
    const caseId = caseIds[2]!;
    const journal = await journalOf(db, caseId);
    // A second registration is not a valid action once the case is registered.
    const forged = { ...journal[0]!, id: crypto.randomUUID(), seq: journal.length + 1, prevHash: journal.at(-1)!.hash };
    await db.actions.add({ ...forged, hash: await hashEntry(forged) });
    const report = await rebuildProjections(db);
    expect(report.failures.map((f) => f.caseId)).toEqual([caseId]);
    expect(report.failures[0]!.reason.ru.length).toBeGreaterThan(0);
  });

  it('agrees with the projection of a single service started under an older regulation version', async () => {
    const db = await openTestDb();
    opened.push(db);
    const old = serviceVersions.find((s) => s.id === 'border-zone-pass' && s !== currentVersionOf('border-zone-pass'))!;
    const { caseId } = await registerCase(db, old);
    expect((await db.cases.get(caseId))?.version).toBe(old.version);
    const before = await db.cases.get(caseId);
    await rebuildProjections(db);
    expect(await db.cases.get(caseId)).toEqual(before);
  });
});
