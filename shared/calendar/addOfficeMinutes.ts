import { explainDay } from './explainDay';
import { type Instant, almatyUtcOffsetAt, almatyUtcOffsetOn, epochMsToInstant, instantToEpochMs } from './Instant';
import { type IsoDate, isoDateFromDayNumber, isoWeekdayOf } from './IsoDate';
import type { Calendar, OfficeSchedule } from './types';

/**
 * The provider's schedule most regulations give: Monday–Friday 9:00–18:00 with lunch 13:00–14:00
 * (e.g. seed 002 R1 п.8).
 */
export const defaultOfficeSchedule: OfficeSchedule = {
  days: [1, 2, 3, 4, 5],
  open: '09:00',
  close: '18:00',
  lunch: { from: '13:00', to: '14:00' },
};

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
// A schedule that is never open would loop for ever; ten years without one open day is a broken schedule.
const MAX_DAYS = 3660;

function minutesOf(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 24 || min > 59 || h * 60 + min > 24 * 60) throw new RangeError(`Not a time of day HH:MM: ${time}`);
  return h * 60 + min;
}

/** The open intervals of a day in minutes since local midnight, lunch cut out. */
function intervalsOf(schedule: OfficeSchedule): readonly (readonly [number, number])[] {
  const open = minutesOf(schedule.open);
  const close = minutesOf(schedule.close);
  if (open >= close) throw new RangeError(`Office opens (${schedule.open}) after it closes (${schedule.close})`);
  if (!schedule.lunch) return [[open, close]];
  const from = minutesOf(schedule.lunch.from);
  const to = minutesOf(schedule.lunch.to);
  if (!(open <= from && from < to && to <= close)) throw new RangeError('Lunch break must lie within office hours');
  const intervals: (readonly [number, number])[] = [
    [open, from],
    [to, close],
  ];
  return intervals.filter(([a, b]) => a < b);
}

/**
 * Whether the office receives on a date: on the weekdays of its schedule that are working days, on a Saturday or
 * Sunday that a decree made a working day, and on the weekend days of its schedule (a ЦОН open on Saturdays)
 * unless the day is a holiday or another day off.
 */
export function isOfficeOpen(cal: Calendar, schedule: OfficeSchedule, date: IsoDate): boolean {
  const status = explainDay(cal, date);
  const scheduled = schedule.days.includes(isoWeekdayOf(date));
  if (status.working) return scheduled || status.reason === 'transfer_working_day';
  return status.reason === 'weekend' && scheduled;
}

/**
 * `start` plus `minutes` of office time: the clock only runs while the office is open (lunch and closed days do
 * not count). A 30-minute term started at 12:50 with lunch 13:00–14:00 ends at 14:20. A start outside office
 * hours counts from the next opening. Returns a UTC instant.
 */
export function addOfficeMinutes(
  cal: Calendar,
  start: Instant,
  minutes: number,
  schedule: OfficeSchedule = defaultOfficeSchedule,
): Instant {
  if (!(Number.isFinite(minutes) && minutes >= 0)) throw new RangeError(`addOfficeMinutes: bad minutes ${minutes}`);
  const startMs = instantToEpochMs(start);
  if (minutes === 0) return epochMsToInstant(startMs);
  const intervals = intervalsOf(schedule);
  const startOffset = schedule.utcOffsetMinutes ?? almatyUtcOffsetAt(startMs);
  const localMs = startMs + startOffset * MS_PER_MINUTE;
  let day = Math.floor(localMs / MS_PER_DAY);
  let cursor = (localMs - day * MS_PER_DAY) / MS_PER_MINUTE;
  let remaining = minutes;
  for (let i = 0; i < MAX_DAYS; i += 1, day += 1, cursor = 0) {
    const date = isoDateFromDayNumber(day);
    if (!isOfficeOpen(cal, schedule, date)) continue;
    for (const [a, b] of intervals) {
      const from = Math.max(a, cursor);
      if (from >= b) continue;
      if (remaining <= b - from) {
        const offset = schedule.utcOffsetMinutes ?? almatyUtcOffsetOn(date);
        return epochMsToInstant(day * MS_PER_DAY + (from + remaining - offset) * MS_PER_MINUTE);
      }
      remaining -= b - from;
    }
  }
  throw new RangeError('addOfficeMinutes: the office schedule has no open day');
}
