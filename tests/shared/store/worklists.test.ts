import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import {
  countWorklist,
  NO_DUE_DATE,
  readWorklist,
  searches,
  worklists,
  findApplicantByIin,
  findApplicantsByName,
  type CaseDatabase,
  type CaseRow,
} from '../../../shared/store';
import { advance, openTestDb, registerCase } from './fixtures';

const opened: CaseDatabase[] = [];
afterEach(async () => {
  const all = opened.splice(0);
  for (const d of all) d.close();
  for (const d of all) await d.delete();
});

const NAMES = ['Сейітқали Әлия Нұрланқызы', 'Сейтказиев Ержан', 'Сёмина Ольга Петровна', 'Ахметов Бауыржан', 'Ахметова Дана'];

/** Five applicants' cases of one service with a commission, moved on by 0…4 actions each. */
async function office() {
  const db = await openTestDb();
  opened.push(db);
  const service = currentVersionOf('targeted-social-assistance');
  const ids: string[] = [];
  let at = Date.parse('2026-03-02T04:00:00.000Z');
  for (const [i, fullName] of NAMES.entries()) {
    at += 600_000;
    const { caseId, result } = await registerCase(db, service, new Date(at).toISOString(), undefined, { applicant: { kind: 'citizen', iin: `85030240012${i}`, fullName } });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    ids.push(caseId);
    for (let s = 0; s < i; s++) expect((await advance(db, caseId, new Date(at + (s + 1) * 3_600_000).toISOString()))?.ok).toBe(true);
  }
  return { db, ids, rows: await db.cases.toArray() };
}

const sortedByDue = (rows: readonly CaseRow[]) => rows.map((r) => r.dueDate).every((d, i, all) => i === 0 || all[i - 1]! <= d);

describe('worklists', () => {
  it('each desk list holds exactly the cases waiting at it, nearest due date first, with counts and pages', async () => {
    const { db, rows } = await office();
    const expectations = { toRegister: 'intake', toAssign: 'assign', inReview: 'review', atCommission: 'commission', awaitingDecision: 'decision', readyToIssue: 'issue' } as const;
    let total = 0;
    for (const [name, worklist] of Object.entries(expectations) as [keyof typeof expectations, string][]) {
      const listed = await worklists[name](db);
      expect(listed.map((r) => r.id).sort(), name).toEqual(rows.filter((r) => r.worklist === worklist).map((r) => r.id).sort());
      expect(sortedByDue(listed)).toBe(true);
      expect(await countWorklist(db, name, [])).toBe(listed.length);
      total += listed.length;
    }
    expect(total).toBe(rows.filter((r) => r.worklist !== 'closed').length);
    const all = await readWorklist(db, 'overdue', ['2099-01-01']);
    expect(all.length).toBe(total);
    const page1 = await readWorklist(db, 'overdue', ['2099-01-01'], { limit: 2 });
    const page2 = await readWorklist(db, 'overdue', ['2099-01-01'], { limit: 2, offset: 2 });
    expect([...page1, ...page2].map((r) => r.id)).toEqual(all.slice(0, 4).map((r) => r.id));
  });

  it('mine, overdue and due soon follow the assignee and the due dates', async () => {
    const { db, rows } = await office();
    const assigned = rows.filter((r) => r.assigneeId !== undefined && r.worklist !== 'closed');
    expect(assigned.length).toBeGreaterThan(0);
    expect((await worklists.mine(db, assigned[0]!.assigneeId!)).map((r) => r.id).sort()).toEqual(assigned.filter((r) => r.assigneeId === assigned[0]!.assigneeId).map((r) => r.id).sort());
    expect(await worklists.mine(db, 'nobody')).toEqual([]);
    const open = rows.filter((r) => r.openDue !== undefined && r.openDue !== NO_DUE_DATE);
    const earliest = open.map((r) => r.openDue!).sort()[0]!;
    expect(await worklists.overdue(db, earliest as `${number}-${number}-${number}`)).toEqual([]);
    const soon = await worklists.dueSoon(db, earliest as `${number}-${number}-${number}`, 0);
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((r) => r.openDue === earliest)).toBe(true);
  });
});

describe('searches', () => {
  it('by number (exact, prefix, any case), IIN (full, prefix), folded name prefix, service and period', async () => {
    const { db, rows } = await office();
    const one = rows[2]!;
    expect((await searches.byNumber(db, one.number)).map((r) => r.id)).toEqual([one.id]);
    expect((await searches.byNumber(db, one.number.toLowerCase())).map((r) => r.id)).toEqual([one.id]);
    expect((await searches.byNumber(db, 'ALM-AU-2026-B0042')).length).toBe(rows.length);
    expect((await searches.byIin(db, one.applicantIin!)).map((r) => r.id)).toEqual([one.id]);
    expect((await searches.byIin(db, '8503')).length).toBe(rows.length);
    expect(await searches.byIin(db, 'абв')).toEqual([]);
    expect((await searches.byNamePrefix(db, 'сейіт')).map((r) => r.applicantName)).toEqual(['Сейітқали Әлия Нұрланқызы']);
    expect((await searches.byNamePrefix(db, 'СЕЙТ')).map((r) => r.applicantName)).toEqual(['Сейтказиев Ержан']);
    expect((await searches.byNamePrefix(db, 'семина  о')).map((r) => r.applicantName)).toEqual(['Сёмина Ольга Петровна']);
    expect((await searches.byNamePrefix(db, 'ахметов')).map((r) => r.applicantName)).toEqual(['Ахметов Бауыржан', 'Ахметова Дана']);
    expect(await searches.byNamePrefix(db, '   ')).toEqual([]);
    const period = await searches.byServiceAndPeriod(db, 'targeted-social-assistance', '2026-03-01', '2026-03-31');
    expect(period.length).toBe(rows.length);
    expect(await searches.byServiceAndPeriod(db, 'targeted-social-assistance', '2026-04-01', '2026-04-30')).toEqual([]);
    expect((await findApplicantByIin(db, one.applicantIin!))?.fullName).toBe(one.applicantName);
    expect((await findApplicantsByName(db, 'ахмет')).length).toBe(2);
  });
});

describe('live queries', () => {
  it('a worklist query re-runs when a perform commits (what useLiveQuery shows the desks)', async () => {
    const { db } = await office();
    const seen: number[] = [];
    const subscription = liveQuery(() => readWorklist(db, 'byStatus', ['review'])).subscribe({ next: (rows) => seen.push(rows.length) });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    const before = seen.at(-1)!;
    const { caseId } = await registerCase(db, currentVersionOf('targeted-social-assistance'), '2026-03-03T04:00:00.000Z');
    for (let s = 0; s < 6; s++) {
      const row = await db.cases.get(caseId);
      if (row?.status === 'review') break;
      await advance(db, caseId, new Date(Date.parse('2026-03-03T05:00:00.000Z') + s * 3_600_000).toISOString());
    }
    expect((await db.cases.get(caseId))?.status).toBe('review');
    await expect.poll(() => seen.at(-1)).toBe(before + 1);
    subscription.unsubscribe();
  });
});
