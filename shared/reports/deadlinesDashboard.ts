import { addWorkingDays, remainingWorkingDays, type Calendar, type IsoDate } from '../calendar';
import type { ReportCase } from './reportCase';

/**
 * The head's deadlines dashboard: open cases by how near their due date is. The due date is the one the worklists
 * order by (the nearer of the current step's and the total term's, shared/store projection), so a case here is the
 * same case the "overdue" and "due soon" worklists show.
 */
export type DeadlineBucket = 'overdue' | 'today' | 'soon';
export const DEADLINE_BUCKETS: readonly DeadlineBucket[] = ['overdue', 'today', 'soon'];

export type DashboardRow = {
  readonly caseId: string;
  readonly number: string;
  readonly serviceId: string;
  readonly version: string;
  readonly applicantName: string;
  readonly assigneeId?: string;
  readonly assigneeName?: string;
  readonly stage?: string;
  readonly dueDate: IsoDate;
  readonly bucket: DeadlineBucket;
  /** Working days left (negative: overdue by that many). */
  readonly remaining: number;
};

export type BucketCounts = Readonly<Record<DeadlineBucket, number>>;
export type DashboardGroup = { readonly key: string; readonly label?: string; readonly counts: BucketCounts };

export type DeadlinesDashboard = {
  readonly today: IsoDate;
  /** "Soon" = due after today and on or before this date (today + N working days). */
  readonly soonUntil: IsoDate;
  readonly rows: readonly DashboardRow[];
  readonly counts: BucketCounts;
  readonly byService: readonly DashboardGroup[];
  /** By the responsible specialist (assignee); cases not yet assigned under the key ''. */
  readonly byAssignee: readonly DashboardGroup[];
};

/** The cases the app-bar badge counts: overdue and due today. */
export function needsAttention(counts: BucketCounts): number {
  return counts.overdue + counts.today;
}

export function bucketOf(dueDate: string, today: IsoDate, soonUntil: IsoDate): DeadlineBucket | undefined {
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  if (dueDate <= soonUntil) return 'soon';
  return undefined;
}

const zero = (): Record<DeadlineBucket, number> => ({ overdue: 0, today: 0, soon: 0 });

export function deadlinesDashboard(calendar: Calendar, cases: Iterable<ReportCase>, today: IsoDate, withinWorkingDays: number): DeadlinesDashboard {
  if (!(Number.isInteger(withinWorkingDays) && withinWorkingDays >= 0)) throw new RangeError('deadlinesDashboard: N must be a whole number ≥ 0');
  const soonUntil = addWorkingDays(calendar, today, withinWorkingDays);
  const rows: DashboardRow[] = [];
  const counts = zero();
  const services = new Map<string, Record<DeadlineBucket, number>>();
  const assignees = new Map<string, { label?: string; counts: Record<DeadlineBucket, number> }>();
  for (const c of cases) {
    if (c.openDue === undefined) continue;
    const bucket = bucketOf(c.openDue, today, soonUntil);
    if (!bucket) continue;
    const dueDate = c.openDue as IsoDate;
    rows.push({
      caseId: c.id,
      number: c.number,
      serviceId: c.serviceId,
      version: c.version,
      applicantName: c.applicantName,
      ...(c.assigneeId === undefined ? {} : { assigneeId: c.assigneeId }),
      ...(c.assigneeName === undefined ? {} : { assigneeName: c.assigneeName }),
      ...(c.stage === undefined ? {} : { stage: c.stage }),
      dueDate,
      bucket,
      remaining: remainingWorkingDays(calendar, today, dueDate),
    });
    counts[bucket] += 1;
    const s = services.get(c.serviceId) ?? zero();
    s[bucket] += 1;
    services.set(c.serviceId, s);
    const key = c.assigneeId ?? '';
    const a = assignees.get(key) ?? { ...(c.assigneeName === undefined ? {} : { label: c.assigneeName }), counts: zero() };
    a.counts[bucket] += 1;
    assignees.set(key, a);
  }
  rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
  const byOverdue = (a: DashboardGroup, b: DashboardGroup) => b.counts.overdue - a.counts.overdue || b.counts.today - a.counts.today || a.key.localeCompare(b.key);
  return {
    today,
    soonUntil,
    rows,
    counts,
    byService: [...services.entries()].map(([key, c]) => ({ key, counts: c })).sort(byOverdue),
    byAssignee: [...assignees.entries()].map(([key, a]) => ({ key, ...(a.label === undefined ? {} : { label: a.label }), counts: a.counts })).sort(byOverdue),
  };
}
