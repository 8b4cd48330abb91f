import { describe, expect, it } from 'vitest';
import { countWorkingDays, kazakhstanCalendar } from '../../../shared/calendar';
import { reportCaseFromJournal, serviceStatistics, statisticsTables, type ReportCase } from '../../../shared/reports';
import { GENESIS_PREV_HASH, projectCase, projectionTables, putProjection, readServiceStatistics, replayJournal, signEntry, type JournalEntry } from '../../../shared/store';
import { openTestDb } from '../store/fixtures';
import { KNOWN_ANSWERS_PLANS as PLANS } from './knownAnswers';
import { buildJournal } from './reportJournals';

const APRIL = { from: '2026-04-01', to: '2026-04-30' } as const;
const OFFICE = 'ALM-AU';

const journals = PLANS.map(buildJournal);
const fromJournals: ReportCase[] = journals.map((j) => reportCaseFromJournal(kazakhstanCalendar, j.service, { caseId: j.caseId, officeId: OFFICE, events: j.events }));
const statsOf = (cases: readonly ReportCase[]) => serviceStatistics(kazakhstanCalendar, cases, APRIL);

describe('service statistics from a journal with known answers (April 2026)', () => {
  it('the period has no holiday: 22 working days', () => {
    expect(countWorkingDays(kazakhstanCalendar, '2026-04-01', '2026-04-30')).toBe(22);
  });

  it('the walks end where the plans say', () => {
    const status = Object.fromEntries(journals.map((j) => [j.name, j.state.status]));
    expect(status).toEqual({ P1: 'issued', P2: 'issued', P3: 'refused', P4: 'withdrawn', P5: 'review', P6: 'issued', P7: 'issued', I1: 'issued', H1: expect.not.stringMatching(/issued|refused|withdrawn/), H2: 'refusedAtIntake', P8: 'refused', P9: 'review', P10: 'review' });
  });

  it('every figure of the total', () => {
    const { total } = statsOf(fromJournals);
    expect(total.received).toBe(8);
    expect(total.byChannel).toEqual({ office: 6, con: 1, portal: 1 });
    expect(total.refusedAtIntake).toBe(1);
    expect(total.issuedOnTime).toBe(2);
    expect(total.issuedLate).toBe(1);
    expect(total.refusedOnMerits).toBe(2);
    expect(total.byGround).toEqual({ 'prosthetic-aid/not-eligible': 1, 'prosthetic-aid/documents-not-compliant': 1 });
    expect(total.withdrawn).toBe(1);
    expect(total.inProgress).toBe(3);
    expect(total.toIssue).toEqual({ n: 3, mean: 7, p90: 12 });
    // The registration steps are done by the registration itself: they are not timed steps (deadlines.ts), and these
    // services have no intake step after it — so no intake stage figure.
    expect(total.stages.intake).toBeUndefined();
    expect(total.stages.review).toEqual({ n: 3, mean: 3, p90: 5 });
    expect(total.stages.decision?.n).toBe(3);
    expect(total.stages.decision?.mean).toBeCloseTo(5 / 3, 10);
    expect(total.stages.decision?.p90).toBe(3);
    expect(total.stages.issue?.n).toBe(3);
    expect(total.stages.issue?.mean).toBeCloseTo(7 / 3, 10);
    expect(total.stages.issue?.p90).toBe(4);
    expect(total.stages.commission).toBeUndefined();
  });

  it('every figure per service', () => {
    const stats = statsOf(fromJournals);
    expect(stats.services.map((s) => s.serviceId)).toEqual(['home-schooling-support', 'private-invitation', 'prosthetic-aid']);
    const [home, invitation, prosthetic] = stats.services.map((s) => s.counts);
    expect(prosthetic).toMatchObject({
      received: 5,
      byChannel: { office: 5, con: 0, portal: 0 },
      refusedAtIntake: 0,
      issuedOnTime: 1,
      issuedLate: 1,
      refusedOnMerits: 2,
      byGround: { 'not-eligible': 1, 'documents-not-compliant': 1 },
      withdrawn: 1,
      inProgress: 2,
      toIssue: { n: 2, mean: 9.5, p90: 12 },
    });
    expect(prosthetic?.stages).toEqual({ review: { n: 2, mean: 4, p90: 5 }, decision: { n: 2, mean: 2.5, p90: 3 }, issue: { n: 2, mean: 3, p90: 4 } });
    expect(invitation).toMatchObject({ received: 1, byChannel: { office: 1, con: 0, portal: 0 }, issuedOnTime: 1, issuedLate: 0, refusedOnMerits: 0, withdrawn: 0, inProgress: 0, toIssue: { n: 1, mean: 2, p90: 2 } });
    expect(invitation?.stages).toEqual({ review: { n: 1, mean: 1, p90: 1 }, decision: { n: 1, mean: 0, p90: 0 }, issue: { n: 1, mean: 1, p90: 1 } });
    expect(home).toMatchObject({ received: 2, byChannel: { office: 0, con: 1, portal: 1 }, refusedAtIntake: 1, issuedOnTime: 0, issuedLate: 0, refusedOnMerits: 0, withdrawn: 0, inProgress: 1, toIssue: { n: 0 } });
  });

  it('received vs issued per ISO week, Monday first', () => {
    expect(statsOf(fromJournals).weeks).toEqual([
      { weekStart: '2026-03-30', received: 2, issued: 0 },
      { weekStart: '2026-04-06', received: 1, issued: 1 },
      { weekStart: '2026-04-13', received: 2, issued: 1 },
      { weekStart: '2026-04-20', received: 1, issued: 1 },
      { weekStart: '2026-04-27', received: 2, issued: 0 },
    ]);
  });

  it('the store (the report facts written with each projection) gives the same statistics as the journals', async () => {
    const db = await openTestDb();
    for (const j of journals) {
      const entries: JournalEntry[] = [];
      for (const [i, payload] of j.events.entries()) {
        entries.push(
          await signEntry({
            id: crypto.randomUUID(),
            caseId: j.caseId,
            seq: i + 1,
            type: payload.type,
            payload,
            actor: { ...payload.actor, officeId: OFFICE, deviceId: 'device-1' },
            deviceTime: new Date(Date.parse(payload.at)).toISOString(),
            regulation: { serviceId: j.service.id, version: j.service.version },
            prevHash: entries[i - 1]?.hash ?? GENESIS_PREV_HASH,
          }),
        );
      }
      const last = entries.at(-1)!;
      const row = projectCase(replayJournal(entries)!, { caseId: j.caseId, officeId: OFFICE, last: { seq: last.seq, hash: last.hash, deviceTime: last.deviceTime, at: last.payload.at } }, db.calendar);
      await db.actions.bulkAdd(entries);
      await db.transaction('rw', projectionTables(db), () => putProjection(db, row));
    }
    const fromStore = await readServiceStatistics(db, APRIL);
    expect(fromStore).toEqual(statsOf(fromJournals));
    // Another office's view is empty; this office's is the whole.
    expect((await readServiceStatistics(db, APRIL, { officeId: 'ALM-XX' })).total.received).toBe(0);
    expect(await readServiceStatistics(db, APRIL, { officeId: OFFICE })).toEqual(fromStore);
    db.close();
  });

  it('the tables carry the same figures with localized headers in both languages', () => {
    const stats = statsOf(fromJournals);
    const ru = statisticsTables(stats, 'ru');
    const kk = statisticsTables(stats, 'kk');
    expect(ru.map((t) => t.id)).toEqual(['services', 'stages', 'grounds', 'weeks']);
    expect(ru[0]?.columns[1]?.header).toBe('Поступило');
    expect(kk[0]?.columns[1]?.header).toBe('Түсті');
    const totalRow = ru[0]?.rows.at(-1);
    expect(totalRow).toEqual(['Итого', 8, 6, 1, 1, 1, 2, 1, 2, 1, 3, 7, 12]);
    expect(kk[0]?.rows.at(-1)?.slice(1)).toEqual(totalRow?.slice(1));
    expect(ru[2]?.rows).toHaveLength(2);
    expect(ru[3]?.rows[0]).toEqual(['30.03.2026', 2, 0]);
  });

  it('a period that ends before it starts is refused', () => {
    expect(() => serviceStatistics(kazakhstanCalendar, [], { from: '2026-05-01', to: '2026-04-01' })).toThrow(RangeError);
  });
});
