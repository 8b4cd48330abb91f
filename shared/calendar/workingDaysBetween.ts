import { addCalendarDays } from './addCalendarDays';
import { type IsoDate, dayNumberOf } from './IsoDate';
import { isWorkingDay } from './isWorkingDay';
import type { Calendar } from './types';

/**
 * Working days in the half-open interval (from, to] — the same convention as addWorkingDays, of which it is the
 * inverse: workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n for n ≥ 0. When `to` is before `from`
 * the count is negative: −(working days in (to, from]).
 */
export function workingDaysBetween(cal: Calendar, from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const forward = dayNumberOf(from) < dayNumberOf(to);
  const [start, end] = forward ? [from, to] : [to, from];
  let count = 0;
  for (let d = addCalendarDays(start, 1); d <= end; d = addCalendarDays(d, 1)) {
    if (isWorkingDay(cal, d)) count += 1;
  }
  return forward ? count : -count;
}

/** Working days from `first` to `last`, both included (production-calendar style month/year counts). */
export function countWorkingDays(cal: Calendar, first: IsoDate, last: IsoDate): number {
  return workingDaysBetween(cal, addCalendarDays(first, -1), last);
}
