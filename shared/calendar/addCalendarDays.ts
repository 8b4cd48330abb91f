import { type IsoDate, dayNumberOf, isoDateFromDayNumber } from './IsoDate';

/** `date` plus `n` calendar days (n may be negative). UTC day arithmetic, independent of the machine's zone. */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addCalendarDays: n must be an integer, got ${n}`);
  return isoDateFromDayNumber(dayNumberOf(date) + n);
}
