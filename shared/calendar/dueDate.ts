import type { Term } from '../regulations/types';
import { addCalendarDays } from './addCalendarDays';
import { addMonths } from './addMonths';
import { addOfficeMinutes, defaultOfficeSchedule } from './addOfficeMinutes';
import { addWorkingDays } from './addWorkingDays';
import { type Instant, localDateOf } from './Instant';
import type { IsoDate } from './IsoDate';
import { rollToWorkingDay } from './rollToWorkingDay';
import type { Calendar, OfficeSchedule } from './types';

/**
 * When a term ends. Day terms end on a date (the whole day counts, until the office closes); minute and hour
 * terms end at an instant, whose local date is given too so a chip can always read `date`.
 */
export type Due =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'instant'; readonly instant: Instant; readonly date: IsoDate };

/**
 * Due date of `term` started at `start` (the registration instant of the package or of the step).
 * - working_days: the n-th working day after the local date of `start` (see addWorkingDays for why the day of
 *   lodging is not counted);
 * - calendar_days / months: counted from the day after, rolled forward to a working day when they end on a day off;
 * - minutes / hours: office time, counted within `officeHours` (default Mon–Fri 9:00–18:00, lunch 13:00–14:00).
 */
export function dueDate(
  cal: Calendar,
  start: Instant,
  term: Term,
  officeHours: OfficeSchedule = defaultOfficeSchedule,
): Due {
  const { value, unit } = term;
  if (unit === 'minutes' || unit === 'hours') {
    const instant = addOfficeMinutes(cal, start, unit === 'hours' ? value * 60 : value, officeHours);
    return { kind: 'instant', instant, date: localDateOf(instant, officeHours.utcOffsetMinutes) };
  }
  if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`dueDate: a ${unit} term must be a whole number ≥ 0`);
  const lodged = localDateOf(start, officeHours.utcOffsetMinutes);
  switch (unit) {
    case 'working_days':
      return { kind: 'date', date: addWorkingDays(cal, lodged, value) };
    case 'calendar_days':
      return { kind: 'date', date: rollToWorkingDay(cal, addCalendarDays(lodged, value)) };
    case 'months':
      return { kind: 'date', date: rollToWorkingDay(cal, addMonths(lodged, value)) };
  }
}
