import { addCalendarDays } from './addCalendarDays';
import type { IsoDate } from './IsoDate';
import { isWorkingDay } from './isWorkingDay';
import type { Calendar } from './types';

/**
 * `date` when it is a working day, otherwise the next working day. Terms counted in calendar days or months end
 * this way: "если последний день срока приходится на нерабочий день, днём окончания срока считается ближайший
 * следующий за ним рабочий день" (the civil-law rule on the end of a term, Гражданский кодекс РК, глава
 * «Исчисление сроков»).
 */
export function rollToWorkingDay(cal: Calendar, date: IsoDate): IsoDate {
  let current = date;
  while (!isWorkingDay(cal, current)) current = addCalendarDays(current, 1);
  return current;
}
