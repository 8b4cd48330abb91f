import { type IsoDate, partsOf } from './IsoDate';
import type { Calendar, Holiday } from './types';

export type HolidayDataGap =
  | { readonly holiday: Holiday; readonly problem: 'missing' }
  | { readonly holiday: Holiday; readonly problem: 'provisional'; readonly date: IsoDate };

/**
 * Movable holidays in force in `year` whose date is unknown (missing) or only projected (provisional), so the
 * admin screen can ask for the announced date before deadlines of that year are relied on.
 */
export function holidayDataGaps(cal: Calendar, year: number): readonly HolidayDataGap[] {
  const gaps: HolidayDataGap[] = [];
  for (const holiday of cal.holidays) {
    if (holiday.kind !== 'dated') continue;
    if (year < holiday.validFrom || (holiday.validTo !== undefined && year > holiday.validTo)) continue;
    const dates = holiday.dates.filter((d) => partsOf(d.date).year === year);
    if (dates.length === 0) gaps.push({ holiday, problem: 'missing' });
    for (const d of dates) if (d.provisional) gaps.push({ holiday, problem: 'provisional', date: d.date });
  }
  return gaps;
}
