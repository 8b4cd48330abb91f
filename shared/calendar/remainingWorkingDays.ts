import type { IsoDate } from './IsoDate';
import type { Calendar } from './types';
import { workingDaysBetween } from './workingDaysBetween';

/**
 * For deadline chips: the working days left after `today` up to and including `due` (0 = due today).
 * Negative exactly when `due` has passed: −(working days in (due, today]), but at least −1 so that a Saturday
 * after a Friday deadline already shows as overdue rather than as "0 days left".
 */
export function remainingWorkingDays(cal: Calendar, today: IsoDate, due: IsoDate): number {
  const between = workingDaysBetween(cal, today, due);
  return due < today ? Math.min(-1, between) : between;
}
