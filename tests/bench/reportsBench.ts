import { addCalendarDays, localDateOf } from '../../shared/calendar';
import { statisticsOfFacts, statisticsTables } from '../../shared/reports';
import { readStatisticsFacts, type CaseDatabase } from '../../shared/store';

/**
 * "Reports open in under 2 s over 200,000 cases" (issue 7): the statistics page's work for a year — the store's read
 * (one index range of the cases' report facts, schema v5) and the computation, then the tables the page shows — timed
 * end to end. Not a timed test; `npm run bench` prints it as reports_open_ms.
 */
export type ReportsOpen = {
  readonly samples: readonly number[];
  /** Of each sample: reading the cases (and the refusals' grounds) vs computing. */
  readonly readMs: readonly number[];
  readonly computeMs: readonly number[];
  /** For comparison: the same cases' whole projections read by the same kind of index range (what v4 reports read). */
  readonly rowsMs: readonly number[];
  readonly cases: number;
  readonly received: number;
  readonly issued: number;
};

export async function measureReportsOpen(db: CaseDatabase, now: Date, samples: number): Promise<ReportsOpen> {
  const to = localDateOf(now.toISOString());
  const period = { from: addCalendarDays(to, -364), to };
  const times: number[] = [];
  const readMs: number[] = [];
  const computeMs: number[] = [];
  const rowsMs: number[] = [];
  let last: ReturnType<typeof statisticsOfFacts> | undefined;
  for (let i = 0; i < samples + 1; i++) {
    const t0 = performance.now();
    const facts = await readStatisticsFacts(db, period);
    const t1 = performance.now();
    last = statisticsOfFacts(facts, period);
    statisticsTables(last, 'ru');
    const t2 = performance.now();
    // The first run warms the engine's caches.
    const t3 = performance.now();
    await Promise.all([db.cases.where('updatedAt').aboveOrEqual(`${addCalendarDays(period.from, -1)}T00:00:00.000Z`).toArray(), db.cases.where('openDue').above('').toArray()]);
    const t4 = performance.now();
    if (i > 0) {
      rowsMs.push(t4 - t3);
      times.push(t2 - t0);
      readMs.push(t1 - t0);
      computeMs.push(t2 - t1);
    }
  }
  const total = last?.total;
  return {
    samples: times,
    readMs,
    computeMs,
    rowsMs,
    cases: (total?.received ?? 0) + (total?.inProgress ?? 0),
    received: total?.received ?? 0,
    issued: (total?.issuedOnTime ?? 0) + (total?.issuedLate ?? 0),
  };
}
