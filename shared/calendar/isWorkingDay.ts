import { explainDay } from './explainDay';
import type { IsoDate } from './IsoDate';
import type { Calendar } from './types';

/** A working day of the five-day week: not a weekend, holiday, freed day, decree day off or extra day off. */
export function isWorkingDay(cal: Calendar, date: IsoDate): boolean {
  return explainDay(cal, date).working;
}
