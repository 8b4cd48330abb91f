import { addCalendarDays } from './addCalendarDays';
import { type IsoDate, daysInMonth, isoDateOf, partsOf } from './IsoDate';
import { isWeekend } from './isWeekend';
import type { Calendar, DayStatus, DayTransfer, ExtraDayOff, Holiday } from './types';

type Index = {
  readonly transferByWorkingDay: ReadonlyMap<string, DayTransfer>;
  readonly transferByDayOff: ReadonlyMap<string, DayTransfer>;
  readonly extraByDate: ReadonlyMap<string, ExtraDayOff>;
  /** Per year: the dates whose status is not the plain weekday/weekend default. */
  readonly years: Map<number, ReadonlyMap<string, DayStatus>>;
};

// The calendar is a plain value; derived lookups are cached per value, so two calendars never share state.
const indexes = new WeakMap<Calendar, Index>();

function indexOf(cal: Calendar): Index {
  let index = indexes.get(cal);
  if (!index) {
    index = {
      transferByWorkingDay: new Map(cal.transfers.map((t) => [t.workingDay, t])),
      transferByDayOff: new Map(cal.transfers.map((t) => [t.dayOff, t])),
      extraByDate: new Map(cal.extraDaysOff.map((e) => [e.date, e])),
      years: new Map(),
    };
    indexes.set(cal, index);
  }
  return index;
}

/** The dates a holiday falls on in `year` (none when it is not in force that year). */
function occurrencesIn(holiday: Holiday, year: number): IsoDate[] {
  if (year < holiday.validFrom || (holiday.validTo !== undefined && year > holiday.validTo)) return [];
  if (holiday.kind === 'fixed') {
    return holiday.day <= daysInMonth(year, holiday.month) ? [isoDateOf(year, holiday.month, holiday.day)] : [];
  }
  return holiday.dates.filter((d) => partsOf(d.date).year === year).map((d) => d.date);
}

/** Holidays of `years` by date. Where two coincide, the non-religious one is kept: it is the one that carries over. */
function holidaysByDate(cal: Calendar, years: readonly number[]): Map<string, Holiday> {
  const byDate = new Map<string, Holiday>();
  for (const year of years) {
    for (const holiday of cal.holidays) {
      for (const date of occurrencesIn(holiday, year)) {
        const present = byDate.get(date);
        if (!present || (present.religious && !holiday.religious)) byDate.set(date, holiday);
      }
    }
  }
  return byDate;
}

/**
 * Law on holidays Art. 5: "При совпадении выходного и праздничного дней выходным днем является следующий после
 * праздничного рабочий день". Applied holiday by holiday in date order, so two weekend days of one holiday free
 * two working days (2026: Наурыз 21 and 22 March are Sat/Sun → 24 and 25 March off). The freed day is the next
 * Monday–Friday that is not itself a holiday, a decree day off or an extra day off, and not already freed.
 * Religious days off (Kurban ait, Christmas) do not carry over: they are not "праздничные дни" of Art. 5
 * (yk-news.kz/node/10882: "перенос нерабочих дней не осуществляется").
 */
function carriedDaysOff(cal: Calendar, index: Index, year: number): Map<string, { holiday: Holiday; from: IsoDate }> {
  // A holiday late in December could carry into January, so the previous year's holidays are looked at too.
  const holidays = holidaysByDate(cal, [year - 1, year, year + 1]);
  const carried = new Map<string, { holiday: Holiday; from: IsoDate }>();
  const weekendHolidays = [...holidays.entries()]
    .filter(([date, h]) => !h.religious && isWeekend(date as IsoDate) && partsOf(date as IsoDate).year <= year)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [from, holiday] of weekendHolidays) {
    let candidate = addCalendarDays(from as IsoDate, 1);
    while (
      isWeekend(candidate) ||
      holidays.has(candidate) ||
      index.transferByDayOff.has(candidate) ||
      index.extraByDate.has(candidate) ||
      carried.has(candidate)
    ) {
      candidate = addCalendarDays(candidate, 1);
    }
    carried.set(candidate, { holiday, from: from as IsoDate });
  }
  return carried;
}

function yearTable(cal: Calendar, index: Index, year: number): ReadonlyMap<string, DayStatus> {
  const cached = index.years.get(year);
  if (cached) return cached;
  const table = new Map<string, DayStatus>();
  const inYear = (date: string) => partsOf(date as IsoDate).year === year;
  // Lowest precedence first; later writes win.
  for (const [date, c] of carriedDaysOff(cal, index, year)) {
    if (inYear(date)) table.set(date, { working: false, reason: 'carried_over', holiday: c.holiday, from: c.from });
  }
  for (const [date, holiday] of holidaysByDate(cal, [year])) {
    table.set(date, { working: false, reason: 'holiday', holiday });
  }
  for (const [date, transfer] of index.transferByWorkingDay) {
    if (inYear(date)) table.set(date, { working: true, reason: 'transfer_working_day', transfer });
  }
  for (const [date, transfer] of index.transferByDayOff) {
    if (inYear(date)) table.set(date, { working: false, reason: 'transfer_day_off', transfer });
  }
  for (const [date, extra] of index.extraByDate) {
    if (inYear(date)) table.set(date, { working: false, reason: 'extra_day_off', extra });
  }
  index.years.set(year, table);
  return table;
}

/**
 * Why `date` is or is not a working day. Precedence: an extra day off entered by the administrator, then a
 * decree's transfer (the latest act), then a holiday, then a day freed by the carry-over rule, then the weekend.
 */
export function explainDay(cal: Calendar, date: IsoDate): DayStatus {
  const index = indexOf(cal);
  const special = yearTable(cal, index, partsOf(date).year).get(date);
  if (special) return special;
  return isWeekend(date) ? { working: false, reason: 'weekend' } : { working: true, reason: 'weekday' };
}
