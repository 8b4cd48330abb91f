import { addWorkingDays, type IsoDate } from '../calendar';
import { deadlinesDashboard, statisticsOfFacts, type DeadlinesDashboard, type Period, type ReportFacts, type ServiceStatistics } from '../reports';
import type { CaseDatabase } from './database';
import { readReportFacts } from './reportFactsStore';
import { toStoreError } from './storeErrors';

/**
 * The reads behind the heads' reports (shared/reports computes). Fast at 200,000 cases: the statistics read the cases'
 * report facts (schema v5) by one index range; the dashboard reads open cases' projections by `openDue`. Every figure
 * is derived from the journal, through the same projection the worklists read.
 */
export type ReportFilter = {
  /** One office's cases; absent = every office in this store (the centre, after sync). */
  readonly officeId?: string;
};

/**
 * The report facts of every case that can count in the period's statistics (shared/reports/reportFacts.ts): received,
 * closed or still in progress in the period. Packed per registration day (schema v5), so a year over 200,000 cases is
 * one index range of a few hundred records; the grounds of refusals are in them (no journal reads).
 */
export async function readStatisticsFacts(db: CaseDatabase, period: Period, filter: ReportFilter = {}): Promise<ReportFacts[]> {
  try {
    return await readReportFacts(db, period, filter.officeId);
  } catch (error) {
    throw toStoreError(error);
  }
}

/** The statistics of a period (see shared/reports/serviceStatistics.ts for what each figure counts). */
export async function readServiceStatistics(db: CaseDatabase, period: Period, filter: ReportFilter = {}): Promise<ServiceStatistics> {
  if (!(period.from <= period.to)) throw new RangeError('the period ends before it starts');
  return statisticsOfFacts(await readStatisticsFacts(db, period, filter), period);
}

/** Open cases due on or before today + N working days (one index range: `openDue` holds open cases only). */
export async function readDeadlinesDashboard(db: CaseDatabase, today: IsoDate, withinWorkingDays: number, filter: ReportFilter = {}): Promise<DeadlinesDashboard> {
  const until = addWorkingDays(db.calendar, today, withinWorkingDays);
  const rows = await db.cases
    .where('openDue')
    .belowOrEqual(until)
    .toArray()
    .catch((error: unknown) => {
      throw toStoreError(error);
    });
  return deadlinesDashboard(db.calendar, filter.officeId === undefined ? rows : rows.filter((r) => r.officeId === filter.officeId), today, withinWorkingDays);
}

/** The app bar's count: open cases overdue or due today. */
export function countNeedingAttention(db: CaseDatabase, today: IsoDate): Promise<number> {
  return db.cases
    .where('openDue')
    .belowOrEqual(today)
    .count()
    .catch((error: unknown) => {
      throw toStoreError(error);
    });
}

export const reports = {
  statisticsFacts: readStatisticsFacts,
  serviceStatistics: readServiceStatistics,
  deadlinesDashboard: readDeadlinesDashboard,
  countNeedingAttention,
} as const;
