import { type IsoDate, dayNumberOf } from './IsoDate';
import type { Calendar } from './types';
import { isWorkingDayNumber } from './workingDayIndex';

/**
 * A working day of the five-day week: not a weekend, holiday, freed day, decree day off or extra day off.
 * explainDay says why.
 */
export function isWorkingDay(cal: Calendar, date: IsoDate): boolean {
  return isWorkingDayNumber(cal, dayNumberOf(date));
}
