import { type IsoDate, dayNumberOf, isoDateFromDayNumber } from './IsoDate';
import type { Calendar } from './types';
import { isWorkingDayNumber } from './workingDayIndex';

/**
 * The n-th working day after `date` (n ≥ 1), `date` itself for n = 0, the |n|-th working day before it for n < 0.
 *
 * The day of lodging is not counted: a package registered on day D with a term of 5 working days is due on the
 * 5th working day after D. Why: terms in the regulations run "со дня сдачи пакета документов", and Kazakh law
 * starts a term on the day after the event that opens it (Закон «Об административных процедурах» ст. 12-1;
 * the same rule as the civil law's "течение срока начинается на следующий день"). Counting D itself would
 * shorten every term by a day for packages lodged late in the day, and would make the result of a package
 * lodged on a Saturday (portal) due one day earlier than one lodged on the following Monday.
 */
export function addWorkingDays(cal: Calendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let current = dayNumberOf(date);
  if (left === 0) return date;
  while (left > 0) {
    current += step;
    if (isWorkingDayNumber(cal, current)) left -= 1;
  }
  return isoDateFromDayNumber(current);
}
