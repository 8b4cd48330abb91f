import { explainDay } from './explainDay';
import { dayNumberOf, isoDateFromDayNumber, isoDateOf } from './IsoDate';
import type { Calendar } from './types';

/**
 * Working-day flags and running counts per year, built once per calendar value and year from explainDay. The
 * date functions (isWorkingDay, addWorkingDays, workingDaysBetween) read these instead of re-deriving each day,
 * so counting across years stays cheap in worklists and reports.
 */
type YearFlags = {
  /** Day number of 1 January. */
  readonly first: number;
  /** 1 = working day, by day of year (0-based). */
  readonly flags: Uint8Array;
  /** prefix[i] = working days among the first i days of the year; prefix[length] = the year's total. */
  readonly prefix: Int32Array;
};

const caches = new WeakMap<Calendar, Map<number, YearFlags>>();

export function yearFlags(cal: Calendar, year: number): YearFlags {
  let byYear = caches.get(cal);
  if (!byYear) {
    byYear = new Map();
    caches.set(cal, byYear);
  }
  const cached = byYear.get(year);
  if (cached) return cached;
  const first = dayNumberOf(isoDateOf(year, 1, 1));
  const length = dayNumberOf(isoDateOf(year, 12, 31)) - first + 1;
  const flags = new Uint8Array(length);
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i += 1) {
    flags[i] = explainDay(cal, isoDateFromDayNumber(first + i)).working ? 1 : 0;
    prefix[i + 1] = (prefix[i] ?? 0) + (flags[i] ?? 0);
  }
  const computed = { first, flags, prefix };
  byYear.set(year, computed);
  return computed;
}

export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * 86_400_000).getUTCFullYear();
}

export function isWorkingDayNumber(cal: Calendar, dayNumber: number): boolean {
  const y = yearFlags(cal, yearOfDayNumber(dayNumber));
  return y.flags[dayNumber - y.first] === 1;
}

/** Working days in the closed interval [from, to] of day numbers (0 when to < from). */
export function countWorkingDayNumbers(cal: Calendar, from: number, to: number): number {
  let count = 0;
  for (let year = yearOfDayNumber(from); from <= to; year += 1) {
    const y = yearFlags(cal, year);
    const last = Math.min(to, y.first + y.flags.length - 1);
    count += (y.prefix[last - y.first + 1] ?? 0) - (y.prefix[from - y.first] ?? 0);
    from = last + 1;
  }
  return count;
}
