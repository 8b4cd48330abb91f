import { type IsoDate, dayNumberOf } from './IsoDate';
import type { Calendar } from './types';
import { countWorkingDayNumbers } from './workingDayIndex';

/**
 * Working days in the half-open interval (from, to] — the same convention as addWorkingDays, of which it is the
 * inverse: workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n for n ≥ 0. When `to` is before `from`
 * the count is negative: −(working days in (to, from]).
 */
export function workingDaysBetween(cal: Calendar, from: IsoDate, to: IsoDate): number {
  const a = dayNumberOf(from);
  const b = dayNumberOf(to);
  // `0 - n`, not `-n`: never return -0 (Object.is(-0, 0) is false and would surprise callers' equality checks).
  return a <= b ? countWorkingDayNumbers(cal, a + 1, b) : 0 - countWorkingDayNumbers(cal, b + 1, a);
}

/** Working days from `first` to `last`, both included (production-calendar style month/year counts). */
export function countWorkingDays(cal: Calendar, first: IsoDate, last: IsoDate): number {
  return countWorkingDayNumbers(cal, dayNumberOf(first), dayNumberOf(last));
}
