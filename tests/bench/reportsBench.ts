import { addCalendarDays, localDateOf } from '../../shared/calendar';
import { statisticsTables } from '../../shared/reports';
import { readServiceStatistics, type CaseDatabase } from '../../shared/store';

/**
 * "Reports open in under 2 s over 200,000 cases" (issue 7): the statistics page's work for a year — the store's reads
 * (two index ranges of projections + the refusals' journals) and the computation, then the tables the page shows —
 * timed end to end. Not a timed test; `npm run bench` prints it as reports_open_ms.
 */
export type ReportsOpen = { readonly samples: readonly number[]; readonly cases: number; readonly received: number; readonly issued: number };

export async function measureReportsOpen(db: CaseDatabase, now: Date, samples: number): Promise<ReportsOpen> {
  const to = localDateOf(now.toISOString());
  const period = { from: addCalendarDays(to, -364), to };
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof readServiceStatistics>> | undefined;
  for (let i = 0; i < samples + 1; i++) {
    const t0 = performance.now();
    last = await readServiceStatistics(db, period);
    statisticsTables(last, 'ru');
    const ms = performance.now() - t0;
    if (i > 0) times.push(ms); // the first run warms the engine's caches
  }
  const total = last?.total;
  return {
    samples: times,
    cases: (total?.received ?? 0) + (total?.inProgress ?? 0),
    received: total?.received ?? 0,
    issued: (total?.issuedOnTime ?? 0) + (total?.issuedLate ?? 0),
  };
}
