import { Dexie } from 'dexie';
import { addCalendarDays, addWorkingDays, localDateOf, type IsoDate } from '../calendar';
import { deadlinesDashboard, serviceStatistics, type DeadlinesDashboard, type Period, type ReportCase, type ServiceStatistics } from '../reports';
import type { CaseDatabase, CaseRow } from './database';
import type { JournalEntry } from './journal';
import { toStoreError } from './storeErrors';

/**
 * The reads behind the heads' reports (shared/reports computes). Fast at 200,000 cases: the case projections are read
 * by index ranges with getAll (no per-row cursor), and journals only for the refusals on the merits, whose ground the
 * projection does not hold. Every figure is derived from the journal, through the same projection the worklists read.
 */
export type ReportFilter = {
  /** One office's cases; absent = every office in this store (the centre, after sync). */
  readonly officeId?: string;
};

/**
 * Device times (`updatedAt`) are UTC instants and the office day in Almaty starts 5–6 hours before UTC's; one more day
 * of margin covers a device clock that ran behind the instant it stamped on the action.
 */
function lowerInstant(from: IsoDate): string {
  return `${addCalendarDays(from, -1)}T00:00:00.000Z`;
}

/**
 * Every case that can count in the period's statistics: a case received, closed or still open in the period has an
 * action on or after its first day (its last action is then at or after that day) — or it is open with no action
 * since, which the open-cases index finds. So two index ranges cover it, whatever the period.
 */
export async function readStatisticsCases(db: CaseDatabase, period: Period, filter: ReportFilter = {}): Promise<ReportCase[]> {
  const lower = lowerInstant(period.from);
  try {
    const [recent, open] = await db.transaction('r', db.cases, () =>
      Promise.all([db.cases.where('updatedAt').aboveOrEqual(lower).toArray(), db.cases.where('openDue').between(Dexie.minKey, Dexie.maxKey).toArray()]),
    );
    const keep = (row: CaseRow) => row.registeredOn <= period.to && (filter.officeId === undefined || row.officeId === filter.officeId);
    const rows: CaseRow[] = recent.filter(keep);
    for (const row of open) if (row.updatedAt < lower && keep(row)) rows.push(row);
    return await withRefusalGrounds(db, rows, period);
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * The projection does not keep the ground of a refusal on the merits: read it from the journal's decision.refuse, for
 * the refusals closed in the period only. The decision is a few actions before the delivery that closed the case, so
 * the tail of the journal is read first and the whole journal only when the tail does not hold it.
 */
async function withRefusalGrounds(db: CaseDatabase, rows: readonly CaseRow[], period: Period): Promise<ReportCase[]> {
  const refused = rows.filter((r) => r.status === 'refused' && r.closedAt !== undefined && localDateOf(r.closedAt) >= period.from && localDateOf(r.closedAt) <= period.to);
  if (refused.length === 0) return [...rows];
  const TAIL = 8;
  const grounds = new Map<string, string>();
  const groundOf = (entries: readonly JournalEntry[]) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const p = entries[i]?.payload;
      if (p?.type === 'decision.refuse') return p.groundId;
    }
    return undefined;
  };
  // One read-only IndexedDB transaction with every tail request in flight at once: thousands of small range reads
  // through Dexie's promise layer, one after another, took seconds over a year of refusals.
  const tails = await getAllRanges(
    db,
    refused.map((r) => IDBKeyRange.bound([r.id, Math.max(1, r.actionCount - TAIL + 1)], [r.id, r.actionCount])),
  );
  const missing: CaseRow[] = [];
  refused.forEach((r, i) => {
    const ground = groundOf(tails[i] ?? []);
    if (ground === undefined) missing.push(r);
    else grounds.set(r.id, ground);
  });
  if (missing.length > 0) {
    const whole = await getAllRanges(
      db,
      missing.map((r) => IDBKeyRange.bound([r.id, Dexie.minKey], [r.id, Dexie.maxKey])),
    );
    missing.forEach((r, i) => {
      const ground = groundOf(whole[i] ?? []);
      if (ground !== undefined) grounds.set(r.id, ground);
    });
  }
  return rows.map((r) => {
    const ground = grounds.get(r.id);
    return ground === undefined ? r : { ...r, refusalGroundId: ground };
  });
}

/** Journal entries of many `[caseId+seq]` ranges, read in one transaction with all requests issued together. */
function getAllRanges(db: CaseDatabase, ranges: readonly IDBKeyRange[]): Promise<JournalEntry[][]> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('actions', 'readonly');
    const index = tx.objectStore('actions').index('[caseId+seq]');
    const out: JournalEntry[][] = new Array<JournalEntry[]>(ranges.length);
    ranges.forEach((range, i) => {
      const request = index.getAll(range);
      request.onsuccess = () => {
        out[i] = request.result as JournalEntry[];
      };
    });
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error ?? new Error('reading the journals failed'));
    tx.onabort = () => reject(tx.error ?? new Error('reading the journals was aborted'));
  });
}

/** The statistics of a period (see shared/reports/serviceStatistics.ts for what each figure counts). */
export async function readServiceStatistics(db: CaseDatabase, period: Period, filter: ReportFilter = {}): Promise<ServiceStatistics> {
  if (!(period.from <= period.to)) throw new RangeError('the period ends before it starts');
  return serviceStatistics(db.calendar, await readStatisticsCases(db, period, filter), period);
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
  statisticsCases: readStatisticsCases,
  serviceStatistics: readServiceStatistics,
  deadlinesDashboard: readDeadlinesDashboard,
  countNeedingAttention,
} as const;
