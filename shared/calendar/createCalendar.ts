import { daysInMonth, isIsoDate } from './IsoDate';
import { isWeekend } from './isWeekend';
import type { Calendar, DayTransfer, ExtraDayOff, Holiday } from './types';

export type CalendarInput = {
  readonly holidays: readonly Holiday[];
  readonly transfers: readonly DayTransfer[];
  readonly extraDaysOff?: readonly ExtraDayOff[];
};

/**
 * Validates the data and returns the calendar value (frozen). Throws a RangeError that names the offending entry:
 * the data is either shipped with the app or entered by the administrator through a form that validates first,
 * so a bad entry here is a programming error.
 */
export function createCalendar(input: CalendarInput): Calendar {
  const ids = new Set<string>();
  for (const h of input.holidays) {
    if (ids.has(h.id)) throw new RangeError(`createCalendar: duplicate holiday id ${h.id}`);
    ids.add(h.id);
    if (!Number.isInteger(h.validFrom) || (h.validTo !== undefined && h.validTo < h.validFrom)) {
      throw new RangeError(`createCalendar: holiday ${h.id} has an invalid year range`);
    }
    if (h.kind === 'fixed') {
      // 29 February is allowed (it simply does not occur in common years).
      if (!(h.month >= 1 && h.month <= 12 && h.day >= 1 && h.day <= daysInMonth(2000, h.month))) {
        throw new RangeError(`createCalendar: holiday ${h.id} has an invalid month/day`);
      }
    } else {
      for (const d of h.dates) {
        if (!isIsoDate(d.date)) throw new RangeError(`createCalendar: holiday ${h.id} has an invalid date ${JSON.stringify(d.date)}`);
      }
    }
  }
  const transferDates = new Set<string>();
  for (const t of input.transfers) {
    assertTransfer(t);
    for (const d of [t.workingDay, t.dayOff]) {
      if (transferDates.has(d)) throw new RangeError(`createCalendar: date ${d} is used by two transfers`);
      transferDates.add(d);
    }
  }
  for (const e of input.extraDaysOff ?? []) {
    if (!isIsoDate(e.date)) throw new RangeError(`createCalendar: extra day off has an invalid date ${JSON.stringify(e.date)}`);
  }
  return Object.freeze({
    holidays: Object.freeze([...input.holidays]),
    transfers: Object.freeze([...input.transfers]),
    extraDaysOff: Object.freeze([...(input.extraDaysOff ?? [])]),
  });
}

function assertTransfer(t: DayTransfer): void {
  if (!isIsoDate(t.workingDay) || !isIsoDate(t.dayOff)) {
    throw new RangeError(`createCalendar: transfer ${t.workingDay} → ${t.dayOff} has an invalid date`);
  }
  if (!isWeekend(t.workingDay)) {
    throw new RangeError(`createCalendar: transfer working day ${t.workingDay} is not a Saturday or Sunday`);
  }
  if (isWeekend(t.dayOff)) {
    throw new RangeError(`createCalendar: transfer day off ${t.dayOff} is not a weekday`);
  }
}
