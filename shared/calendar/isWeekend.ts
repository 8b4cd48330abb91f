import { type IsoDate, isoWeekdayOf } from './IsoDate';

/** Saturday or Sunday: the days off of the five-day week the offices work. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekdayOf(date) >= 6;
}
